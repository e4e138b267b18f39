/**
 * `kubectl wait` (kubectl/pkg/cmd/wait/wait.go): --for=delete or --for=condition=NAME[=VALUE], for each
 * object a list by name then a watch until the condition holds; `condition met` / `deleted`, or
 * `timed out waiting for the condition on <resource>/<name>` after --timeout (30s by default).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { withQuery } from "../client";
import type { Command, CommandContext } from "../command";
import { formatError, KubectlError } from "../errors";
import { parseGoDuration } from "../flags";
import { resourcePath } from "../rest-mapper";
import { JSON_ACCEPT } from "../transport";
import { startTimeout } from "./rollout-status";
import { refName, resolveTargets, type Target } from "./targets";

type Check = (obj: any | undefined) => boolean;

function parseFor(spec: string): { check: Check; verb: string; deletion: boolean } {
  if (spec.toLowerCase() === "delete") return { check: (o) => !o, verb: "deleted", deletion: true };
  if (spec.toLowerCase().startsWith("condition=")) {
    const rest = spec.slice("condition=".length);
    const [cond, value = "true"] = rest.split("=");
    return {
      check: (o) => !!o && (o.status?.conditions ?? []).some((c: any) => String(c.type).toLowerCase() === cond.toLowerCase() && String(c.status).toLowerCase() === value.toLowerCase()),
      verb: "condition met",
      deletion: false,
    };
  }
  throw new KubectlError(`unrecognized condition: "${spec}"`);
}

async function waitOne(ctx: CommandContext, t: Target, check: Check, signal: AbortSignal): Promise<boolean> {
  const api = ctx.api();
  const fieldSelector = `metadata.name=${t.name}`;
  const list = await api.list(t.mapping, t.namespace || undefined, { fieldSelector }, JSON_ACCEPT);
  if (check(list.items[0])) return true;
  let ok = false;
  const path = withQuery(resourcePath(t.mapping, t.namespace || undefined), { fieldSelector, resourceVersion: list.metadata.resourceVersion, watch: "true" });
  await api.watch(path, JSON_ACCEPT, signal, (ev) => {
    ok = check(ev.type === "DELETED" ? undefined : ev.object);
    return ok;
  });
  return ok;
}

export const waitCommand: Command = {
  name: "wait",
  flags: [
    { name: "for", type: "string", default: "" },
    { name: "timeout", type: "string", default: "30s" },
    { name: "all", type: "bool", default: false },
    { name: "all-namespaces", shorthand: "A", type: "bool", default: false },
    { name: "selector", shorthand: "l", type: "string", default: "" },
    { name: "field-selector", type: "string", default: "" },
    { name: "filename", shorthand: "f", type: "stringSlice", default: [] },
    { name: "recursive", shorthand: "R", type: "bool", default: false },
    { name: "output", shorthand: "o", type: "string", default: "" },
    { name: "local", type: "bool", default: false },
    { name: "allow-missing-template-keys", type: "bool", default: true },
    { name: "template", type: "string", default: "" },
  ],
  async run(ctx) {
    const { flags, io } = ctx;
    const { check, verb, deletion } = parseFor(flags.str("for"));
    const targets = await resolveTargets(ctx, ctx.args, { selector: flags.str("selector"), all: flags.bool("all"), files: flags.list("filename"), allNamespaces: flags.bool("all-namespaces") });
    if (!targets.length) throw new KubectlError("no matching resources found");
    const timeoutMs = parseGoDuration(flags.str("timeout")) ?? 30000;
    let failed = false;
    for (const t of targets) {
      const abort = new AbortController();
      const onUser = () => abort.abort();
      io.signal.addEventListener("abort", onUser, { once: true });
      const stop = startTimeout(ctx, timeoutMs, () => abort.abort());
      try {
        if (!deletion) await ctx.api().get(t.mapping, t.namespace, t.name, JSON_ACCEPT);
        const ok = await waitOne(ctx, t, check, abort.signal);
        if (ok) io.stdout(`${refName(t)} ${verb}\n`);
        else if (io.signal.aborted) return 130;
        else {
          failed = true;
          io.stderr(`error: timed out waiting for the condition on ${t.mapping.resource}/${t.name}\n`);
        }
      } catch (err) {
        failed = true;
        io.stderr(formatError(err));
      } finally {
        stop();
        io.signal.removeEventListener("abort", onUser);
      }
    }
    return failed ? 1 : 0;
  },
};

/** `kubectl top`: the simulated cluster runs no metrics-server. */
export const topCommand: Command = {
  name: "top",
  bareHelpTo: "stderr",
  subcommands: ["pod", "node"].map((name) => ({
    name,
    aliases: name === "pod" ? ["pods", "po"] : ["nodes", "no"],
    flags: [
      ...(name === "pod"
        ? [
            { name: "all-namespaces", shorthand: "A", type: "bool" as const, default: false },
            { name: "containers", type: "bool" as const, default: false },
          ]
        : []),
      { name: "selector", shorthand: "l", type: "string" as const, default: "" },
      { name: "no-headers", type: "bool" as const, default: false },
      { name: "sort-by", type: "string" as const, default: "" },
    ],
    async run(ctx: CommandContext) {
      ctx.api();
      throw new KubectlError("Metrics API not available");
    },
  })),
};
