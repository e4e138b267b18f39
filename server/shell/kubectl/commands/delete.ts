/**
 * `kubectl delete` (kubectl/pkg/cmd/delete/delete.go): DELETE each object with propagationPolicy
 * Background, print `kind "name" deleted` at once, then wait (--wait) until every deleted object is
 * gone: a list by name and, if it is still there, a watch until DELETED.
 */
import { withQuery } from "../client";
import type { Command, CommandContext } from "../command";
import { formatError, isNotFound, KubectlError } from "../errors";
import { parseGoDuration } from "../flags";
import { kindPrefix, resourcePath } from "../rest-mapper";
import { JSON_ACCEPT } from "../transport";
import { startTimeout } from "./rollout-status";
import { NO_RESOURCES, resolveTargets, type Target } from "./targets";

async function waitForDeletion(ctx: CommandContext, t: Target, uid: string | undefined, signal: AbortSignal): Promise<void> {
  const api = ctx.api();
  const fieldSelector = `metadata.name=${t.name}`;
  const list = await api.list(t.mapping, t.namespace || undefined, { fieldSelector });
  const still = list.items.find((i) => !uid || i.metadata.uid === uid);
  if (!still) return;
  const path = withQuery(resourcePath(t.mapping, t.namespace || undefined), { fieldSelector, resourceVersion: list.metadata.resourceVersion, watch: "true" });
  await api.watch(path, JSON_ACCEPT, signal, (ev) => ev.type === "DELETED" && (!uid || ev.object.metadata.uid === uid));
}

async function run(ctx: CommandContext): Promise<number> {
  const { flags, io } = ctx;
  const files = flags.list("filename");
  const selector = flags.str("selector");
  const all = flags.bool("all");
  if (!ctx.args.length && !files.length) throw new KubectlError(NO_RESOURCES);
  if (ctx.args.length === 1 && !ctx.args[0].includes("/") && !selector && !all && !files.length) {
    throw new KubectlError(`resource(s) were provided, but no name, label selector, or --all flag specified`);
  }
  let grace = flags.int("grace-period", -1);
  if (flags.bool("now")) grace = 1;
  if (flags.bool("force")) {
    io.stderr("warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n");
    if (grace < 0) grace = 0;
  }
  const targets = await resolveTargets(ctx, ctx.args, { selector, all, files, allNamespaces: flags.bool("all-namespaces") });
  if (!targets.length) {
    // delete.go RunDelete: `fmt.Fprintf(o.Out, "No resources found\n")` (stdout, unlike get's)
    if (!flags.bool("ignore-not-found")) io.stdout("No resources found\n");
    return 0;
  }
  const api = ctx.api();
  const deleted: { t: Target; uid?: string }[] = [];
  let failed = false;
  for (const t of targets) {
    try {
      const body: Record<string, unknown> = {};
      if (grace >= 0) body.gracePeriodSeconds = grace;
      body.propagationPolicy = flags.str("cascade") === "orphan" || flags.str("cascade") === "false" ? "Orphan" : flags.str("cascade") === "foreground" ? "Foreground" : "Background";
      if (flags.str("dry-run") !== "none" && flags.str("dry-run") !== "") {
        io.stdout(`${t.mapping.group ? `${t.mapping.kind.toLowerCase()}.${t.mapping.group}` : t.mapping.kind.toLowerCase()} "${t.name}" deleted (dry run)\n`);
        continue;
      }
      const res = await api.delete(t.mapping, t.namespace, t.name, body);
      const uid = res.kind === "Status" ? (res as unknown as { details?: { uid?: string } }).details?.uid : res.metadata?.uid;
      io.stdout(flags.str("output") === "name" ? `${kindPrefix(t.mapping)}/${t.name}\n` : `${kindPrefix(t.mapping)} "${t.name}" deleted\n`);
      deleted.push({ t, uid });
    } catch (err) {
      if (isNotFound(err) && flags.bool("ignore-not-found")) continue;
      failed = true;
      io.stderr(formatError(err));
    }
  }
  if (flags.bool("wait") && grace !== 0) {
    const abort = new AbortController();
    const onUser = () => abort.abort();
    io.signal.addEventListener("abort", onUser, { once: true });
    let timedOut = false;
    const stop = startTimeout(ctx, parseGoDuration(flags.str("timeout")) ?? 0, () => {
      timedOut = true;
      abort.abort();
    });
    try {
      for (const d of deleted) await waitForDeletion(ctx, d.t, d.uid, abort.signal);
    } finally {
      stop();
      io.signal.removeEventListener("abort", onUser);
    }
    if (timedOut) throw new KubectlError("timed out waiting for the condition");
    if (io.signal.aborted) return 130;
  }
  return failed ? 1 : 0;
}

export const deleteCommand: Command = {
  name: "delete",
  flags: [
    { name: "all", type: "bool", default: false },
    { name: "all-namespaces", shorthand: "A", type: "bool", default: false },
    { name: "selector", shorthand: "l", type: "string", default: "" },
    { name: "field-selector", type: "string", default: "" },
    { name: "filename", shorthand: "f", type: "stringSlice", default: [] },
    { name: "recursive", shorthand: "R", type: "bool", default: false },
    { name: "kustomize", shorthand: "k", type: "string", default: "" },
    { name: "grace-period", type: "int", default: -1 },
    { name: "now", type: "bool", default: false },
    { name: "force", type: "bool", default: false },
    { name: "wait", type: "bool", default: true },
    { name: "timeout", type: "string", default: "0s" },
    { name: "ignore-not-found", type: "bool", default: false },
    { name: "cascade", type: "string", default: "background", noOptDefault: "background" },
    { name: "output", shorthand: "o", type: "string", default: "" },
    { name: "dry-run", type: "string", default: "none", noOptDefault: "unchanged" },
    { name: "raw", type: "string", default: "" },
  ],
  run,
};
