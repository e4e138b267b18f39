/**
 * What a request names, resolved against the registry, and the conversions at the store's edge:
 * a client's object is copied and checked (kind, namespace) on the way in, and stored objects are
 * copied (and, for the events.k8s.io view, converted) on the way out.
 */
import { newBadRequest, newResourceNotServed } from "../errors/status-error";
import { coreEventToEventsV1, eventsV1ToCoreEvent } from "../kinds/event-conversion";
import { OBJECT_META_ORDER, TOP_LEVEL_ORDER, orderKeys, sortedMap } from "../kinds/field-order";
import { resourceByKey, type ServedResource } from "../kinds/registry";
import type { KubeObject } from "../types";
import { clone } from "./deep-freeze";

export interface Resolved {
  served: ServedResource;
  /** Where the objects live ("events" for events.events.k8s.io). */
  storage: string;
  /** The events.k8s.io view: stored objects are core Events. */
  view: boolean;
}

export function resolveResource(resource: string): Resolved {
  const served = resourceByKey(resource);
  if (!served) throw newResourceNotServed();
  return { served, storage: served.storageKey ?? served.key, view: Boolean(served.storageKey) };
}

export const hasStatusSubresource = (r: Resolved): boolean => r.served.subresources.some((s) => s.name === "status");

/** A stored object in the served representation, uncopied: frozen parts of it are the store's own. */
export function servedView(r: Resolved, obj: KubeObject): KubeObject {
  return r.view ? coreEventToEventsV1(obj) : obj;
}

/** A copy for the caller, in the served representation. */
export function outgoing(r: Resolved, obj: KubeObject): KubeObject {
  return clone(servedView(r, obj));
}

/** A private copy of a client's object with kind, apiVersion and namespace checked and filled. */
export function incoming(r: Resolved, namespace: string, input: KubeObject): KubeObject {
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

/** Puts keys in Go's serialisation order (struct fields declared order, map keys sorted). */
export function normalize(obj: KubeObject): KubeObject {
  const out = orderKeys(obj, TOP_LEVEL_ORDER);
  const meta = orderKeys(obj.metadata as Record<string, unknown>, OBJECT_META_ORDER) as KubeObject["metadata"];
  if (meta.labels) meta.labels = sortedMap(meta.labels);
  if (meta.annotations) meta.annotations = sortedMap(meta.annotations);
  out.metadata = meta;
  if (out.data && typeof out.data === "object") out.data = sortedMap(out.data as Record<string, unknown>);
  return out;
}
