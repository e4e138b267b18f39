/**
 * The objects of one resource, keyed "namespace/name" (cluster-scoped: "name"), iterated in key
 * order as etcd lists them. The sorted key list is kept up to date incrementally.
 */
import type { KubeObject } from "../types";

export const objectKey = (namespace: string, name: string): string => (namespace ? `${namespace}/${name}` : name);

export const keyOfStored = (obj: KubeObject): string => objectKey(obj.metadata.namespace ?? "", obj.metadata.name ?? "");

/** Binary search: where `key` is or would go in the sorted `keys`. */
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

export class ObjectTable {
  private readonly objects = new Map<string, KubeObject>();
  private sorted: string[] | undefined;

  get size(): number {
    return this.objects.size;
  }

  get(key: string): KubeObject | undefined {
    return this.objects.get(key);
  }

  set(key: string, obj: KubeObject): void {
    if (!this.objects.has(key) && this.sorted) this.sorted.splice(insertionIndex(this.sorted, key), 0, key);
    this.objects.set(key, obj);
  }

  delete(key: string): void {
    if (!this.objects.delete(key) || !this.sorted) return;
    const i = insertionIndex(this.sorted, key);
    if (this.sorted[i] === key) this.sorted.splice(i, 1);
  }

  /** Keys in order. Do not modify the returned array. */
  keys(): readonly string[] {
    this.sorted ??= [...this.objects.keys()].sort();
    return this.sorted;
  }

  values(): IterableIterator<KubeObject> {
    return this.objects.values();
  }
}
