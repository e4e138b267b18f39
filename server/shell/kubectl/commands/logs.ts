/**
 * `kubectl logs` (kubectl/pkg/cmd/logs/logs.go): GET the pod, pick the container (the only one, -c,
 * or the `kubectl.kubernetes.io/default-container` annotation), then GET .../log with the options as
 * query parameters; -f streams until Ctrl-C or the container ends. `-l` prints the logs of each match.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from "@/server/cluster/types";
import { withQuery, type Query } from "../client";
import type { Command, CommandContext } from "../command";
import { helpHintError, KubectlError, RawError } from "../errors";
import { parseGoDuration } from "../flags";
import { findMapping, resourcePath, type Mapping } from "../rest-mapper";
import { ANY_ACCEPT } from "../transport";
import { toApiError } from "../client";
import { attachablePod } from "./pod-selection";

function containersOf(pod: any, ctx: CommandContext): string[] {
  if (ctx.flags.bool("all-containers")) return [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])].map((c: any) => c.name);
  const wanted = ctx.flags.str("container");
  if (wanted) {
    // logsforobject.go checks the name against the pod's containers before asking the server
    const all = ["initContainers", "containers", "ephemeralContainers"].flatMap((k) => (pod.spec?.[k] ?? []).map((c: any) => c.name));
    if (!all.includes(wanted)) throw new KubectlError(`container ${wanted} is not valid for pod ${pod.metadata.name}`);
    return [wanted];
  }
  const names = (pod.spec?.containers ?? []).map((c: any) => c.name);
  // With one container kubectl leaves `container` out of the request and the server picks it.
  if (names.length === 1) return [""];
  const def = pod.metadata.annotations?.["kubectl.kubernetes.io/default-container"];
  if (def) return [def];
  const inits = (pod.spec?.initContainers ?? []).map((c: any) => c.name);
  throw new KubectlError(
    `a container name must be specified for pod ${pod.metadata.name}, choose one of: [${names.join(" ")}]${inits.length ? ` or one of the init containers: [${inits.join(" ")}]` : ""}`,
  );
}

async function printLogs(ctx: CommandContext, pod: KubeObject, container: string, prefix: boolean): Promise<void> {
  const { flags, io } = ctx;
  const q: Query = { container: container || undefined };
  if (flags.bool("follow")) q.follow = "true";
  if (flags.bool("previous")) q.previous = "true";
  const tail = flags.int("tail", -1);
  if (tail >= 0) q.tailLines = tail;
  else if (flags.str("selector")) q.tailLines = 10;
  if (flags.bool("timestamps")) q.timestamps = "true";
  const since = parseGoDuration(flags.str("since")) ?? 0;
  if (since > 0) q.sinceSeconds = Math.ceil(since / 1000);
  if (flags.str("since-time")) {
    if (since > 0) throw new KubectlError("at most one of `sinceTime` or `sinceSeconds` may be specified");
    q.sinceTime = flags.str("since-time");
  }
  if (flags.int("limit-bytes", 0) > 0) q.limitBytes = flags.int("limit-bytes");
  const path = withQuery(resourcePath(findMapping("pods") as Mapping, pod.metadata.namespace, pod.metadata.name, "log"), q);
  const shown = container || (pod.spec?.containers?.[0]?.name ?? "");
  const tag = prefix ? `[pod/${pod.metadata.name}/${shown}] ` : "";
  const emit = (text: string) => io.stdout(tag ? text.replace(/^(?=.)/gm, tag) : text);
  const transport = ctx.api().transport;
  if (flags.bool("follow")) {
    const res = await transport.stream({ method: "GET", path, headers: { Accept: ANY_ACCEPT } }, emit, io.signal);
    if (res.status < 200 || res.status > 299) throw toApiError(res);
    return;
  }
  const res = await transport.request({ method: "GET", path, headers: { Accept: ANY_ACCEPT } });
  if (res.status < 200 || res.status > 299) throw toApiError(res);
  emit(res.body);
}

async function run(ctx: CommandContext): Promise<number> {
  const { flags, io } = ctx;
  const selector = flags.str("selector");
  if (selector) {
    if (ctx.args.length) throw helpHintError("only one of -l or POD/TYPE/NAME may be specified", ctx.commandPath);
    const list = await ctx.api().list(findMapping("pods") as Mapping, ctx.namespace, { labelSelector: selector }, ANY_ACCEPT);
    if (!list.items.length) {
      io.stderr(`No resources found in ${ctx.namespace} namespace.\n`);
      return 0;
    }
    for (const pod of list.items) for (const c of containersOf(pod, ctx)) await printLogs(ctx, pod, c, flags.bool("prefix"));
    return 0;
  }
  if (ctx.args.length < 1 || ctx.args.length > 2) {
    throw new RawError(
      "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n",
    );
  }
  if (ctx.args.length === 2) {
    if (flags.str("container")) throw helpHintError("only one of -c or an inline [CONTAINER] arg is allowed", ctx.commandPath);
    flags.parsed.values.set("container", ctx.args[1]);
  }
  const { pod, count } = await attachablePod(ctx, ctx.args[0]);
  if (count > 1) io.stderr(`Found ${count} pods, using pod/${pod.metadata.name}\n`);
  for (const c of containersOf(pod, ctx)) await printLogs(ctx, pod, c, flags.bool("prefix"));
  return io.signal.aborted ? 130 : 0;
}

export const logsCommand: Command = {
  name: "logs",
  flags: [
    { name: "follow", shorthand: "f", type: "bool", default: false },
    { name: "previous", shorthand: "p", type: "bool", default: false },
    { name: "container", shorthand: "c", type: "string", default: "" },
    { name: "tail", type: "int", default: -1 },
    { name: "since", type: "string", default: "0s" },
    { name: "since-time", type: "string", default: "" },
    { name: "timestamps", type: "bool", default: false },
    { name: "selector", shorthand: "l", type: "string", default: "" },
    { name: "all-containers", type: "bool", default: false },
    { name: "prefix", type: "bool", default: false },
    { name: "limit-bytes", type: "int", default: 0 },
    { name: "max-log-requests", type: "int", default: 5 },
    { name: "ignore-errors", type: "bool", default: false },
    { name: "insecure-skip-tls-verify-backend", type: "bool", default: false },
    { name: "pod-running-timeout", type: "string", default: "20s" },
  ],
  run,
};
