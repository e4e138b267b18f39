/**
 * Everything a resource handler needs about one request, resolved once by handle-kube-request.ts.
 */
import type { Cluster } from "@/server/cluster/contracts";
import type { ServedResource } from "@/server/cluster/kinds/registry";
import type { ResourceRequestInfo } from "./request-info";
import type { KubeRequest } from "./types";

export interface RequestContext {
  cluster: Cluster;
  req: KubeRequest;
  info: ResourceRequestInfo;
  resource: ServedResource;
  /** The key the store is called with ("pods", "deployments.apps", "events.events.k8s.io"). */
  key: string;
  /** Indented JSON for curl/wget/browsers. */
  pretty: boolean;
}

/** `dryRun=All` from the query (apiserver accepts only "All"). */
export function isDryRun(query: URLSearchParams): boolean {
  return query.getAll("dryRun").includes("All");
}

/** The write options every write handler passes to the store. */
export function writeOptions(ctx: RequestContext): { dryRun?: boolean; fieldManager?: string } {
  const opts: { dryRun?: boolean; fieldManager?: string } = {};
  if (isDryRun(ctx.req.query)) opts.dryRun = true;
  const manager = ctx.req.query.get("fieldManager");
  if (manager) opts.fieldManager = manager;
  return opts;
}

/** The object's group/resource for Status details: `{group:"apps", kind:"deployments"}`. */
export function detailsOf(ctx: RequestContext, name: string, uid?: string): Record<string, unknown> {
  const d: Record<string, unknown> = { name };
  if (ctx.resource.group) d.group = ctx.resource.group;
  d.kind = ctx.resource.resource;
  if (uid) d.uid = uid;
  return d;
}
