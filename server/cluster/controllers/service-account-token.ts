/**
 * The token Secret the tokens controller (pkg/controller/serviceaccount/tokens_controller.go) makes
 * for a ServiceAccount: `<sa>-token-<5 chars>`, type kubernetes.io/service-account-token, annotated
 * with the account's name and uid, holding ca.crt, namespace and a JWT. The JWT has the legacy
 * claims of pkg/serviceaccount/legacy.go; its signature is random bytes (nothing verifies it).
 */
import { randomBytes } from "node:crypto";
import { randomString } from "../store/generate-name";
import type { StoreLister } from "../store/store-hooks";
import type { KubeObject } from "../types";

export const TOKEN_SECRET_TYPE = "kubernetes.io/service-account-token";

const b64 = (s: string) => Buffer.from(s).toString("base64");
const b64url = (s: string | Buffer) => Buffer.from(s).toString("base64url");

/** A stand-in cluster CA certificate in PEM form (minikubeCA); only its shape matters. */
export function newClusterCaPem(): string {
  const body = b64url(randomBytes(760)).replace(/-/g, "+").replace(/_/g, "/");
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join("\n")}\n-----END CERTIFICATE-----\n`;
}

export function tokenSecretFor(sa: KubeObject, caPem: string): KubeObject {
  const ns = sa.metadata.namespace ?? "";
  const saName = sa.metadata.name ?? "";
  const name = `${saName}-token-${randomString(5)}`;
  const header = b64url(JSON.stringify({ alg: "RS256", kid: b64url(randomBytes(32)) }));
  const claims = b64url(
    JSON.stringify({
      iss: "kubernetes/serviceaccount",
      "kubernetes.io/serviceaccount/namespace": ns,
      "kubernetes.io/serviceaccount/secret.name": name,
      "kubernetes.io/serviceaccount/service-account.name": saName,
      "kubernetes.io/serviceaccount/service-account.uid": sa.metadata.uid,
      sub: `system:serviceaccount:${ns}:${saName}`,
    }),
  );
  const token = `${header}.${claims}.${b64url(randomBytes(256))}`;
  return {
    apiVersion: "v1",
    kind: "Secret",
    metadata: {
      name,
      namespace: ns,
      annotations: {
        "kubernetes.io/service-account.name": saName,
        "kubernetes.io/service-account.uid": sa.metadata.uid ?? "",
      },
    },
    data: { "ca.crt": b64(caPem), namespace: b64(ns), token: b64(token) },
    type: TOKEN_SECRET_TYPE,
  };
}

export const ROOT_CA_CONFIGMAP = "kube-root-ca.crt";

/**
 * The cluster's CA as already handed out (a token Secret's ca.crt or a kube-root-ca.crt ConfigMap),
 * or a new one: every token and ConfigMap of a cluster carries the same certificate.
 */
export function clusterCaPem(lister: StoreLister): string {
  const secret = lister.scan("secrets").find((s) => s.type === TOKEN_SECRET_TYPE && (s.data as Record<string, string> | undefined)?.["ca.crt"]);
  if (secret) return Buffer.from((secret.data as Record<string, string>)["ca.crt"], "base64").toString();
  const cm = lister.scan("configmaps").find((c) => c.metadata.name === ROOT_CA_CONFIGMAP && (c.data as Record<string, string> | undefined)?.["ca.crt"]);
  if (cm) return (cm.data as Record<string, string>)["ca.crt"];
  return newClusterCaPem();
}
