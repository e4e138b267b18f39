/**
 * A cluster for scenario tests: createCluster with the simulated node wired in, on a FakeClock, plus
 * the store-level equivalents of the kubectl commands the tutorials use (the request bodies of
 * KUBECTL_REFERENCE §1).
 */
import { FakeClock } from "../clock";
import { createCluster, loadCluster, type SimulatedCluster } from "../create-cluster";
import type { ClusterPersistence } from "../persistence/cluster-persistence";
import { simulatedNode } from "../kubelet/simulated-node";
import type { KubeObject } from "../types";
import type { ClusterLimits } from "../store/limits";

export interface Scenario {
  clock: FakeClock;
  cluster: SimulatedCluster;
  errors: string[];
}

/** A deterministic "random" source cycling through backends (kube-proxy picks at random). */
export function cyclingRandom(): () => number {
  let i = 0;
  const seq = [0.1, 0.35, 0.6, 0.85, 0.2, 0.45, 0.7, 0.95];
  return () => seq[i++ % seq.length];
}

function options(clock: FakeClock, errors: string[], persistence?: ClusterPersistence, limits?: Partial<ClusterLimits>) {
  const node = simulatedNode({ clock, random: cyclingRandom() });
  return {
    clock,
    persistence,
    limits,
    controllers: node.controllers,
    network: node.network,
    logs: node.logs,
    eventSpamFilter: true,
    onControllerError: (err: Error, controller: string, key?: string) => errors.push(`${controller} ${key ?? ""}: ${err.message}`),
  };
}

/** A fresh minikube (createCluster lets the node's controllers join after the bootstrap). */
export function newScenario(persistence?: ClusterPersistence, clock = new FakeClock(), limits?: Partial<ClusterLimits>): Scenario {
  const errors: string[] = [];
  return { clock, cluster: createCluster(options(clock, errors, persistence, limits)), errors };
}

export async function reloadScenario(persistence: ClusterPersistence, clock: FakeClock): Promise<Scenario> {
  const errors: string[] = [];
  return { clock, cluster: await loadCluster({ ...options(clock, errors, persistence), persistence }), errors };
}

/** `kubectl create deployment <name> --image=<image>`. */
export function createDeployment(s: Scenario, name: string, image: string): KubeObject {
  const container = image.split("/").pop()!.split(":")[0].split("@")[0];
  return s.cluster.store.create("deployments.apps", "default", {
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
  });
}

/** `kubectl scale deployment <name> --replicas=n`. */
export function scaleDeployment(s: Scenario, name: string, replicas: number): void {
  const d = s.cluster.store.get("deployments.apps", "default", name);
  d.spec.replicas = replicas;
  s.cluster.store.update("deployments.apps", d);
}

/** `kubectl set image deployment/<name> <container>=<image>`. */
export function setImage(s: Scenario, name: string, container: string, image: string): void {
  const d = s.cluster.store.get("deployments.apps", "default", name);
  d.spec.template.spec.containers.find((c: { name: string }) => c.name === container).image = image;
  s.cluster.store.update("deployments.apps", d);
}

/** `kubectl expose deployment <name> --type=NodePort --port <port>`. */
export function exposeNodePort(s: Scenario, name: string, port: number): KubeObject {
  return s.cluster.store.create("services", "default", {
    apiVersion: "v1",
    kind: "Service",
    metadata: { creationTimestamp: null, labels: { app: name }, name },
    spec: { ports: [{ port, protocol: "TCP", targetPort: port }], selector: { app: name }, type: "NodePort" },
    status: { loadBalancer: {} },
  });
}

export const pods = (s: Scenario, selector = ""): KubeObject[] => s.cluster.store.list("pods", "default", { labelSelector: selector }).items;
export const replicaSets = (s: Scenario): KubeObject[] => s.cluster.store.list("replicasets.apps", "default").items;
export const deployment = (s: Scenario, name: string): KubeObject => s.cluster.store.get("deployments.apps", "default", name);

/** The STATUS column of `kubectl get pods` (printers.go printPod, reduced to one container). */
export function podStatusColumn(pod: KubeObject): string {
  if (pod.metadata.deletionTimestamp) return "Terminating";
  let reason: string = pod.status?.reason ?? pod.status?.phase ?? "";
  for (const cs of [...(pod.status?.containerStatuses ?? [])].reverse()) {
    if (cs.state?.waiting?.reason) reason = cs.state.waiting.reason;
    else if (cs.state?.terminated?.reason) reason = cs.state.terminated.reason;
  }
  return reason;
}

/** Events of one object, oldest first, as `Type Reason Message` lines. */
export function eventsOf(s: Scenario, obj: KubeObject): string[] {
  return s.cluster.store
    .list("events", obj.metadata.namespace)
    .items.filter((e) => (e.involvedObject as { uid?: string }).uid === obj.metadata.uid)
    .map((e) => `${e.type} ${e.reason} ${e.message}${(e.count as number) > 1 ? ` (x${e.count})` : ""}`);
}
