/**
 * Each sandbox's Kubernetes API at /k8s/<sandbox-id>/…, for real kubectl and client libraries. A request
 * is let in with the sandbox's bearer token (from the downloaded kubeconfig), or with the session cookie of
 * someone allowed to see the student (the student, their teachers, admins). The sandbox must be running.
 */
import type { IncomingMessage } from "node:http";
import { createKubeApiHttpHandler, type ResolveResult } from "../kube-api/http-adapter";
import type { Db } from "../db/prisma";
import { kubeTokenMatches } from "./kube-api-tokens";
import { readCookie, SESSION_COOKIE, userForToken } from "../auth/sessions";
import { canAccessStudent } from "../auth/student-access";
import { isForeignOrigin } from "../auth/origin-check";
import type { SandboxDirectory } from "./sandbox-directory";
import type { SandboxManager } from "../sandbox/sandbox-manager";

const MOUNT = /^\/k8s\/([a-z0-9]{10,40})(\/|$)/;

export function createKubeApiMount(db: Db, directory: SandboxDirectory, sandboxes: SandboxManager) {
  async function resolve(req: IncomingMessage): Promise<ResolveResult> {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const m = MOUNT.exec(path);
    if (!m) return { status: 404, message: "the server could not find the requested resource" };
    const sandboxId = m[1];
    const owner = await directory.ownerOfStored(sandboxId);
    const auth = req.headers.authorization ?? "";
    const bearer = auth.toLowerCase().startsWith("bearer ") ? auth.slice(7).trim() : "";
    let allowed = false;
    if (bearer) {
      allowed = !!owner && (await kubeTokenMatches(db, sandboxId, bearer));
      if (!allowed) return { status: 401, message: "Unauthorized" };
    } else {
      // A cookie rides along on cross-site requests, so cookie-authenticated writes must come from Podium's own pages.
      if (isForeignOrigin(req.method ?? "GET", req.headers)) return { status: 403, message: "requests from other sites are not accepted" };
      const user = await userForToken(db, readCookie(req.headers.cookie, SESSION_COOKIE));
      if (!user) return { status: 401, message: "Unauthorized" };
      allowed = !!owner && (await canAccessStudent(db, user, owner));
      // Same answer for "not yours" and "does not exist": sandbox ids are not to be probed.
      if (!allowed) return { status: 403, message: `sandbox "${sandboxId}" is forbidden for this user` };
    }
    const sandbox = await sandboxes.get(sandboxId);
    const cluster = await sandbox.runningCluster();
    if (!cluster) return { status: 503, message: "the sandbox's cluster is not running: run `minikube start` in Podium's terminal" };
    return { cluster, basePath: `/k8s/${sandboxId}` };
  }

  const handler = createKubeApiHttpHandler({ resolve });
  return {
    matches: (pathname: string) => pathname.startsWith("/k8s/"),
    handle: handler,
  };
}
