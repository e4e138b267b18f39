/**
 * What every create-like command does last (create, run, expose, apply): honour --dry-run, send the
 * POST, and print `kind.group/name <verb>` or the object in the -o format.
 */
import type { KubeObject } from "@/server/cluster/types";
import type { CommandContext } from "../command";
import { ApiError, KubectlError } from "../errors";
import type { FlagSpec } from "../flags";
import { outputPrinter } from "../printers/output-printer";
import { OUTPUT_FLAGS } from "../printers/print-flags";
import { kindPrefix, type Mapping } from "../rest-mapper";
import { withQuery } from "../client";
import { resourcePath } from "../rest-mapper";
import { ANY_ACCEPT } from "../transport";

export const CREATE_FLAGS: FlagSpec[] = [
  ...OUTPUT_FLAGS,
  { name: "dry-run", type: "string", default: "none", noOptDefault: "unchanged" },
  { name: "save-config", type: "bool", default: false },
  { name: "validate", type: "bool", default: true },
];

export type DryRun = "none" | "client" | "server";

/** cmdutil.GetDryRunStrategy, including the deprecated bare `--dry-run`. */
export function dryRunStrategy(ctx: CommandContext): DryRun {
  const v = ctx.flags.str("dry-run");
  if (v === "" || v === "none" || v === "false") return "none";
  if (v === "client" || v === "true" || v === "unchanged") {
    if (v !== "client") ctx.io.stderr("W1127 00:00:00.000000       1 helpers.go:553] --dry-run is deprecated and can be replaced with --dry-run=client.\n");
    return "client";
  }
  if (v === "server") return "server";
  throw new KubectlError(`Invalid dry-run value (${v}). Must be "none", "server", or "client".`);
}

/** Prints the result of a create-like operation. */
export async function report(ctx: CommandContext, mapping: Mapping, obj: KubeObject | Record<string, unknown>, verb: string, dry: DryRun): Promise<void> {
  const printer = await outputPrinter(ctx.flags.str("output"), ctx.flags.str("template"), ctx.io, ctx.flags.bool("allow-missing-template-keys"));
  const name = (obj as KubeObject).metadata?.name ?? "";
  if (printer && ctx.flags.str("output") !== "name") {
    ctx.io.stdout(printer(obj as Record<string, unknown>));
    return;
  }
  const suffix = dry === "client" ? " (dry run)" : dry === "server" ? " (server dry run)" : "";
  if (ctx.flags.str("output") === "name") ctx.io.stdout(`${kindPrefix(mapping)}/${name}\n`);
  else ctx.io.stdout(`${kindPrefix(mapping)}/${name} ${verb}${suffix}\n`);
}

/**
 * POSTs `obj` (unless client dry-run) and reports it. `failure` wraps API errors the way the create
 * subcommands do (`failed to create deployment: ...`).
 */
export async function createObject(
  ctx: CommandContext,
  mapping: Mapping,
  obj: Record<string, unknown>,
  fieldManager: string,
  failure?: string,
  verb = "created",
): Promise<number> {
  const dry = dryRunStrategy(ctx);
  if (dry === "client") {
    if (mapping.namespaced && ctx.explicitNamespace) (obj.metadata as Record<string, unknown>).namespace = ctx.namespace;
    await report(ctx, mapping, obj, verb, dry);
    return 0;
  }
  const ns = mapping.namespaced ? ctx.namespace : "";
  let created: KubeObject;
  try {
    created = await ctx
      .api()
      .writeJSON("POST", withQuery(resourcePath(mapping, ns), { dryRun: dry === "server" ? "All" : undefined, fieldManager }), obj, "application/json", ANY_ACCEPT);
  } catch (err) {
    if (failure && err instanceof ApiError) throw new KubectlError(`${failure}: ${err.message}`);
    throw err;
  }
  await report(ctx, mapping, created, verb, dry);
  return 0;
}
