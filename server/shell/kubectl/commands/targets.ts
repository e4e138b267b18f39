/**
 * The objects a mutating command acts on (resource builder semantics shared by label, annotate,
 * delete, scale, set, rollout, patch, wait): `TYPE NAME...`, `TYPE/NAME...`, `TYPE -l selector`,
 * `TYPE --all`, `-f FILE`.
 */
import type { KubeObject } from "@/server/cluster/types";
import type { CommandContext } from "../command";
import { KubectlError } from "../errors";
import { loadManifests } from "../manifest";
import { parseResourceArgs } from "../resource-args";
import { kindPrefix, type Mapping } from "../rest-mapper";
import { JSON_ACCEPT } from "../transport";

export interface Target {
  mapping: Mapping;
  namespace: string;
  name: string;
  /** The object when the builder already fetched it (lists). */
  object?: KubeObject;
}

export const NO_RESOURCES =
  "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

/** `deployment.apps/x` */
export function refName(t: { mapping: Mapping; name: string }): string {
  return `${kindPrefix(t.mapping)}/${t.name}`;
}

export interface TargetOptions {
  selector?: string;
  all?: boolean;
  files?: string[];
  /** Require at least one name/selector/--all (delete, label). */
  requireSelection?: boolean;
  /** -A: lists span every namespace. */
  allNamespaces?: boolean;
}

/** Resolves arguments into targets; lists (selector, --all) are fetched with Accept application/json. */
export async function resolveTargets(ctx: CommandContext, args: string[], opts: TargetOptions = {}): Promise<Target[]> {
  if (opts.files?.length) {
    const objs = await loadManifests(opts.files, ctx.io, await ctx.restMapper());
    return objs.map((o) => ({
      mapping: o.mapping,
      namespace: o.mapping.namespaced ? (o.object.metadata.namespace ?? ctx.namespace) : "",
      name: o.object.metadata.name ?? "",
    }));
  }
  if (!args.length) throw new KubectlError(NO_RESOURCES);
  const selections = await parseResourceArgs(args, ctx);
  const out: Target[] = [];
  for (const sel of selections) {
    const ns = sel.mapping.namespaced ? ctx.namespace : "";
    if (sel.names.length) {
      if (opts.selector) throw new KubectlError("name cannot be provided when a selector is specified");
      for (const name of sel.names) out.push({ mapping: sel.mapping, namespace: ns, name });
      continue;
    }
    if (!opts.selector && !opts.all && opts.requireSelection) {
      throw new KubectlError(`resource(s) were provided, but no name was specified`);
    }
    const listNs = opts.allNamespaces ? undefined : ns || undefined;
    const list = await ctx.api().list(sel.mapping, listNs, { labelSelector: opts.selector || undefined }, JSON_ACCEPT);
    for (const item of list.items) {
      out.push({ mapping: sel.mapping, namespace: sel.mapping.namespaced ? (item.metadata.namespace ?? ns) : "", name: item.metadata.name ?? "", object: item });
    }
  }
  return out;
}
