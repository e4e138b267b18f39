/**
 * Lists and single objects in the reply format the client negotiated: a typed `<Kind>List` whose items
 * carry no kind/apiVersion (the apiserver encodes list items without TypeMeta), or a Table.
 */
import type { ListResult } from "@/server/cluster/contracts";
import type { KubeObject } from "@/server/cluster/types";
import type { Negotiated } from "./negotiation";
import type { RequestContext } from "./request-context";
import { buildTable, type ListMeta } from "./table/build-table";
import { storageKeyOf } from "@/server/cluster/kinds/registry";

/** The list's metadata (metav1.ListMeta in Go field order, empty fields left out). */
export function listMeta(result: Pick<ListResult, "resourceVersion" | "continue" | "remainingItemCount">): ListMeta {
  const meta: ListMeta = {};
  if (result.resourceVersion) meta.resourceVersion = result.resourceVersion;
  if (result.continue) meta.continue = result.continue;
  if (result.remainingItemCount !== undefined && result.remainingItemCount !== null) {
    meta.remainingItemCount = result.remainingItemCount;
  }
  return meta;
}

/** A typed list: `{"kind":"PodList","apiVersion":"v1","metadata":{…},"items":[…]}`. */
export function typedList(ctx: RequestContext, items: KubeObject[], meta: ListMeta): unknown {
  return {
    kind: `${ctx.resource.kind}List`,
    apiVersion: ctx.resource.apiVersion,
    metadata: meta,
    items: items.map(({ kind: _kind, apiVersion: _apiVersion, ...rest }) => rest),
  };
}

/** A Table of `items` with the printer of this resource. */
export function tableOf(ctx: RequestContext, neg: Negotiated, items: KubeObject[], meta: ListMeta, noHeaders = false): unknown {
  return buildTable(items, meta, {
    resourceKey: storageKeyOf(ctx.resource.key),
    includeObject: neg.includeObject,
    apiVersion: neg.table ?? "meta.k8s.io/v1",
    noHeaders,
    now: ctx.cluster.clock.now(),
  });
}

/** metav1.PartialObjectMetadata of one object (the metadata client's view). */
export function partialOf(obj: KubeObject, apiVersion: string): unknown {
  return { kind: "PartialObjectMetadata", apiVersion, metadata: obj.metadata };
}

/** metav1.PartialObjectMetadataList. */
export function partialList(items: KubeObject[], meta: ListMeta, apiVersion: string): unknown {
  return { kind: "PartialObjectMetadataList", apiVersion, metadata: meta, items: items.map((o) => partialOf(o, apiVersion)) };
}
