/**
 * The shape of one kubectl command (a cobra.Command reduced to what Podium needs) and the context a
 * command runs with. Help texts are the real v1.20.2 `--help` outputs, stored as data in ./help.
 */
import type { ApiClient } from "./client";
import type { FlagSpec, Flags } from "./flags";
import type { KubectlIO } from "./io";
import type { RestMapper } from "./rest-mapper";

export interface CommandContext {
  io: KubectlIO;
  flags: Flags;
  args: string[];
  argsLenAtDash: number;
  /** `kubectl get`, `kubectl rollout status`: for usage messages. */
  commandPath: string;
  /** -n/--namespace, else the context's namespace (`default`). */
  namespace: string;
  /** True when -n was given (kubectl's `enforceNamespace`). */
  explicitNamespace: boolean;
  /** The API client, or a thrown connection error when no cluster runs. */
  api(): ApiClient;
  /** The server's resource types (discovery, cached per sandbox); `refresh` asks the server again. */
  restMapper(refresh?: boolean): Promise<RestMapper>;
}

export interface Command {
  name: string;
  aliases?: string[];
  /** One-line description as the parent's help lists it (cobra's Short). */
  short?: string;
  /** Extra names cobra's "Did you mean this?" suggests this command for (SuggestFor). */
  suggestFor?: string[];
  flags?: FlagSpec[];
  subcommands?: Command[];
  /** Accept any flag (commands the simulation does not implement: their own error comes first). */
  looseFlags?: boolean;
  /** Where a group without its own Run prints its help when called bare (cmdutil.DefaultSubCommandRun). */
  bareHelpTo?: "stdout" | "stderr";
  run?(ctx: CommandContext): Promise<number>;
}

/** kubectl's global (persistent) flags, `kubectl options`. */
export const GLOBAL_FLAGS: FlagSpec[] = [
  { name: "namespace", shorthand: "n", type: "string", default: "" },
  { name: "context", type: "string", default: "" },
  { name: "cluster", type: "string", default: "" },
  { name: "user", type: "string", default: "" },
  { name: "kubeconfig", type: "string", default: "" },
  { name: "server", shorthand: "s", type: "string", default: "" },
  { name: "token", type: "string", default: "" },
  { name: "request-timeout", type: "string", default: "0" },
  { name: "insecure-skip-tls-verify", type: "bool", default: false },
  { name: "cache-dir", type: "string", default: "" },
  { name: "certificate-authority", type: "string", default: "" },
  { name: "client-certificate", type: "string", default: "" },
  { name: "client-key", type: "string", default: "" },
  { name: "tls-server-name", type: "string", default: "" },
  { name: "as", type: "string", default: "" },
  { name: "as-group", type: "stringArray", default: [] },
  { name: "username", type: "string", default: "" },
  { name: "password", type: "string", default: "" },
  { name: "match-server-version", type: "bool", default: false },
  { name: "v", shorthand: "v", type: "string", default: "0" },
  { name: "vmodule", type: "string", default: "" },
  { name: "log-dir", type: "string", default: "" },
  { name: "log-file", type: "string", default: "" },
  { name: "log-file-max-size", type: "int", default: 1800 },
  { name: "log-flush-frequency", type: "string", default: "5s" },
  { name: "log-backtrace-at", type: "string", default: ":0" },
  { name: "logtostderr", type: "bool", default: true },
  { name: "alsologtostderr", type: "bool", default: false },
  { name: "stderrthreshold", type: "string", default: "2" },
  { name: "skip-headers", type: "bool", default: false },
  { name: "skip-log-headers", type: "bool", default: false },
  { name: "add-dir-header", type: "bool", default: false },
  { name: "one-output", type: "bool", default: false },
  { name: "profile", type: "string", default: "none" },
  { name: "profile-output", type: "string", default: "profile.pprof" },
  { name: "warnings-as-errors", type: "bool", default: false },
];
