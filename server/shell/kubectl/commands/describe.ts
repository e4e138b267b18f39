/**
 * `kubectl describe` (kubectl/pkg/cmd/describe/describe.go): resolve the objects (GET per name or a
 * list), run the kind's describer on each, `\n\n` between objects; for `describe TYPE PREFIX` that
 * finds nothing, every object whose name starts with PREFIX (DescribeMatchingResources).
 */
import type { KubeObject } from "@/server/cluster/types";
import { withQuery } from "../client";
import type { Command, CommandContext } from "../command";
import { describerFor } from "../describe";
import { formatError, isNotFound, KubectlError } from "../errors";
import { loadManifests } from "../manifest";
import { parseResourceArgs, type ResourceSelection } from "../resource-args";
import { resourcePath, type Mapping } from "../rest-mapper";
import { JSON_ACCEPT } from "../transport";

interface Info {
  mapping: Mapping;
  namespace: string;
  name: string;
}

async function describeOne(ctx: CommandContext, info: Info): Promise<string> {
  return describerFor(info.mapping)({ api: ctx.api(), nowMs: ctx.io.clock.now(), mapping: info.mapping }, info.namespace, info.name);
}

async function describeMatching(ctx: CommandContext, sel: ResourceSelection, prefix: string, original: unknown): Promise<number> {
  const list = await ctx.api().list(sel.mapping, sel.mapping.namespaced ? ctx.namespace : undefined, {}, JSON_ACCEPT);
  let found = false;
  for (const item of list.items) {
    if (!(item.metadata.name ?? "").startsWith(prefix)) continue;
    found = true;
    const s = await describeOne(ctx, { mapping: sel.mapping, namespace: item.metadata.namespace ?? "", name: item.metadata.name ?? "" });
    ctx.io.stdout(s + "\n");
  }
  if (!found) throw original;
  return 0;
}

async function run(ctx: CommandContext): Promise<number> {
  const { flags, io } = ctx;
  const files = flags.list("filename");
  if (!ctx.args.length && !files.length) {
    throw new KubectlError('You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.');
  }
  const allNamespaces = flags.bool("all-namespaces");
  const selections: ResourceSelection[] = files.length
    ? (await loadManifests(files, io, await ctx.restMapper())).map((o) => ({ mapping: o.mapping, names: [o.object.metadata.name ?? ""] }))
    : await parseResourceArgs(ctx.args, ctx);
  const api = ctx.api();
  const infos: Info[] = [];
  const errors: unknown[] = [];
  for (const sel of selections) {
    const ns = sel.mapping.namespaced ? ctx.namespace : "";
    if (sel.names.length) {
      for (const name of sel.names) {
        try {
          await api.get(sel.mapping, ns, name, JSON_ACCEPT);
          infos.push({ mapping: sel.mapping, namespace: ns, name });
        } catch (err) {
          if (isNotFound(err) && ctx.args.length === 2 && !ctx.args[0].includes("/")) return describeMatching(ctx, sel, name, err);
          errors.push(err);
        }
      }
      continue;
    }
    const listNs = sel.mapping.namespaced && !allNamespaces ? ctx.namespace : undefined;
    const list = await api.getJSON<{ items: KubeObject[] }>(
      withQuery(resourcePath(sel.mapping, listNs), { labelSelector: flags.str("selector") || undefined }),
      JSON_ACCEPT,
    );
    for (const item of list.items) infos.push({ mapping: sel.mapping, namespace: item.metadata.namespace ?? "", name: item.metadata.name ?? "" });
  }
  let first = true;
  for (const info of infos) {
    try {
      const s = await describeOne(ctx, info);
      io.stdout(first ? s : `\n\n${s}`);
      first = false;
    } catch (err) {
      errors.push(err);
    }
  }
  if (!infos.length && !errors.length) {
    io.stderr(allNamespaces ? "No resources found\n" : `No resources found in ${ctx.namespace} namespace.\n`);
  }
  for (const err of errors) io.stderr(formatError(err));
  return errors.length ? 1 : 0;
}

export const describeCommand: Command = {
  name: "describe",
  flags: [
    { name: "all-namespaces", shorthand: "A", type: "bool", default: false },
    { name: "filename", shorthand: "f", type: "stringSlice", default: [] },
    { name: "kustomize", shorthand: "k", type: "string", default: "" },
    { name: "recursive", shorthand: "R", type: "bool", default: false },
    { name: "selector", shorthand: "l", type: "string", default: "" },
    { name: "show-events", type: "bool", default: true },
  ],
  run,
};
