/**
 * The root CA publisher (pkg/controller/certificates/rootcacertpublisher, on by default since v1.20):
 * every active namespace has a ConfigMap `kube-root-ca.crt` holding the cluster CA, put back when
 * deleted or changed. Keys are namespace names.
 */
import { isAlreadyExists } from "../errors/status-error";
import type { Controller, ControllerContext } from "../runtime/controller";
import { clusterCaPem, ROOT_CA_CONFIGMAP } from "./service-account-token";
import { clone } from "../store/deep-freeze";

export function rootCaPublisher(ctx: ControllerContext): Controller {
  const { store, lister } = ctx;
  let ca: string | undefined;
  return {
    name: "root-ca-cert-publisher",
    watches: [
      { resource: "namespaces", keysFor: (ns) => [ns.metadata.name ?? ""] },
      { resource: "configmaps", keysFor: (cm) => (cm.metadata.name === ROOT_CA_CONFIGMAP ? [cm.metadata.namespace ?? ""] : []) },
    ],
    reconcile(ns) {
      const namespace = lister.peek("namespaces", "", ns);
      if (!namespace || namespace.metadata.deletionTimestamp) return;
      ca ??= clusterCaPem(lister);
      const existing = lister.peek("configmaps", ns, ROOT_CA_CONFIGMAP);
      if (!existing) {
        try {
          store.create("configmaps", ns, { apiVersion: "v1", kind: "ConfigMap", metadata: { name: ROOT_CA_CONFIGMAP, namespace: ns }, data: { "ca.crt": ca } });
        } catch (err) {
          if (!isAlreadyExists(err)) throw err;
        }
        return;
      }
      if ((existing.data as Record<string, string> | undefined)?.["ca.crt"] === ca && Object.keys(existing.data ?? {}).length === 1) return;
      const copy = clone(existing);
      copy.data = { "ca.crt": ca };
      store.update("configmaps", copy);
    },
  };
}
