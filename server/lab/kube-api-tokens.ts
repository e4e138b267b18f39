/**
 * Bearer tokens for a sandbox's Kubernetes API (/k8s/<sandbox-id>/…). Only the sha256 is stored: a
 * token is shown once, in the kubeconfig the student downloads. Downloading again issues a new token and
 * revokes the old one; resetting or deleting the sandbox revokes it too.
 */
import crypto from "node:crypto";
import type { Db } from "../db/prisma";

const hash = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

export async function issueKubeToken(db: Db, sandboxId: string): Promise<string> {
  const token = `podium-${crypto.randomBytes(32).toString("base64url")}`;
  await db.sandbox.update({ where: { id: sandboxId }, data: { tokenHash: hash(token) } });
  return token;
}

export async function revokeKubeToken(db: Db, sandboxId: string): Promise<void> {
  await db.sandbox.updateMany({ where: { id: sandboxId }, data: { tokenHash: null } });
}

/** True when `token` is the current token of `sandboxId` (constant-time comparison of the hashes). */
export async function kubeTokenMatches(db: Db, sandboxId: string, token: string): Promise<boolean> {
  if (!token || token.length > 200) return false;
  const row = await db.sandbox.findUnique({ where: { id: sandboxId }, select: { tokenHash: true } });
  if (!row?.tokenHash) return false;
  const a = Buffer.from(row.tokenHash, "hex");
  const b = Buffer.from(hash(token), "hex");
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** A kubeconfig like minikube's, pointing at Podium's mount of the sandbox's API. */
export function kubeconfigYaml(serverUrl: string, token: string): string {
  return `apiVersion: v1
kind: Config
clusters:
- cluster:
    server: ${serverUrl}
  name: podium
contexts:
- context:
    cluster: podium
    namespace: default
    user: podium-student
  name: podium
current-context: podium
preferences: {}
users:
- name: podium-student
  user:
    token: ${token}
`;
}
