/**
 * The node `minikube` and its kube-node-lease Lease, as the kubelet registers them
 * (pkg/kubelet/kubelet_node_status.go: labels, addresses, capacity, nodeInfo, conditions;
 * pkg/kubelet/nodelease: holderIdentity, leaseDurationSeconds 40, owner reference to the Node).
 */
import { formatMicroTime, formatTime } from "../runtime/time-format";
import type { KubeObject } from "../types";
import { NODE_ANNOTATIONS, NODE_INFO, NODE_IP, NODE_LABELS, NODE_NAME, NODE_RESOURCES, POD_CIDR, SYSTEM_IMAGES } from "./minikube-facts";

export function minikubeNode(): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: { name: NODE_NAME, labels: { ...NODE_LABELS }, annotations: { ...NODE_ANNOTATIONS } },
    spec: { podCIDR: POD_CIDR, podCIDRs: [POD_CIDR] },
  };
}

/** The status the kubelet posts once it is ready. */
export function minikubeNodeStatus(nowMs: number): Record<string, unknown> {
  const t = formatTime(nowMs);
  const cond = (type: string, status: string, reason: string, message: string) => ({
    type, status, lastHeartbeatTime: t, lastTransitionTime: t, reason, message,
  });
  return {
    capacity: { ...NODE_RESOURCES },
    allocatable: { ...NODE_RESOURCES },
    conditions: [
      cond("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
      cond("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
      cond("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
      cond("Ready", "True", "KubeletReady", "kubelet is posting ready status"),
    ],
    addresses: [
      { type: "InternalIP", address: NODE_IP },
      { type: "Hostname", address: NODE_NAME },
    ],
    daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
    nodeInfo: { ...NODE_INFO },
    images: SYSTEM_IMAGES.map((i) => {
      const repo = i.image.slice(0, i.image.lastIndexOf(":"));
      return { names: [`${repo}@sha256:${i.digest}`, i.image], sizeBytes: i.sizeBytes };
    }),
  };
}

export function nodeLease(node: KubeObject, nowMs: number): KubeObject {
  return {
    apiVersion: "coordination.k8s.io/v1",
    kind: "Lease",
    metadata: {
      name: NODE_NAME,
      namespace: "kube-node-lease",
      ownerReferences: [{ apiVersion: "v1", kind: "Node", name: NODE_NAME, uid: node.metadata.uid ?? "" }],
    },
    spec: { holderIdentity: NODE_NAME, leaseDurationSeconds: 40, renewTime: formatMicroTime(nowMs) },
  };
}
