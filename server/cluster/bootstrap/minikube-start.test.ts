import { describe, expect, it } from "vitest";
import { FakeClock } from "../clock";
import { createCluster } from "../create-cluster";

function fresh() {
  const clock = new FakeClock();
  return { clock, cluster: createCluster({ clock }) };
}

describe("minikube start", () => {
  it("creates the namespaces, node, lease and services of minikube v1.18 / k8s v1.20.2", () => {
    const { store } = fresh().cluster;
    expect(store.list("namespaces", undefined).items.map((n) => [n.metadata.name, n.status.phase])).toEqual([
      ["default", "Active"], ["kube-node-lease", "Active"], ["kube-public", "Active"], ["kube-system", "Active"],
    ]);
    const node = store.get("nodes", "", "minikube");
    // The facts `kubectl get nodes -o wide` prints (k8s-fixtures/outputs/getnodeswide.stdout).
    expect(node.status.nodeInfo).toMatchObject({ kubeletVersion: "v1.20.2", osImage: "Ubuntu 20.04.1 LTS", kernelVersion: "5.4.0-66-generic", containerRuntimeVersion: "docker://20.10.3" });
    expect(node.status.addresses).toEqual([{ type: "InternalIP", address: "192.168.49.2" }, { type: "Hostname", address: "minikube" }]);
    expect(node.status.capacity).toMatchObject({ cpu: "2", memory: "4030792Ki", pods: "110" });
    expect(node.status.conditions.find((c: { type: string }) => c.type === "Ready").status).toBe("True");
    expect(Object.keys(node.metadata.labels ?? {}).filter((l) => l.startsWith("node-role.kubernetes.io/"))).toEqual([
      "node-role.kubernetes.io/control-plane", "node-role.kubernetes.io/master",
    ]);
    const lease = store.get("leases.coordination.k8s.io", "kube-node-lease", "minikube");
    expect(lease.spec).toMatchObject({ holderIdentity: "minikube", leaseDurationSeconds: 40 });
    expect(lease.metadata.ownerReferences?.[0]).toMatchObject({ kind: "Node", name: "minikube", uid: node.metadata.uid });
    const k8s = store.get("services", "default", "kubernetes");
    expect(k8s.spec).toMatchObject({ clusterIP: "10.96.0.1", type: "ClusterIP", ports: [{ name: "https", protocol: "TCP", port: 443, targetPort: 8443 }] });
    expect(store.get("endpoints", "default", "kubernetes").subsets).toEqual([{ addresses: [{ ip: "192.168.49.2" }], ports: [{ name: "https", port: 8443, protocol: "TCP" }] }]);
    expect(store.get("services", "kube-system", "kube-dns").spec.clusterIP).toBe("10.96.0.10");
  });

  it("runs the kube-system pods", () => {
    const { store } = fresh().cluster;
    const pods = store.list("pods", "kube-system").items;
    const names = pods.map((p) => p.metadata.name ?? "");
    expect(names[0]).toMatch(/^coredns-74ff55c5b-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(names[4]).toMatch(/^kube-proxy-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(names.filter((_, i) => i !== 0 && i !== 4)).toEqual([
      "etcd-minikube", "kube-apiserver-minikube", "kube-controller-manager-minikube", "kube-scheduler-minikube", "storage-provisioner",
    ]);
    for (const p of pods) {
      expect(p.status.phase).toBe("Running");
      expect(p.status.containerStatuses.every((c: { ready: boolean }) => c.ready)).toBe(true);
      expect(p.spec.nodeName).toBe("minikube");
    }
    const etcd = pods.find((p) => p.metadata.name === "etcd-minikube")!;
    expect(etcd.spec.volumes.some((v: { secret?: unknown }) => v.secret)).toBe(false); // mirror pods get no token
    expect(etcd.spec.priority).toBe(2000001000);
    expect(etcd.status.podIP).toBe("192.168.49.2");
    expect(pods[0].status.podIP).toBe("172.17.0.2");
    expect(store.get("deployments.apps", "kube-system", "coredns").status).toMatchObject({ replicas: 1, readyReplicas: 1, availableReplicas: 1 });
  });

  it("leaves an idle cluster with no timers and the node's start-up events", () => {
    const { clock, cluster } = fresh();
    expect(clock.pendingTimers()).toBe(0);
    const events = cluster.store.list("events", "default").items;
    expect(events.map((e) => e.reason)).toEqual([
      "Starting", "NodeHasSufficientMemory", "NodeHasNoDiskPressure", "NodeHasSufficientPID", "NodeAllocatableEnforced", "NodeReady", "RegisteredNode", "Starting",
    ]);
    expect(events[0]).toMatchObject({ involvedObject: { kind: "Node", name: "minikube", uid: "minikube" }, source: { component: "kubelet", host: "minikube" } });
  });
});
