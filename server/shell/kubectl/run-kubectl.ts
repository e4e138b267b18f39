/**
 * Entry point of Podium's simulated kubectl: a port of kubectl v1.20.2's client side (argument
 * parsing, printers, describe, rollout status/undo, error messages) over the in-process API server.
 *
 * The shell calls `runKubectl(argv, io)` with argv *without* the leading "kubectl" and gets the exit
 * code back; everything the command prints goes through `io.stdout` / `io.stderr`. Requests go through
 * `io.transport` (null: no cluster, as with a stopped minikube). Commands that act inside the shell
 * (exec, proxy, port-forward) validate their arguments here and call the matching `io` hook.
 *
 * Behaviour reproduced: kubectl/pkg/cmd/cmd.go (command tree), spf13/cobra (dispatch, errors),
 * kubectl/pkg/cmd/util/helpers.go (CheckErr).
 */
import { ApiClient } from "./client";
import { restMapperFor } from "./discovery-client";
import { findSubcommand, firstNonFlag, suggestionsFor } from "./cobra";
import { GLOBAL_FLAGS, type Command, type CommandContext } from "./command";
import { ROOT_COMMANDS } from "./commands";
import { ConnectionRefusedError, connectionRefusedMessage, formatError, RawError, usageError } from "./errors";
import { FlagError, Flags, parseFlags } from "./flags";
import { helpText } from "./help-text";
import type { KubectlIO } from "./io";
import { DEFAULT_SERVER, kubeconfigServer, serverHost } from "./kubeconfig";

export type { KubectlIO, KubectlClock, ExecRequest, ProxyRequest, PortForwardRequest } from "./io";
export type { KubeTransport, KubeRequest, KubeResponse } from "./transport";

/** Runs one kubectl invocation; resolves to its exit code. Never throws for a user's mistake. */
export async function runKubectl(argv: string[], io: KubectlIO): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (err) {
    if (err instanceof ConnectionRefusedError) {
      // after `minikube stop` the kubeconfig still names the node; after `minikube delete` there is none
      const server = (await kubeconfigServer(io, err.kubeconfigFlag)) ?? DEFAULT_SERVER;
      io.stderr(err.before + connectionRefusedMessage(serverHost(server)));
      return 1;
    }
    io.stderr(formatError(err));
    return err instanceof RawError ? err.exitCode : 1;
  }
}

async function dispatch(argv: string[], io: KubectlIO): Promise<number> {
  const chain: Command[] = [];
  let commands = ROOT_COMMANDS;
  let rest = argv;
  for (;;) {
    const flags = [...GLOBAL_FLAGS, ...(chain.at(-1)?.flags ?? [])];
    const at = firstNonFlag(rest, flags);
    const current = chain.at(-1);
    if (at < 0 || (current && !current.subcommands)) break;
    const word = rest[at];
    const next = findSubcommand(word, commands);
    if (!next) {
      if (!current) return unknownRootCommand(word, io);
      if (!current.run || current.bareHelpTo) {
        const path = ["kubectl", ...chain.map((c) => c.name)].join(" ");
        throw new RawError(`error: unknown command "${word}"\nSee '${path} -h' for help and examples\n`);
      }
      break;
    }
    chain.push(next);
    commands = next.subcommands ?? [];
    rest = [...rest.slice(0, at), ...rest.slice(at + 1)];
  }
  const names = chain.map((c) => c.name);
  const commandPath = ["kubectl", ...names].join(" ");
  const cmd = chain.at(-1);
  let parsed;
  try {
    parsed = parseFlags(rest, [...GLOBAL_FLAGS, ...(cmd?.flags ?? [])]);
  } catch (err) {
    if (!(err instanceof FlagError)) throw err;
    if (!cmd?.looseFlags) throw usageError(err.message, commandPath);
    const help = rest.includes("--help") || rest.includes("-h");
    parsed = { args: rest, argsLenAtDash: -1, values: new Map(), changed: new Set<string>(), help };
  }
  if (parsed.help || !cmd) {
    io.stdout(helpText(names) ?? "");
    return 0;
  }
  if (!cmd.run) {
    const text = helpText(names) ?? "";
    if (cmd.bareHelpTo === "stdout") io.stdout(text);
    else io.stderr(text);
    return 1;
  }
  const context = parsed.values.get("context");
  if (typeof context === "string" && context && context !== "minikube" && names[0] !== "config") {
    // minikube's kubeconfig has one context; clientcmd's error for any other
    throw new RawError(`Error in configuration: context was not found for specified context: ${context}\n`);
  }
  for (const unsupported of ["kustomize", "server-side", "prune"]) {
    if (parsed.changed.has(unsupported) && (cmd.flags ?? []).some((f) => f.name === unsupported)) {
      throw new RawError(`error: --${unsupported} is not available in this simulated cluster\n`);
    }
  }
  const missing = (cmd.flags ?? []).filter((f) => f.required && !parsed.changed.has(f.name)).map((f) => `"${f.name}"`);
  if (missing.length) throw new RawError(`Error: required flag(s) ${missing.join(", ")} not set\n`);
  const flags = new Flags(parsed);
  let client: ApiClient | undefined;
  const ctx: CommandContext = {
    io,
    flags,
    args: parsed.args,
    argsLenAtDash: parsed.argsLenAtDash,
    commandPath,
    namespace: flags.str("namespace") || "default",
    explicitNamespace: flags.changed("namespace"),
    api() {
      if (!io.transport) throw new ConnectionRefusedError(flags.str("kubeconfig"));
      client ??= new ApiClient(io.transport);
      return client;
    },
    async restMapper(refresh = false) {
      if (!io.transport) throw new ConnectionRefusedError(flags.str("kubeconfig"));
      return restMapperFor(io.clock, io.transport, io.clock.now(), refresh);
    },
  };
  return cmd.run(ctx);
}

function unknownRootCommand(word: string, io: KubectlIO): number {
  const suggestions = suggestionsFor(word, ROOT_COMMANDS);
  let msg = `Error: unknown command "${word}" for "kubectl"\n`;
  if (suggestions.length) msg += `\nDid you mean this?\n${suggestions.map((s) => `\t${s}\n`).join("")}\n`;
  io.stderr(msg + "Run 'kubectl --help' for usage.\n");
  return 1;
}
