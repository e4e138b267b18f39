/**
 * `kubectl get` (kubectl/pkg/cmd/get/get.go): server-side Tables for the default and wide output,
 * full objects for json/yaml/name/templates, `-w` watches, `No resources found` on stderr.
 */
import type { KubeObject } from "@/server/cluster/types";
import type { Command, CommandContext } from "../command";
import { KubectlError, RawError } from "../errors";
import { loadManifests } from "../manifest";
import { OUTPUT_FLAGS } from "../printers/print-flags";
import { outputPrinter } from "../printers/output-printer";
import { parseResourceArgs, type ResourceSelection } from "../resource-args";
import { printObjects } from "./get-objects";
import { printTables } from "./get-table";
import { watchAndPrint } from "./get-watch";

export const GET_FLAGS = [
  ...OUTPUT_FLAGS,
  { name: "all-namespaces", shorthand: "A", type: "bool" as const, default: false },
  { name: "chunk-size", type: "int" as const, default: 500 },
  { name: "field-selector", type: "string" as const, default: "" },
  { name: "filename", shorthand: "f", type: "stringSlice" as const, default: [] },
  { name: "ignore-not-found", type: "bool" as const, default: false },
  { name: "kustomize", shorthand: "k", type: "string" as const, default: "" },
  { name: "label-columns", shorthand: "L", type: "stringSlice" as const, default: [] },
  { name: "no-headers", type: "bool" as const, default: false },
  { name: "output-watch-events", type: "bool" as const, default: false },
  { name: "raw", type: "string" as const, default: "" },
  { name: "recursive", shorthand: "R", type: "bool" as const, default: false },
  { name: "selector", shorthand: "l", type: "string" as const, default: "" },
  { name: "server-print", type: "bool" as const, default: true },
  { name: "show-kind", type: "bool" as const, default: false },
  { name: "show-labels", type: "bool" as const, default: false },
  { name: "sort-by", type: "string" as const, default: "" },
  { name: "watch", shorthand: "w", type: "bool" as const, default: false },
  { name: "watch-only", type: "bool" as const, default: false },
];

export interface GetOptions {
  ctx: CommandContext;
  selections: ResourceSelection[];
  /** undefined: all namespaces */
  namespace: string | undefined;
  labelSelector: string;
  fieldSelector: string;
  /** several kinds at once: names get a `kind/` prefix */
  withKind: boolean;
}

const NO_TYPE =
  'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n' +
  "error: Required resource not specified.\n" +
  'Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\n' +
  "See 'kubectl get -h' for help and examples\n";

async function run(ctx: CommandContext): Promise<number> {
  const { flags, io } = ctx;
  const files = flags.list("filename");
  if (flags.str("raw")) {
    const res = await ctx.api().send({ method: "GET", path: flags.str("raw"), headers: { Accept: "application/json, */*" } });
    io.stdout(res.body.endsWith("\n") ? res.body : res.body + "\n");
    return 0;
  }
  if (!ctx.args.length && !files.length) throw new RawError(NO_TYPE);
  const printer = await outputPrinter(flags.str("output"), flags.str("template"), io, flags.bool("allow-missing-template-keys"));
  let selections: ResourceSelection[];
  if (files.length) {
    const objs = await loadManifests(files, io, await ctx.restMapper());
    selections = objs.map((o) => ({ mapping: o.mapping, names: [o.object.metadata.name ?? ""] }));
  } else selections = await parseResourceArgs(ctx.args, ctx);
  // with names, -A is ignored and the current namespace used, as the resource builder does
  const allNamespaces = flags.bool("all-namespaces");
  const opts: GetOptions = {
    ctx,
    selections,
    namespace: allNamespaces && !selections.some((s) => s.names.length) ? undefined : ctx.namespace,
    labelSelector: flags.str("selector"),
    fieldSelector: flags.str("field-selector"),
    withKind: flags.bool("show-kind") || selections.length > 1 || ctx.args[0] === "all",
  };
  if (opts.labelSelector && selections.some((s) => s.names.length)) {
    throw new KubectlError("name cannot be provided when a selector is specified");
  }
  if (flags.bool("watch") || flags.bool("watch-only")) {
    if (selections.length > 1) throw new KubectlError("you may only specify a single resource type");
    return watchAndPrint(opts, printer);
  }
  if (printer) return printObjects(opts, printer);
  return printTables(opts);
}

export const getCommand: Command = { name: "get", flags: GET_FLAGS, run };

/** Items of a list response carry no kind/apiVersion on the wire; the client's decoder fills them in. */
export function typedItems(list: { apiVersion?: string; kind?: string; items: KubeObject[] }): KubeObject[] {
  const kind = (list.kind ?? "").replace(/List$/, "");
  return list.items.map((i) => ({ ...i, apiVersion: i.apiVersion ?? list.apiVersion ?? "v1", kind: i.kind ?? kind }));
}

export function noResourcesMessage(opts: GetOptions): string {
  const allNamespaced = opts.namespace !== undefined && opts.selections.every((s) => s.mapping.namespaced);
  return allNamespaced ? `No resources found in ${opts.namespace} namespace.\n` : "No resources found\n";
}
