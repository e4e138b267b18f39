/**
 * Builds the cluster view's picture of a sandbox from its store. Statuses and port strings come from
 * the same server-side printers `kubectl get` uses (server/kube-api/table), so the view never disagrees
 * with the terminal.
 */
import type { Cluster } from "../cluster/contracts";
import type { KubeObject } from "../cluster/types";
import { podRow } from "../kube-api/table/pod-row";
import { serviceRow } from "../kube-api/table/core-rows";
import type { ClusterPicture, EventPicture } from "@/components/lab/cluster-picture";
import type { MinikubeState } from "../sandbox/sandbox-types";

const NS = "default";
const MAX_EVENTS = 30;

function images(template: KubeObject["spec"]): string[] {
  return (template?.containers ?? []).map((c: { image: string }) => c.image);
}

function controller(obj: KubeObject): string | null {
  return obj.metadata.ownerReferences?.find((o) => o.controller)?.name ?? null;
}

function eventTime(e: KubeObject): string {
  return (e.lastTimestamp as string) || (e.eventTime as string) || (e.firstTimestamp as string) || e.metadata.creationTimestamp || "";
}

export function buildClusterPicture(state: MinikubeState, cluster: Cluster | null): ClusterPicture {
  if (!cluster || state === "none") return { state: "none", node: null, pods: [], deployments: [], replicasets: [], services: [], events: [] };
  const { store } = cluster;
  const now = cluster.clock.now();
  const node = store.list("nodes", undefined).items[0];
  const endpoints = new Map(store.list("endpoints", NS).items.map((e) => [e.metadata.name, e]));
  const events = store.list("events", NS).items.sort((a, b) => eventTime(a).localeCompare(eventTime(b))).slice(-MAX_EVENTS);

  return {
    state,
    node: node
      ? {
          name: node.metadata.name!,
          ip: node.status?.addresses?.find((a: { type: string }) => a.type === "InternalIP")?.address ?? "",
          ready: node.status?.conditions?.some((c: { type: string; status: string }) => c.type === "Ready" && c.status === "True") ?? false,
        }
      : null,
    pods: store.list("pods", NS).items.map((pod) => {
      const cells = podRow(pod, now).cells;
      return {
        name: pod.metadata.name!,
        status: String(cells[2]),
        ready: String(cells[1]),
        restarts: Number(cells[3]) || 0,
        ip: pod.status?.podIP ?? null,
        node: pod.spec?.nodeName ?? null,
        owner: controller(pod),
        labels: pod.metadata.labels ?? {},
        images: images(pod.spec),
        createdAt: pod.metadata.creationTimestamp ?? "",
      };
    }),
    deployments: store.list("deployments.apps", NS).items.map((d) => ({
      name: d.metadata.name!,
      replicas: d.spec?.replicas ?? 0,
      ready: d.status?.readyReplicas ?? 0,
      upToDate: d.status?.updatedReplicas ?? 0,
      available: d.status?.availableReplicas ?? 0,
      images: images(d.spec?.template?.spec),
    })),
    replicasets: store.list("replicasets.apps", NS).items.map((rs) => ({
      name: rs.metadata.name!,
      owner: controller(rs),
      desired: rs.spec?.replicas ?? 0,
      current: rs.status?.replicas ?? 0,
      ready: rs.status?.readyReplicas ?? 0,
      revision: rs.metadata.annotations?.["deployment.kubernetes.io/revision"] ?? null,
      images: images(rs.spec?.template?.spec),
    })),
    services: store.list("services", NS).items.map((svc) => {
      const cells = serviceRow(svc, now).cells;
      const ep = endpoints.get(svc.metadata.name);
      return {
        name: svc.metadata.name!,
        type: String(cells[1]),
        clusterIP: String(cells[2]),
        ports: String(cells[4]),
        selector: String(cells[6]),
        endpoints: ((ep?.subsets ?? []) as { addresses?: { ip: string }[]; ports?: { port: number }[] }[]).flatMap((s) =>
          (s.addresses ?? []).flatMap((a) => (s.ports ?? []).map((p) => `${a.ip}:${p.port}`)),
        ),
      };
    }),
    events: events.map((e): EventPicture => ({
      type: String(e.type ?? "Normal"),
      reason: String(e.reason ?? ""),
      object: `${String((e.involvedObject as { kind?: string })?.kind ?? "").toLowerCase()}/${(e.involvedObject as { name?: string })?.name ?? ""}`,
      message: String(e.message ?? e.note ?? ""),
      count: Number(e.count ?? 1),
      lastSeen: eventTime(e),
    })),
  };
}
