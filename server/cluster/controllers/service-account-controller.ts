/**
 * ServiceAccounts: the serviceaccounts controller (pkg/controller/serviceaccount/serviceaccounts_controller.go)
 * makes sure every active namespace has a `default` ServiceAccount, and the tokens controller
 * (tokens_controller.go) gives every ServiceAccount a token Secret listed in its `secrets`, replacing
 * it when deleted and removing tokens whose account is gone. Keys are "namespace/account".
 */
import { isAlreadyExists, isNotFound } from "../errors/status-error";
import type { Controller, ControllerContext } from "../runtime/controller";
import type { KubeObject } from "../types";
import { clusterCaPem, TOKEN_SECRET_TYPE, tokenSecretFor } from "./service-account-token";
import { clone } from "../store/deep-freeze";

const SA_NAME_ANNOTATION = "kubernetes.io/service-account.name";
const SA_UID_ANNOTATION = "kubernetes.io/service-account.uid";

export function serviceAccountController(ctx: ControllerContext): Controller {
  const { store, lister } = ctx;
  let ca: string | undefined;
  const caPem = () => (ca ??= clusterCaPem(lister));

  const active = (ns: string) => {
    const n = lister.peek("namespaces", "", ns);
    return n && !n.metadata.deletionTimestamp;
  };

  function ensureDefault(ns: string): void {
    if (lister.peek("serviceaccounts", ns, "default")) return;
    try {
      store.create("serviceaccounts", ns, { apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "default", namespace: ns } });
    } catch (err) {
      if (!isAlreadyExists(err)) throw err;
    }
  }

  const isTokenFor = (secret: KubeObject | undefined, sa: KubeObject) =>
    secret?.type === TOKEN_SECRET_TYPE && secret.metadata.annotations?.[SA_UID_ANNOTATION] === sa.metadata.uid;

  function ensureToken(sa: KubeObject): void {
    const ns = sa.metadata.namespace ?? "";
    const refs = (sa.secrets ?? []) as { name: string }[];
    const valid = refs.filter((r) => isTokenFor(lister.peek("secrets", ns, r.name), sa));
    const stale = refs.filter((r) => !valid.includes(r) && !lister.peek("secrets", ns, r.name));
    if (valid.length && !stale.length) return;
    let secrets = refs.filter((r) => !stale.includes(r));
    if (!valid.length) {
      const secret = store.create("secrets", ns, tokenSecretFor(sa, caPem()));
      secrets = [...secrets, { name: secret.metadata.name ?? "" }];
    }
    const copy = clone(sa);
    copy.secrets = secrets;
    store.update("serviceaccounts", copy);
  }

  /** Token Secrets whose ServiceAccount is gone (or was recreated) are deleted. */
  function removeOrphanTokens(ns: string, saName: string): void {
    const sa = lister.peek("serviceaccounts", ns, saName);
    for (const s of lister.scan("secrets", ns)) {
      if (s.type !== TOKEN_SECRET_TYPE || s.metadata.annotations?.[SA_NAME_ANNOTATION] !== saName) continue;
      if (sa && isTokenFor(s, sa)) continue;
      try {
        store.delete("secrets", ns, s.metadata.name ?? "");
      } catch (err) {
        if (!isNotFound(err)) throw err;
      }
    }
  }

  return {
    name: "serviceaccount-controller",
    watches: [
      { resource: "namespaces", keysFor: (ns) => [`${ns.metadata.name}/default`] },
      { resource: "serviceaccounts" },
      {
        resource: "secrets",
        keysFor: (s) => {
          const sa = s.metadata.annotations?.[SA_NAME_ANNOTATION];
          return s.type === TOKEN_SECRET_TYPE && sa ? [`${s.metadata.namespace}/${sa}`] : [];
        },
      },
    ],
    reconcile(key) {
      const slash = key.indexOf("/");
      const ns = key.slice(0, slash);
      const name = key.slice(slash + 1);
      if (!active(ns)) return;
      if (name === "default") ensureDefault(ns);
      const sa = lister.peek("serviceaccounts", ns, name);
      if (sa && !sa.metadata.deletionTimestamp) ensureToken(sa);
      removeOrphanTokens(ns, name);
    },
  };
}
