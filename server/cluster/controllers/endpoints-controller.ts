/**
 * The endpoints controller (pkg/controller/endpoint/endpoints_controller.go syncService, v1.20): for
 * every service with a selector, the pods it selects that have an IP and are not being deleted
 * become addresses (with nodeName and a targetRef) — ready ones in `addresses`, others in
 * `notReadyAddresses` while their restart policy may still bring them up (shouldPodBeInEndpoints) —
 * for each service port whose targetPort the pod resolves (named ports via the container ports).
 * Subsets are repacked by port set and sorted by IP (endpoints.RepackSubsets). The Endpoints object
 * carries the service's labels and goes away with the service.
 */
import type { KubeObject } from "../types";
import type { Controller, ControllerContext } from "../runtime/controller";
import { keyOf, splitKey } from "../runtime/controller";
import { isAlreadyExists, isNotFound } from "../errors/status-error";
import { formatTime } from "../runtime/time-format";
import { isPodReady } from "./replicaset-pods";
import { canonical } from "./deployment-sync";
import { spew } from "./deployment-template-spew";
import type { GoType } from "./deployment-spew-types";
import { createHash } from "node:crypto";
import { clone } from "../store/deep-freeze";
import { semanticEqual } from "../kinds/semantic-equal";

type Port = { name?: string; port: number; protocol: string };
type Address = { ip: string; hostname?: string; nodeName?: string; targetRef: Record<string, string> };
type Subset = { addresses?: Address[]; notReadyAddresses?: Address[]; ports: Port[] };

const TRIGGER_ANNOTATION = "endpoints.kubernetes.io/last-change-trigger-time";

/** v1.EndpointPort as declared in k8s.io/api/core/v1/types.go (v1.20). */
const endpointPortType: GoType = {
  k: "struct",
  go: "v1.EndpointPort",
  fields: [["Name", "name", { k: "str", go: "string" }], ["Port", "port", { k: "int", go: "int32" }], ["Protocol", "protocol", { k: "str", go: "v1.Protocol" }], ["AppProtocol", "appProtocol", { k: "ptr", elem: { k: "str", go: "string" } }]],
};

/** portsByHash (pkg/api/v1/endpoints/util.go SortSubsets): ports ordered by the md5 of their spew. */
function sortPortsByHash(ports: Port[]): Port[] {
  const key = (p: Port) => createHash("md5").update(spew(endpointPortType, p)).digest("hex");
  return [...ports].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function selects(selector: Record<string, string>, labels: Record<string, string> | undefined): boolean {
  return Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

/** podutil.FindPort: a numeric targetPort as is, a named one from the pod's container ports. */
function findPort(pod: KubeObject, svcPort: { port: number; targetPort?: number | string; protocol?: string }): number | undefined {
  const target = svcPort.targetPort ?? svcPort.port;
  if (typeof target === "number") return target;
  if (/^\d+$/.test(target)) return Number(target);
  for (const c of pod.spec?.containers ?? []) {
    for (const p of c.ports ?? []) if (p.name === target && (p.protocol ?? "TCP") === (svcPort.protocol ?? "TCP")) return p.containerPort;
  }
  return undefined;
}

/** shouldPodBeInEndpoints: a not-ready pod stays listed unless it can never run again. */
function shouldBeListed(pod: KubeObject): boolean {
  const policy = pod.spec?.restartPolicy ?? "Always";
  const phase = pod.status?.phase;
  if (policy === "Never") return phase !== "Failed" && phase !== "Succeeded";
  if (policy === "OnFailure") return phase !== "Succeeded";
  return true;
}

function address(pod: KubeObject, svc: KubeObject): Address {
  const a: Address = { ip: pod.status.podIP, targetRef: { kind: "Pod", namespace: pod.metadata.namespace ?? "", name: pod.metadata.name ?? "", uid: pod.metadata.uid ?? "", resourceVersion: pod.metadata.resourceVersion ?? "" } };
  if (pod.spec?.hostname && pod.spec?.subdomain === svc.metadata.name) a.hostname = pod.spec.hostname;
  if (pod.spec?.nodeName) a.nodeName = pod.spec.nodeName;
  return { ip: a.ip, ...(a.hostname ? { hostname: a.hostname } : {}), ...(a.nodeName ? { nodeName: a.nodeName } : {}), targetRef: a.targetRef };
}

/** The subsets of a service, repacked: one subset per distinct port set. */
export function computeSubsets(svc: KubeObject, pods: KubeObject[]): Subset[] {
  const tolerateUnready = !!svc.spec?.publishNotReadyAddresses;
  const groups = new Map<string, Subset>();
  for (const pod of pods) {
    if (!pod.status?.podIP || (pod.metadata.deletionTimestamp && !tolerateUnready)) continue;
    const ports: Port[] = [];
    for (const sp of svc.spec?.ports ?? []) {
      const port = findPort(pod, sp);
      if (port === undefined) continue;
      ports.push({ ...(sp.name ? { name: sp.name } : {}), port, protocol: sp.protocol ?? "TCP" });
    }
    if (!ports.length) continue;
    const ready = tolerateUnready || isPodReady(pod);
    if (!ready && !shouldBeListed(pod)) continue;
    const key = canonical(ports);
    const subset = groups.get(key) ?? { ports };
    groups.set(key, subset);
    const list = ready ? (subset.addresses ??= []) : (subset.notReadyAddresses ??= []);
    list.push(address(pod, svc));
  }
  const byIP = (a: Address, b: Address) => (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : a.targetRef.uid < b.targetRef.uid ? -1 : 1);
  return [...groups.values()].map((s) => {
    const out: Subset = {} as Subset;
    if (s.addresses) out.addresses = s.addresses.sort(byIP);
    if (s.notReadyAddresses) out.notReadyAddresses = s.notReadyAddresses.sort(byIP);
    out.ports = sortPortsByHash(s.ports);
    return out;
  });
}

function syncService(ctx: ControllerContext, key: string): void {
  const { namespace, name } = splitKey(key);
  const svc = ctx.lister.peek("services", namespace, name);
  const current = ctx.lister.peek("endpoints", namespace, name);
  if (!svc) {
    if (current) {
      try {
        ctx.store.delete("endpoints", namespace, name);
      } catch (err) {
        if (!isNotFound(err)) throw err;
      }
    }
    return;
  }
  if (!svc.spec?.selector) return;
  const pods = ctx.lister.scan("pods", namespace).filter((p) => selects(svc.spec.selector, p.metadata.labels));
  const subsets = computeSubsets(svc, pods);
  const labels = { ...(svc.metadata.labels ?? {}) };
  if (svc.spec.clusterIP === "None") labels["service.kubernetes.io/headless"] = "";
  const sameSubsets = semanticEqual(current?.subsets ?? [], subsets);
  if (current && sameSubsets && semanticEqual(current.metadata.labels ?? {}, labels)) return;
  const ep: KubeObject = current ? (clone(current) as KubeObject) : { apiVersion: "v1", kind: "Endpoints", metadata: { name, namespace } };
  if (Object.keys(labels).length) ep.metadata.labels = labels;
  else delete ep.metadata.labels;
  if (!sameSubsets) ep.metadata.annotations = { ...(ep.metadata.annotations ?? {}), [TRIGGER_ANNOTATION]: formatTime(ctx.clock.now()) };
  if (subsets.length) ep.subsets = subsets;
  else delete ep.subsets;
  if (current) ctx.store.update("endpoints", ep);
  else {
    try {
      ctx.store.create("endpoints", namespace, ep);
    } catch (err) {
      if (!isAlreadyExists(err)) throw err;
    }
  }
}

/** Creates the endpoints controller for a ControllerManager. */
export function endpointsController(ctx: ControllerContext): Controller {
  const servicesFor = (pod: KubeObject, old?: KubeObject): string[] =>
    ctx.lister
      .scan("services", pod.metadata.namespace)
      .filter((s) => s.spec?.selector && (selects(s.spec.selector, pod.metadata.labels) || (old && selects(s.spec.selector, old.metadata.labels))))
      .map(keyOf);
  return {
    name: "endpoint-controller",
    watches: [
      { resource: "services" },
      { resource: "endpoints" },
      { resource: "pods", keysFor: (pod, _type, old) => servicesFor(pod, old) },
    ],
    reconcile: (key) => syncService(ctx, key),
  };
}
