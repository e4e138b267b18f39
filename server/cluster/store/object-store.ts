/**
 * The in-memory ObjectStore of one cluster (the etcd + generic registry part of an API server):
 * one resourceVersion counter, uids, generations, creation timestamps from the Clock, generateName,
 * optimistic concurrency, selectors, paging, watches and graceful/finalized deletion. Per-kind rules
 * live in kinds/ strategies. Stored objects are deep-frozen; callers always get copies.
 */
import { randomUUID } from "node:crypto";
import type { Clock } from "../clock";
import type { DeleteOptions, ListOptions, ListResult, ObjectStore, WatchOptions, Watcher, WriteOptions } from "../contracts";
import { newAlreadyExists, newBadRequest, newConflict, newForbidden, newInvalid, newMethodNotSupported, newNotFound, newResourceNotServed } from "../errors/status-error";
import { coreEventToEventsV1, eventsV1ToCoreEvent } from "../kinds/event-conversion";
import { OBJECT_META_ORDER, POD_SPEC_ORDER, TOP_LEVEL_ORDER, orderKeys, sortedMap } from "../kinds/field-order";
import { validateObjectMeta, validateObjectMetaUpdate } from "../kinds/meta-validation";
import { admitNamespaceDelete } from "../kinds/namespace-strategy";
import { validateSubdomainName } from "../kinds/name-validation";
import { resourceByKey, type ServedResource } from "../kinds/registry";
import { semanticEqual } from "../kinds/semantic-equal";
import { strategyFor } from "../kinds/strategies";
import type { StrategyContext } from "../kinds/strategy";
import { formatTime } from "../runtime/time-format";
import type { KubeObject, WatchEvent } from "../types";
import { encodeContinue, decodeContinue } from "./continue-token";
import { clone, deepFreeze } from "./deep-freeze";
import { planDeletion, shouldRemoveAfterUpdate } from "./deletion-plan";
import { pruneEvents } from "./event-pruning";
import { parseFieldSelector, matchesFields } from "./field-selector";
import { generateName } from "./generate-name";
import { matchesLabels, parseLabelSelector, SelectorParseError } from "./label-selector";
import { DEFAULT_LIMITS, type ClusterLimits } from "./limits";
import type { ChangeType, StoreChange, StoreHooks, StoreLister } from "./store-hooks";
import { WatchHub, parseResourceVersion } from "./watch-hub";

export interface MemoryObjectStoreOptions {
  clock: Clock;
  limits?: Partial<ClusterLimits>;
}

/** One stored object with its storage key, as persistence saves and restores it. */
export interface StoredEntry {
  resource: string;
  object: KubeObject;
}

interface Resolved {
  served: ServedResource;
  storage: string;
  /** The events.k8s.io view: stored objects are core Events. */
  view: boolean;
}

const objKey = (namespace: string, name: string) => (namespace ? `${namespace}/${name}` : name);

/** Binary search: where `key` is or would go in the sorted `keys` (etcd lists in key order). */
function insertionIndex(keys: string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class MemoryObjectStore implements ObjectStore, StoreHooks, StoreLister {
  readonly clock: Clock;
  readonly limits: ClusterLimits;
  private rv = 0;
  private readonly tables = new Map<string, Map<string, KubeObject>>();
  private readonly sortedKeys = new Map<string, string[]>();
  private readonly hub: WatchHub;
  private readonly commitListeners = new Set<(c: StoreChange) => void>();
  private readonly batchListeners = new Set<() => void>();
  private depth = 0;

  constructor(opts: MemoryObjectStoreOptions) {
    this.clock = opts.clock;
    this.limits = { ...DEFAULT_LIMITS, ...opts.limits };
    this.hub = new WatchHub(this.limits.watchWindow, 0);
  }

  // ---- hooks and lister -------------------------------------------------------------------

  onCommit(listener: (c: StoreChange) => void): () => void {
    this.commitListeners.add(listener);
    return () => this.commitListeners.delete(listener);
  }

  onBatchEnd(listener: () => void): () => void {
    this.batchListeners.add(listener);
    return () => this.batchListeners.delete(listener);
  }

  peek(resource: string, namespace: string, name: string): KubeObject | undefined {
    return this.tables.get(resource)?.get(objKey(namespace, name));
  }

  scan(resource: string, namespace?: string): KubeObject[] {
    const table = this.tables.get(resource);
    if (!table) return [];
    const out: KubeObject[] = [];
    for (const key of this.keysOf(resource)) {
      const obj = table.get(key)!;
      if (!namespace || obj.metadata.namespace === namespace) out.push(obj);
    }
    return out;
  }

  /** Every stored object (for persistence snapshots and memory accounting). */
  entries(): StoredEntry[] {
    const out: StoredEntry[] = [];
    for (const [resource, table] of this.tables) for (const object of table.values()) out.push({ resource, object });
    return out;
  }

  /** Replaces the whole content (loading a persisted cluster). Emits nothing. */
  restore(entries: StoredEntry[], resourceVersion: number): void {
    this.tables.clear();
    this.sortedKeys.clear();
    for (const { resource, object } of entries) {
      this.table(resource).set(objKey(object.metadata.namespace ?? "", object.metadata.name ?? ""), deepFreeze(clone(object)));
    }
    this.rv = resourceVersion;
    this.hub.reset(resourceVersion);
  }

  currentResourceVersion(): string {
    return String(this.rv);
  }

  // ---- reads ------------------------------------------------------------------------------

  get(resource: string, namespace: string, name: string): KubeObject {
    const r = this.resolve(resource);
    const obj = this.peek(r.storage, r.served.namespaced ? namespace : "", name);
    if (!obj) throw newNotFound(r.served.key, name);
    return this.out(r, obj);
  }

  list(resource: string, namespace: string | undefined, opts: ListOptions = {}): ListResult {
    const r = this.resolve(resource);
    const matches = this.matcher(r, opts.labelSelector, opts.fieldSelector);
    let keys = this.keysOf(r.storage);
    const ns = r.served.namespaced ? namespace || undefined : undefined;
    if (opts.continue) {
      const { after } = decodeContinue(opts.continue);
      keys = keys.filter((k) => k > after);
    }
    const table = this.tables.get(r.storage);
    const items: KubeObject[] = [];
    let next: string | undefined;
    let remaining = 0;
    for (const key of keys) {
      const obj = table!.get(key)!;
      if (ns && obj.metadata.namespace !== ns) continue;
      if (!matches(obj)) continue;
      if (opts.limit && opts.limit > 0 && items.length >= opts.limit) {
        remaining++;
        continue;
      }
      items.push(this.out(r, obj));
      next = key;
    }
    const result: ListResult = { items, resourceVersion: String(this.rv) };
    if (remaining > 0 && next !== undefined) {
      result.continue = encodeContinue(this.rv, next);
      // storage/etcd3 only counts what is left when no selector filtered the list.
      if (!opts.labelSelector && !opts.fieldSelector) result.remainingItemCount = remaining;
    }
    return result;
  }

  watch(resource: string, namespace: string | undefined, opts: WatchOptions, onEvent: (event: WatchEvent) => void): Watcher {
    const r = this.resolve(resource);
    const matches = this.matcher(r, opts.labelSelector, opts.fieldSelector);
    const ns = r.served.namespaced ? namespace || undefined : undefined;
    const from = parseResourceVersion(opts.resourceVersion);
    const initial = from === undefined ? this.scan(r.storage, ns).filter(matches) : [];
    const view = r.view ? coreEventToEventsV1 : undefined;
    return this.hub.watch({ resource: r.storage, namespace: ns, matches, view }, from, initial, onEvent);
  }

  // ---- writes -----------------------------------------------------------------------------

  create(resource: string, namespace: string, input: KubeObject, opts: WriteOptions = {}): KubeObject {
    return this.batch(() => {
      const r = this.resolve(resource);
      const obj = this.incoming(r, namespace, input);
      const strategy = strategyFor(r.storage);
      const ctx = this.strategyContext(r.storage);
      if (obj.metadata.resourceVersion) throw newBadRequest("resourceVersion should not be set on objects to be created");
      const ns = obj.metadata.namespace ?? "";
      if (r.served.namespaced) this.admitNamespace(r, ns, obj);
      this.admitCount(r, obj);
      delete obj.metadata.deletionTimestamp;
      delete obj.metadata.deletionGracePeriodSeconds;
      strategy.applyDefaults?.(obj);
      strategy.admit?.(obj, undefined, ctx);
      obj.metadata.uid = randomUUID();
      obj.metadata.creationTimestamp = formatTime(this.clock.now());
      if (strategy.tracksGeneration) obj.metadata.generation = 1;
      else delete obj.metadata.generation;
      if (obj.metadata.generateName && !obj.metadata.name) obj.metadata.name = this.freeName(r.storage, ns, obj.metadata.generateName);
      strategy.prepareForCreate?.(obj, ctx);
      const errs = [
        ...validateObjectMeta(obj.metadata, r.served.namespaced, strategy.validateName ?? validateSubdomainName),
        ...(strategy.validate?.(obj, ctx) ?? []),
      ];
      if (errs.length) throw newInvalid({ group: r.served.group, kind: r.served.kind }, obj.metadata.name ?? "", errs);
      const name = obj.metadata.name!;
      if (this.peek(r.storage, ns, name)) throw newAlreadyExists(r.served.key, name);
      if (opts.dryRun) return this.out(r, this.normalize(obj));
      if (r.storage === "events") pruneEvents(this, obj, this.limits, this.clock.now());
      return this.out(r, this.commit(r.storage, "ADDED", obj));
    });
  }

  update(resource: string, input: KubeObject, opts: WriteOptions = {}): KubeObject {
    return this.batch(() => {
      const r = this.resolve(resource);
      const obj = this.incoming(r, input.metadata?.namespace ?? "", input);
      const old = this.existing(r, obj);
      const strategy = strategyFor(r.storage);
      const ctx = this.strategyContext(r.storage);
      const meta = obj.metadata;
      // rest.BeforeUpdate: system fields come from the stored object.
      meta.uid ||= old.metadata.uid;
      meta.creationTimestamp = old.metadata.creationTimestamp;
      meta.deletionTimestamp = old.metadata.deletionTimestamp;
      meta.deletionGracePeriodSeconds = old.metadata.deletionGracePeriodSeconds;
      meta.generation = old.metadata.generation;
      if (this.hasStatus(r)) obj.status = clone(old.status);
      strategy.applyDefaults?.(obj);
      strategy.prepareForUpdate?.(obj, old, ctx);
      strategy.admit?.(obj, old, ctx);
      if (strategy.tracksGeneration) {
        const changed = strategy.generationChanged ? strategy.generationChanged(obj, old) : !semanticEqual(obj.spec, old.spec);
        if (changed) meta.generation = (old.metadata.generation ?? 0) + 1;
      }
      this.validateUpdate(r, obj, old, ctx);
      return this.finishUpdate(r, obj, old, opts);
    });
  }

  /**
   * The status subresource. As upstream's status strategies, spec (and the system metadata) stay as
   * stored while status and ordinary metadata come from the request: the deployment controller
   * writes its revision annotation this way without bumping generation (deployment
   * statusStrategy keeps labels; pod statusStrategy keeps ownerReferences).
   */
  updateStatus(resource: string, input: KubeObject, opts: WriteOptions = {}): KubeObject {
    return this.batch(() => {
      const r = this.resolve(resource);
      if (!this.hasStatus(r)) throw newMethodNotSupported(r.served.key, "update status");
      const obj = this.incoming(r, input.metadata?.namespace ?? "", input);
      const old = this.existing(r, obj);
      const next: KubeObject = { ...obj, spec: clone(old.spec) };
      if (old.spec === undefined) delete next.spec;
      const meta = next.metadata;
      meta.uid = old.metadata.uid;
      meta.creationTimestamp = old.metadata.creationTimestamp;
      meta.deletionTimestamp = old.metadata.deletionTimestamp;
      meta.deletionGracePeriodSeconds = old.metadata.deletionGracePeriodSeconds;
      meta.generation = old.metadata.generation;
      meta.generateName = old.metadata.generateName;
      if (r.storage === "deployments.apps") meta.labels = clone(old.metadata.labels);
      if (r.storage === "pods") meta.ownerReferences = clone(old.metadata.ownerReferences);
      for (const k of Object.keys(meta) as (keyof typeof meta)[]) if (meta[k] === undefined) delete meta[k];
      const errs = validateObjectMetaUpdate(meta, old.metadata);
      if (errs.length) throw newInvalid({ group: r.served.group, kind: r.served.kind }, meta.name ?? "", errs);
      return this.finishUpdate(r, next, old, opts);
    });
  }

  /** The namespaces/finalize subresource: replaces spec.finalizers (the namespace controller's last step). */
  finalizeNamespace(input: KubeObject, opts: WriteOptions = {}): KubeObject {
    return this.batch(() => {
      const r = this.resolve("namespaces");
      const old = this.existing(r, input);
      const next = clone(old);
      next.spec = { ...(next.spec ?? {}), finalizers: [...(input.spec?.finalizers ?? [])] };
      return this.finishUpdate(r, next, old, opts);
    });
  }

  /**
   * The pods/binding subresource (pkg/registry/core/pod/storage/storage.go assignPod): sets
   * spec.nodeName, which a pod update may not change, and the PodScheduled condition.
   */
  bindPod(namespace: string, name: string, nodeName: string): KubeObject {
    return this.batch(() => {
      const r = this.resolve("pods");
      const old = this.peek("pods", namespace, name);
      if (!old) throw newNotFound("pods", name);
      const binding = { group: "", resource: "pods/binding" };
      if (old.metadata.deletionTimestamp) throw newConflict(binding, name, `pod ${name} is being deleted, cannot be assigned to a host`);
      if (old.spec?.nodeName) throw newConflict(binding, name, `pod ${name} is already assigned to node ${JSON.stringify(old.spec.nodeName)}`);
      const next = clone(old);
      next.spec.nodeName = nodeName;
      next.spec = orderKeys(next.spec, POD_SPEC_ORDER);
      const conditions = [...((next.status?.conditions ?? []) as { type: string; status: string; lastTransitionTime?: string }[])];
      const i = conditions.findIndex((c) => c.type === "PodScheduled");
      const since = i >= 0 && conditions[i].status === "True" ? conditions[i].lastTransitionTime : formatTime(this.clock.now());
      const cond = { type: "PodScheduled", status: "True", lastProbeTime: null, lastTransitionTime: since };
      if (i >= 0) conditions[i] = cond;
      else conditions.push(cond);
      next.status = { ...(next.status ?? {}), conditions };
      return this.out(r, this.commit("pods", "MODIFIED", next, old));
    });
  }

  delete(resource: string, namespace: string, name: string, opts: DeleteOptions = {}): { object: KubeObject; finished: boolean } {
    return this.batch(() => {
      const r = this.resolve(resource);
      const ns = r.served.namespaced ? namespace : "";
      const stored = this.peek(r.storage, ns, name);
      if (!stored) throw newNotFound(r.served.key, name);
      const pre = opts.preconditions;
      if (pre?.uid && pre.uid !== stored.metadata.uid) {
        throw newConflict(r.served.key, name, `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${stored.metadata.uid}`);
      }
      if (pre?.resourceVersion && pre.resourceVersion !== stored.metadata.resourceVersion) {
        throw newConflict(r.served.key, name, `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${stored.metadata.resourceVersion}`);
      }
      if (r.storage === "namespaces") admitNamespaceDelete(name);
      const plan = planDeletion(clone(stored), strategyFor(r.storage), opts, this.clock.now());
      if (plan.action === "pending") return { object: this.out(r, stored), finished: false };
      if (opts.dryRun) return { object: this.out(r, plan.action === "mark" ? plan.object : stored), finished: plan.action === "remove" };
      if (plan.action === "mark") return { object: this.out(r, this.commit(r.storage, "MODIFIED", plan.object, stored)), finished: false };
      return { object: this.out(r, this.remove(r.storage, stored)), finished: true };
    });
  }

  // ---- internals --------------------------------------------------------------------------

  private resolve(resource: string): Resolved {
    const served = resourceByKey(resource);
    if (!served) throw newResourceNotServed();
    return { served, storage: served.storageKey ?? served.key, view: Boolean(served.storageKey) };
  }

  private out(r: Resolved, obj: KubeObject): KubeObject {
    return clone(r.view ? coreEventToEventsV1(obj) : obj);
  }

  /** A private copy of a client's object with namespace, kind and apiVersion checked and filled. */
  private incoming(r: Resolved, namespace: string, input: KubeObject): KubeObject {
    if (!input || typeof input !== "object" || !input.metadata || typeof input.metadata !== "object") {
      throw newBadRequest("Object 'metadata' is missing or invalid");
    }
    let obj = clone(input);
    if (r.view) obj = eventsV1ToCoreEvent(obj);
    if (obj.kind && obj.kind !== r.served.kind) {
      throw newBadRequest(`the object provided is unrecognized (must be of type ${r.served.kind}): kind ${JSON.stringify(obj.kind)} does not match`);
    }
    obj.kind = r.served.kind;
    obj.apiVersion = r.view ? "v1" : r.served.apiVersion;
    if (r.served.namespaced) {
      if (obj.metadata.namespace && namespace && obj.metadata.namespace !== namespace) {
        throw newBadRequest("the namespace of the provided object does not match the namespace sent on the request");
      }
      obj.metadata.namespace = namespace || obj.metadata.namespace;
    } else {
      delete obj.metadata.namespace;
    }
    return obj;
  }

  private existing(r: Resolved, obj: KubeObject): KubeObject {
    const name = obj.metadata.name ?? "";
    if (!name) throw newBadRequest("name is required");
    const old = this.peek(r.storage, obj.metadata.namespace ?? "", name);
    if (!old) throw newNotFound(r.served.key, name);
    const rv = obj.metadata.resourceVersion;
    if (rv && rv !== old.metadata.resourceVersion) throw newConflict(r.served.key, name);
    return old;
  }

  private validateUpdate(r: Resolved, obj: KubeObject, old: KubeObject, ctx: StrategyContext): void {
    const strategy = strategyFor(r.storage);
    const errs = [
      ...validateObjectMetaUpdate(obj.metadata, old.metadata),
      ...(strategy.validateUpdate ? strategy.validateUpdate(obj, old, ctx) : strategy.validate?.(obj, ctx) ?? []),
    ];
    if (errs.length) throw newInvalid({ group: r.served.group, kind: r.served.kind }, obj.metadata.name ?? "", errs);
  }

  /** Commits an update unless nothing changed (etcd3 GuaranteedUpdate skips identical writes). */
  private finishUpdate(r: Resolved, obj: KubeObject, old: KubeObject, opts: WriteOptions): KubeObject {
    obj.metadata.resourceVersion = old.metadata.resourceVersion;
    if (semanticEqual(obj, old)) return this.out(r, old);
    if (opts.dryRun) return this.out(r, this.normalize(obj));
    if (shouldRemoveAfterUpdate(obj)) return this.out(r, this.remove(r.storage, deepFreeze(this.normalize(obj))));
    return this.out(r, this.commit(r.storage, "MODIFIED", obj, old));
  }

  private hasStatus(r: Resolved): boolean {
    return r.served.subresources.some((s) => s.name === "status");
  }

  private strategyContext(resource: string): StrategyContext {
    return { clock: this.clock, lister: this, limits: this.limits, resource };
  }

  /** NamespaceLifecycle admission: the namespace must exist and not be terminating. */
  private admitNamespace(r: Resolved, ns: string, obj: KubeObject): void {
    if (!ns) throw newBadRequest("the namespace of the provided object does not match the namespace sent on the request");
    const namespace = this.peek("namespaces", "", ns);
    if (!namespace) throw newNotFound("namespaces", ns);
    if (namespace.metadata.deletionTimestamp || namespace.status?.phase === "Terminating") {
      throw newForbidden(r.served.key, obj.metadata.name || obj.metadata.generateName || "", `unable to create new content in namespace ${ns} because it is being terminated`);
    }
  }

  private admitCount(r: Resolved, obj: KubeObject): void {
    if (r.storage === "events") return; // pruned to the limit instead (event-pruning.ts)
    const count = this.tables.get(r.storage)?.size ?? 0;
    if (count >= this.limits.maxObjectsPerResource) {
      const gr = r.served.key;
      throw newForbidden(gr, obj.metadata.name || obj.metadata.generateName || "", `exceeded quota: podium-limits, requested: count/${gr}=1, used: count/${gr}=${count}, limited: count/${gr}=${this.limits.maxObjectsPerResource}`);
    }
  }

  private freeName(resource: string, ns: string, base: string): string {
    for (let i = 0; i < 8; i++) {
      const name = generateName(base);
      if (!this.peek(resource, ns, name)) return name;
    }
    return generateName(base);
  }

  private table(resource: string): Map<string, KubeObject> {
    let t = this.tables.get(resource);
    if (!t) this.tables.set(resource, (t = new Map()));
    return t;
  }

  private keysOf(resource: string): string[] {
    let keys = this.sortedKeys.get(resource);
    if (!keys) {
      keys = [...(this.tables.get(resource)?.keys() ?? [])].sort();
      this.sortedKeys.set(resource, keys);
    }
    return keys;
  }

  /** Puts keys in the Go serialisation order. */
  private normalize(obj: KubeObject): KubeObject {
    const out = orderKeys(obj, TOP_LEVEL_ORDER);
    const meta = orderKeys(obj.metadata as Record<string, unknown>, OBJECT_META_ORDER) as KubeObject["metadata"];
    if (meta.labels) meta.labels = sortedMap(meta.labels);
    if (meta.annotations) meta.annotations = sortedMap(meta.annotations);
    out.metadata = meta;
    if (out.data && typeof out.data === "object") out.data = sortedMap(out.data as Record<string, unknown>);
    return out;
  }

  private commit(resource: string, type: ChangeType, obj: KubeObject, old?: KubeObject): KubeObject {
    this.rv++;
    const stored = deepFreeze(this.normalize({ ...obj, metadata: { ...obj.metadata, resourceVersion: String(this.rv) } }));
    const key = objKey(stored.metadata.namespace ?? "", stored.metadata.name ?? "");
    const table = this.table(resource);
    if (!table.has(key)) {
      const keys = this.sortedKeys.get(resource);
      if (keys) keys.splice(insertionIndex(keys, key), 0, key);
    }
    table.set(key, stored);
    this.emit({ resource, type, object: stored, old });
    return stored;
  }

  private remove(resource: string, stored: KubeObject): KubeObject {
    this.rv++;
    const key = objKey(stored.metadata.namespace ?? "", stored.metadata.name ?? "");
    this.tables.get(resource)?.delete(key);
    const keys = this.sortedKeys.get(resource);
    if (keys) {
      const i = insertionIndex(keys, key);
      if (keys[i] === key) keys.splice(i, 1);
    }
    // The watch cache reports a deletion with the deletion's resourceVersion.
    const last = deepFreeze({ ...stored, metadata: { ...stored.metadata, resourceVersion: String(this.rv) } });
    this.emit({ resource, type: "DELETED", object: last, old: stored });
    return last;
  }

  private emit(change: StoreChange): void {
    this.hub.record({ rv: this.rv, resource: change.resource, type: change.type, object: change.object, old: change.old });
    for (const l of [...this.commitListeners]) l(change);
  }

  /** Runs a write; the outermost one announces the end of its batch (controllers react there). */
  private batch<T>(fn: () => T): T {
    this.depth++;
    try {
      return fn();
    } finally {
      this.depth--;
      if (this.depth === 0) for (const l of [...this.batchListeners]) l();
    }
  }

  private matcher(r: Resolved, labelSelector?: string, fieldSelector?: string): (obj: KubeObject) => boolean {
    let labels: ReturnType<typeof parseLabelSelector> | undefined;
    try {
      labels = labelSelector ? parseLabelSelector(labelSelector) : undefined;
    } catch (e) {
      if (e instanceof SelectorParseError) throw newBadRequest(e.message);
      throw e;
    }
    const fields = fieldSelector ? parseFieldSelector(fieldSelector, r.storage) : undefined;
    return (obj) => (!labels || matchesLabels(labels, obj.metadata.labels)) && (!fields || matchesFields(fields, r.storage, obj));
  }
}
