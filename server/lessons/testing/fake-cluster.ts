/**
 * A minimal in-memory ObjectStore for the lesson checks' unit tests: list with equality label
 * selectors, watch, and writes that notify watchers. It is not a cluster simulation (no controllers);
 * tests put objects in the state a controller would have left them in.
 */
import type { Cluster, ListOptions, ObjectStore, WatchOptions, Watcher } from "../../cluster/contracts";
import type { KubeObject, WatchEvent } from "../../cluster/types";
import { FakeClock } from "../../cluster/clock";

type Listener = { resource: string; onEvent: (e: WatchEvent) => void };

export class FakeStore implements ObjectStore {
  private objects = new Map<string, { resource: string; obj: KubeObject }>();
  private listeners = new Set<Listener>();
  private rv = 1;

  currentResourceVersion(): string {
    return String(this.rv);
  }

  create(resource: string, namespace: string, obj: KubeObject): KubeObject {
    const copy = structuredClone(obj);
    copy.metadata.namespace = namespace || undefined;
    copy.metadata.uid ??= `uid-${copy.metadata.name}`;
    copy.metadata.resourceVersion = String(++this.rv);
    this.objects.set(key(resource, namespace, copy.metadata.name ?? ""), { resource, obj: copy });
    this.emit(resource, { type: "ADDED", object: copy });
    return structuredClone(copy);
  }

  get(resource: string, namespace: string, name: string): KubeObject {
    const hit = this.objects.get(key(resource, namespace, name));
    if (!hit) throw new Error(`${resource} "${name}" not found`);
    return structuredClone(hit.obj);
  }

  list(resource: string, namespace: string | undefined, opts: ListOptions = {}) {
    const match = selectorMatcher(opts.labelSelector);
    const items = [...this.objects.values()]
      .filter((e) => e.resource === resource && (!namespace || e.obj.metadata.namespace === namespace))
      .map((e) => e.obj)
      .filter((o) => match(o.metadata.labels ?? {}))
      .map((o) => structuredClone(o));
    return { items, resourceVersion: this.currentResourceVersion() };
  }

  update(resource: string, obj: KubeObject): KubeObject {
    const ns = obj.metadata.namespace ?? "";
    const copy = structuredClone(obj);
    copy.metadata.resourceVersion = String(++this.rv);
    this.objects.set(key(resource, ns, obj.metadata.name ?? ""), { resource, obj: copy });
    this.emit(resource, { type: "MODIFIED", object: copy });
    return structuredClone(copy);
  }

  updateStatus(resource: string, obj: KubeObject): KubeObject {
    return this.update(resource, obj);
  }

  delete(resource: string, namespace: string, name: string) {
    const k = key(resource, namespace, name);
    const hit = this.objects.get(k);
    if (!hit) throw new Error(`${resource} "${name}" not found`);
    this.objects.delete(k);
    this.rv++;
    this.emit(resource, { type: "DELETED", object: hit.obj });
    return { object: hit.obj, finished: true };
  }

  watch(resource: string, _ns: string | undefined, _opts: WatchOptions, onEvent: (e: WatchEvent) => void): Watcher {
    const l = { resource, onEvent };
    this.listeners.add(l);
    return { stop: () => this.listeners.delete(l) };
  }

  watcherCount(): number {
    return this.listeners.size;
  }

  private emit(resource: string, event: WatchEvent): void {
    for (const l of this.listeners) if (l.resource === resource) l.onEvent(event);
  }
}

function key(resource: string, ns: string, name: string): string {
  return `${resource}/${ns}/${name}`;
}

/** Equality-based selectors only (`a=b,c!=d,e`), which is all lessons use. */
function selectorMatcher(selector: string | undefined): (labels: Record<string, string>) => boolean {
  if (!selector) return () => true;
  const terms = selector.split(",").map((t) => t.trim()).filter(Boolean);
  return (labels) =>
    terms.every((t) => {
      const ne = /^([^!=]+)!=(.*)$/.exec(t);
      if (ne) return labels[ne[1] as string] !== ne[2];
      const eq = /^([^=]+)==?(.*)$/.exec(t);
      if (eq) return labels[eq[1] as string] === eq[2];
      return t in labels;
    });
}

export function fakeCluster(store = new FakeStore()): Cluster & { store: FakeStore } {
  const clock = new FakeClock();
  return {
    clock,
    store,
    network: { request: async () => ({ ok: false, error: "unreachable", message: "fake" }), nodeIP: () => "192.168.49.2" },
    logs: { read: () => "", follow: () => ({ stop() {} }) },
    flush: async () => {},
  };
}

/** A Ready pod as the kubelet would leave it. */
export function readyPod(name: string, labels: Record<string, string>, image = "gcr.io/google-samples/kubernetes-bootcamp:v1", ready = true): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: "default", labels },
    spec: { containers: [{ name: "kubernetes-bootcamp", image }] },
    status: {
      phase: ready ? "Running" : "Pending",
      conditions: [{ type: "Ready", status: ready ? "True" : "False" }],
      containerStatuses: [
        { name: "kubernetes-bootcamp", ready, state: ready ? { running: {} } : { waiting: { reason: "ImagePullBackOff" } } },
      ],
    },
  };
}
