/**
 * The in-memory ObjectStore of one cluster (the etcd + generic registry part of an API server):
 * one resourceVersion counter, uids, generations, creation timestamps from the Clock, generateName,
 * optimistic concurrency, selectors, paging, watches and graceful/finalized deletion. Per-kind rules
 * live in kinds/ strategies. Stored objects are deep-frozen; callers always get copies.
 */
import { randomUUID } from "node:crypto";
import type { Clock } from "../clock";
import type { DeleteOptions, ListOptions, ListResult, ObjectStore, WatchOptions, Watcher, WriteOptions } from "../contracts";
import { newAlreadyExists, newBadRequest, newConflict, newInvalid, newMethodNotSupported, newNotFound } from "../errors/status-error";
import { coreEventToEventsV1 } from "../kinds/event-conversion";
import { POD_SPEC_ORDER, orderKeys } from "../kinds/field-order";
import { validateObjectMeta, validateObjectMetaUpdate } from "../kinds/meta-validation";
import { admitNamespaceDelete } from "../kinds/namespace-strategy";
import { validateSubdomainName } from "../kinds/name-validation";
import { semanticEqual } from "../kinds/semantic-equal";
import { strategyFor } from "../kinds/strategies";
import type { StrategyContext } from "../kinds/strategy";
import { formatTime } from "../runtime/time-format";
import type { KubeObject, WatchEvent } from "../types";
import { encodeContinue, decodeContinue } from "./continue-token";
import { clone, deepFreeze } from "./deep-freeze";
import { planDeletion, shouldRemoveAfterUpdate } from "./deletion-plan";
import { eventLastSeen, pruneEvents } from "./event-pruning";
import { generateName } from "./generate-name";
import { DEFAULT_LIMITS, type ClusterLimits } from "./limits";
import { selectorMatcher } from "./object-matcher";
import { ObjectTable, keyOfStored, objectKey } from "./object-table";
import { hasStatusSubresource, incoming, normalize, outgoing, resolveResource, servedView, type Resolved } from "./resolved-resource";
import { admitCount, admitNamespace } from "./store-admission";
import type { ChangeType, StoreChange, StoreHooks, StoreLister } from "./store-hooks";
import { shareUnchanged } from "./structural-sharing";
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

export class MemoryObjectStore implements ObjectStore, StoreHooks, StoreLister {
  readonly clock: Clock;
  readonly limits: ClusterLimits;
  private rv = 0;
  private readonly tables = new Map<string, ObjectTable>();
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
    return this.tables.get(resource)?.get(objectKey(namespace, name));
  }

  scan(resource: string, namespace?: string): KubeObject[] {
    const table = this.tables.get(resource);
    if (!table) return [];
    const out: KubeObject[] = [];
    for (const key of table.keys()) {
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
    for (const { resource, object } of entries) this.table(resource).set(keyOfStored(object), deepFreeze(clone(object)));
    this.rv = resourceVersion;
    this.hub.reset(resourceVersion);
  }

  currentResourceVersion(): string {
    return String(this.rv);
  }

  // ---- reads ------------------------------------------------------------------------------

  get(resource: string, namespace: string, name: string): KubeObject {
    const r = resolveResource(resource);
    const obj = this.peek(r.storage, r.served.namespaced ? namespace : "", name);
    if (!obj || this.expired(r, obj)) throw newNotFound(r.served.key, name);
    return outgoing(r, obj);
  }

  /**
   * Events live `eventTtlSeconds` (etcd leases upstream). Without a timer per event, expired ones are
   * hidden from reads and removed by the next event write or load (event-pruning.ts).
   */
  private expired(r: Resolved, obj: KubeObject): boolean {
    return r.storage === "events" && eventLastSeen(obj) < this.clock.now() - this.limits.eventTtlSeconds * 1000;
  }

  list(resource: string, namespace: string | undefined, opts: ListOptions = {}): ListResult {
    const r = resolveResource(resource);
    const matches = selectorMatcher(r.storage, opts.labelSelector, opts.fieldSelector);
    const table = this.table(r.storage);
    let keys = table.keys();
    const ns = r.served.namespaced ? namespace || undefined : undefined;
    if (opts.continue) {
      const { after } = decodeContinue(opts.continue);
      keys = keys.filter((k) => k > after);
    }
    const items: KubeObject[] = [];
    let next: string | undefined;
    let remaining = 0;
    for (const key of keys) {
      const obj = table.get(key)!;
      if (ns && obj.metadata.namespace !== ns) continue;
      if (!matches(obj) || this.expired(r, obj)) continue;
      if (opts.limit && opts.limit > 0 && items.length >= opts.limit) {
        remaining++;
        continue;
      }
      items.push(opts.shared ? servedView(r, obj) : outgoing(r, obj));
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
    const r = resolveResource(resource);
    const matches = selectorMatcher(r.storage, opts.labelSelector, opts.fieldSelector);
    const ns = r.served.namespaced ? namespace || undefined : undefined;
    const from = parseResourceVersion(opts.resourceVersion);
    const initial = from === undefined ? this.scan(r.storage, ns).filter((o) => matches(o) && !this.expired(r, o)) : [];
    const view = r.view ? coreEventToEventsV1 : undefined;
    return this.hub.watch({ resource: r.storage, namespace: ns, matches, view, shared: opts.shared }, from, initial, onEvent);
  }

  // ---- writes -----------------------------------------------------------------------------

  create(resource: string, namespace: string, input: KubeObject, opts: WriteOptions = {}): KubeObject {
    return this.batch(() => {
      const r = resolveResource(resource);
      const obj = incoming(r, namespace, input);
      const strategy = strategyFor(r.storage);
      const ctx = this.strategyContext(r.storage);
      if (obj.metadata.resourceVersion) throw newBadRequest("resourceVersion should not be set on objects to be created");
      const ns = obj.metadata.namespace ?? "";
      if (r.served.namespaced) admitNamespace(this, r, ns, obj);
      admitCount(this.tables.get(r.storage)?.size ?? 0, this.limits, r, obj);
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
      if (opts.dryRun) return outgoing(r, normalize(obj));
      if (r.storage === "events") pruneEvents(this, obj, this.limits, this.clock.now());
      return outgoing(r, this.commit(r.storage, "ADDED", obj));
    });
  }

  update(resource: string, input: KubeObject, opts: WriteOptions = {}): KubeObject {
    return this.batch(() => {
      const r = resolveResource(resource);
      const obj = incoming(r, input.metadata?.namespace ?? "", input);
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
      if (hasStatusSubresource(r)) obj.status = clone(old.status);
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
      const r = resolveResource(resource);
      if (!hasStatusSubresource(r)) throw newMethodNotSupported(r.served.key, "update status");
      const obj = incoming(r, input.metadata?.namespace ?? "", input);
      const old = this.existing(r, obj);
      // The stored spec is frozen and nothing below changes it: committing it as is shares it with the new version.
      const next: KubeObject = { ...obj, spec: old.spec };
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
      const r = resolveResource("namespaces");
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
      const r = resolveResource("pods");
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
      return outgoing(r, this.commit("pods", "MODIFIED", next, old));
    });
  }

  delete(resource: string, namespace: string, name: string, opts: DeleteOptions = {}): { object: KubeObject; finished: boolean } {
    return this.batch(() => {
      const r = resolveResource(resource);
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
      if (plan.action === "pending") return { object: outgoing(r, stored), finished: false };
      if (opts.dryRun) return { object: outgoing(r, plan.action === "mark" ? plan.object : stored), finished: plan.action === "remove" };
      if (plan.action === "mark") return { object: outgoing(r, this.commit(r.storage, "MODIFIED", plan.object, stored)), finished: false };
      return { object: outgoing(r, this.remove(r.storage, stored)), finished: true };
    });
  }

  // ---- internals --------------------------------------------------------------------------




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
    if (semanticEqual(obj, old)) return outgoing(r, old);
    if (opts.dryRun) return outgoing(r, normalize(obj));
    if (shouldRemoveAfterUpdate(obj)) return outgoing(r, this.remove(r.storage, deepFreeze(normalize(obj))));
    return outgoing(r, this.commit(r.storage, "MODIFIED", obj, old));
  }


  private strategyContext(resource: string): StrategyContext {
    return { clock: this.clock, lister: this, limits: this.limits, resource };
  }



  private freeName(resource: string, ns: string, base: string): string {
    for (let i = 0; i < 8; i++) {
      const name = generateName(base);
      if (!this.peek(resource, ns, name)) return name;
    }
    return generateName(base);
  }

  private table(resource: string): ObjectTable {
    let t = this.tables.get(resource);
    if (!t) this.tables.set(resource, (t = new ObjectTable()));
    return t;
  }



  private commit(resource: string, type: ChangeType, obj: KubeObject, old?: KubeObject): KubeObject {
    this.rv++;
    const next = normalize({ ...obj, metadata: { ...obj.metadata, resourceVersion: String(this.rv) } });
    const stored = deepFreeze(old ? shareUnchanged(next, old) : next);
    this.table(resource).set(keyOfStored(stored), stored);
    this.emit({ resource, type, object: stored, old });
    return stored;
  }

  private remove(resource: string, stored: KubeObject): KubeObject {
    this.rv++;
    this.tables.get(resource)?.delete(keyOfStored(stored));
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

}
