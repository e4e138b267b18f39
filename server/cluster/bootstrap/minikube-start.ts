/**
 * What `minikube start` (v1.18.1, Kubernetes v1.20.2) leaves in a new cluster: the four namespaces,
 * the node and its lease, the `kubernetes` and `kube-dns` services, the running kube-system pods
 * (control-plane mirror pods, CoreDNS, kube-proxy, storage-provisioner) and the node's start-up
 * events. Pods are written directly with Running status (no pulls or starts are simulated for them).
 * The controllers must be running (default ServiceAccounts and tokens come from them).
 */
import { randomBytes } from "node:crypto";
import type { Clock } from "../clock";
import { StoreEventRecorder } from "../runtime/event-recorder";
import { formatTime } from "../runtime/time-format";
import { randomString } from "../store/generate-name";
import type { MemoryObjectStore } from "../store/object-store";
import type { KubeObject } from "../types";
import {
  addonConfigMaps, addonServiceAccounts, corednsDeployment, corednsPod, corednsReplicaSet, COREDNS_HASH, kubeDnsEndpoints,
  kubeProxyDaemonSet, kubeProxyPod, storageProvisionerPod,
} from "./addon-workloads";
import { COREDNS_POD_IP, NODE_IP, NODE_NAME } from "./minikube-facts";
import { minikubeNode, minikubeNodeStatus, nodeLease } from "./minikube-node";
import { runningStatus } from "./running-status";
import { staticPods } from "./static-pods";
import { kubeDnsService, kubernetesEndpoints, kubernetesService } from "./system-services";

export const SYSTEM_NAMESPACES = ["default", "kube-node-lease", "kube-public", "kube-system"];

function startPod(store: MemoryObjectStore, pod: KubeObject, podIP: string, nowMs: number): KubeObject {
  const created = store.create("pods", pod.metadata.namespace ?? "", pod);
  created.status = runningStatus(created, podIP, nowMs);
  return store.updateStatus("pods", created);
}

/** The kubelet's and kube-proxy's start-up events for the node (`kubectl get events` in default). */
function nodeEvents(store: MemoryObjectStore, clock: Clock): void {
  const recorder = new StoreEventRecorder(store, store, clock);
  // The kubelet refers to its node with the node name as uid (kubelet.go nodeRef).
  const ref = { kind: "Node", name: NODE_NAME, uid: NODE_NAME };
  const kubelet = { component: "kubelet", host: NODE_NAME };
  recorder.recordEvent(ref, "Normal", "Starting", "Starting kubelet.", kubelet);
  for (const [reason] of [["NodeHasSufficientMemory"], ["NodeHasNoDiskPressure"], ["NodeHasSufficientPID"]]) {
    recorder.recordEvent(ref, "Normal", reason, `Node ${NODE_NAME} status is now: ${reason}`, kubelet);
  }
  recorder.recordEvent(ref, "Normal", "NodeAllocatableEnforced", "Updated Node Allocatable limit across pods", kubelet);
  recorder.recordEvent(ref, "Normal", "NodeReady", `Node ${NODE_NAME} status is now: NodeReady`, kubelet);
  const node = store.get("nodes", "", NODE_NAME);
  recorder.recordEvent({ kind: "Node", name: NODE_NAME, uid: node.metadata.uid, apiVersion: "v1" }, "Normal", "RegisteredNode", `Node ${NODE_NAME} event: Registered Node ${NODE_NAME} in Controller`, { component: "node-controller" });
  recorder.recordEvent(ref, "Normal", "Starting", "Starting kube-proxy.", { component: "kube-proxy", host: NODE_NAME });
}

export function bootstrapMinikube(store: MemoryObjectStore, clock: Clock): void {
  const now = clock.now();
  for (const name of SYSTEM_NAMESPACES) store.create("namespaces", "", { apiVersion: "v1", kind: "Namespace", metadata: { name } });

  const node = store.create("nodes", "", minikubeNode());
  node.status = minikubeNodeStatus(now);
  store.updateStatus("nodes", node);
  store.create("leases.coordination.k8s.io", "kube-node-lease", nodeLease(node, now));

  store.create("services", "default", kubernetesService());
  store.create("endpoints", "default", kubernetesEndpoints());
  for (const sa of addonServiceAccounts()) store.create("serviceaccounts", "kube-system", sa);
  for (const cm of addonConfigMaps()) store.create("configmaps", "kube-system", cm);

  const seen = `${formatTime(now).slice(0, -1)}.${String(randomBytes(4).readUInt32BE() % 1_000_000_000).padStart(9, "0")}Z`;
  for (const pod of staticPods(node, seen)) startPod(store, pod, NODE_IP, now);

  store.create("services", "kube-system", kubeDnsService());
  const deployment = store.create("deployments.apps", "kube-system", corednsDeployment());
  const rs = store.create("replicasets.apps", "kube-system", corednsReplicaSet(deployment));
  const dns = startPod(store, corednsPod(rs, `coredns-${COREDNS_HASH}-${randomString(5)}`), COREDNS_POD_IP, now);
  store.create("endpoints", "kube-system", kubeDnsEndpoints(COREDNS_POD_IP, dns));
  writeStatus(store, "replicasets.apps", rs, { replicas: 1, fullyLabeledReplicas: 1, readyReplicas: 1, availableReplicas: 1, observedGeneration: 1 });
  writeStatus(store, "deployments.apps", deployment, {
    observedGeneration: 1, replicas: 1, updatedReplicas: 1, readyReplicas: 1, availableReplicas: 1,
    conditions: [
      { type: "Available", status: "True", lastUpdateTime: formatTime(now), lastTransitionTime: formatTime(now), reason: "MinimumReplicasAvailable", message: "Deployment has minimum availability." },
      { type: "Progressing", status: "True", lastUpdateTime: formatTime(now), lastTransitionTime: formatTime(now), reason: "NewReplicaSetAvailable", message: `ReplicaSet "coredns-${COREDNS_HASH}" has successfully progressed.` },
    ],
  });

  const ds = store.create("daemonsets.apps", "kube-system", kubeProxyDaemonSet());
  startPod(store, kubeProxyPod(ds, `kube-proxy-${randomString(5)}`, randomString(9)), NODE_IP, now);
  writeStatus(store, "daemonsets.apps", ds, {
    currentNumberScheduled: 1, numberMisscheduled: 0, desiredNumberScheduled: 1, numberReady: 1,
    observedGeneration: 1, updatedNumberScheduled: 1, numberAvailable: 1,
  });
  startPod(store, storageProvisionerPod(), NODE_IP, now);
  nodeEvents(store, clock);
}

function writeStatus(store: MemoryObjectStore, resource: string, obj: KubeObject, status: Record<string, unknown>): void {
  const latest = store.get(resource, obj.metadata.namespace ?? "", obj.metadata.name ?? "");
  latest.status = status;
  store.updateStatus(resource, latest);
}
