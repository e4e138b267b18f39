/**
 * Builders shared by the store and controller tests: a store with the namespaces and service
 * account tokens that pod admission needs, and minimal valid objects.
 */
import { FakeClock } from "../clock";
import type { KubeObject } from "../types";
import { MemoryObjectStore } from "./object-store";
import type { ClusterLimits } from "./limits";

export function newTestStore(limits?: Partial<ClusterLimits>): { store: MemoryObjectStore; clock: FakeClock } {
  const clock = new FakeClock();
  const store = new MemoryObjectStore({ clock, limits });
  for (const name of ["default", "kube-system"]) {
    store.create("namespaces", "", { apiVersion: "v1", kind: "Namespace", metadata: { name } });
    store.create("secrets", name, { apiVersion: "v1", kind: "Secret", metadata: { name: "default-token-abcde" }, type: "kubernetes.io/service-account-token" });
    store.create("serviceaccounts", name, { apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "default" }, secrets: [{ name: "default-token-abcde" }] });
  }
  return { store, clock };
}

export function podObject(name: string, extra: Partial<KubeObject["spec"]> = {}, labels?: Record<string, string>): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, ...(labels ? { labels } : {}) },
    spec: { containers: [{ name: "c", image: "nginx:1.14.2" }], ...extra },
  };
}

/** The body `kubectl create deployment <name> --image=<image>` sends (KUBECTL_REFERENCE §1). */
export function kubectlCreateDeployment(name: string, image = "k8s.gcr.io/echoserver:1.4", container = "echoserver"): KubeObject {
  return {
    kind: "Deployment",
    apiVersion: "apps/v1",
    metadata: { name, creationTimestamp: null, labels: { app: name } },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: name } },
      template: { metadata: { creationTimestamp: null, labels: { app: name } }, spec: { containers: [{ name: container, image, resources: {} }] } },
      strategy: {},
    },
    status: {},
  };
}

/** The body `kubectl expose deployment <name> --type=NodePort --port 8080` sends. */
export function kubectlExpose(name: string, type = "NodePort", port = 8080): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: { creationTimestamp: null, labels: { app: name }, name },
    spec: { ports: [{ port, protocol: "TCP", targetPort: port }], selector: { app: name }, type },
    status: { loadBalancer: {} },
  };
}
