/**
 * Tab completion as bash with kubectl's and minikube's completion scripts offers it: command names,
 * kubectl verbs, resource types, object names read from the sandbox's cluster, flags, namespaces, and
 * file names. Returns the candidates for the word before the cursor; the terminal inserts their common
 * prefix and lists them on a second Tab.
 */
import { getCommandNames } from "just-bash";
import { resolveResourceName, RESOURCES } from "../cluster/kinds/registry";
import type { Shell } from "../shell/shell";

export interface Completion {
  /** Where the word being completed starts in the line. */
  start: number;
  candidates: string[];
  /** Candidates are directories or `type/` prefixes: no space after a unique match. */
  noSpace?: boolean;
}

const SHELL_BUILTINS = ["cd", "export", "exit", "unset", "source", "alias", "jobs", "kill", "fg", "history", "type", "set", "read", "wait", "pwd"];
const PODIUM_COMMANDS = ["kubectl", "minikube", "curl", "watch", "yes", "uname", "id"];

const KUBECTL_VERBS = [
  "annotate", "api-resources", "api-versions", "apply", "attach", "autoscale", "cluster-info", "completion", "config", "cordon",
  "cp", "create", "delete", "describe", "diff", "drain", "edit", "exec", "explain", "expose", "get", "label", "logs", "patch",
  "port-forward", "proxy", "replace", "rollout", "run", "scale", "set", "taint", "top", "uncordon", "version", "wait",
];
/** Verbs whose first argument is a resource type (or type/name). */
const TYPE_VERBS = new Set(["get", "describe", "delete", "edit", "label", "annotate", "patch", "scale", "expose", "explain", "wait", "autoscale"]);
/** Verbs whose first argument is a pod name. */
const POD_VERBS = new Set(["logs", "exec", "port-forward", "attach", "cp"]);
const SUBCOMMANDS: Record<string, string[]> = {
  rollout: ["history", "pause", "restart", "resume", "status", "undo"],
  set: ["env", "image", "resources", "selector", "serviceaccount", "subject"],
  create: ["configmap", "deployment", "job", "namespace", "secret", "service", "serviceaccount"],
  config: ["current-context", "get-contexts", "set-context", "use-context", "view"],
  top: ["node", "pod"],
};
const KUBECTL_FLAGS: Record<string, string[]> = {
  "": ["--namespace=", "--all-namespaces", "--help", "--kubeconfig=", "--context=", "--request-timeout="],
  get: ["--output=", "--selector=", "--field-selector=", "--watch", "--show-labels", "--label-columns=", "--all-namespaces", "--sort-by=", "--no-headers"],
  describe: ["--selector=", "--all-namespaces", "--show-events="],
  delete: ["--all", "--selector=", "--grace-period=", "--force", "--now", "--wait=", "--filename="],
  apply: ["--filename=", "--recursive", "--dry-run=", "--output="],
  create: ["--filename=", "--image=", "--dry-run=", "--output=", "--replicas=", "--port="],
  expose: ["--type=", "--port=", "--target-port=", "--name=", "--selector="],
  scale: ["--replicas=", "--current-replicas="],
  logs: ["--follow", "--previous", "--tail=", "--container=", "--timestamps", "--since="],
  exec: ["--stdin", "--tty", "--container="],
  run: ["--image=", "--port=", "--restart=", "--labels=", "--env=", "--command", "--rm", "--stdin", "--tty"],
  rollout: ["--revision=", "--to-revision=", "--watch", "--timeout="],
};
const OUTPUT_FORMATS = ["json", "yaml", "wide", "name", "go-template=", "go-template-file=", "jsonpath=", "jsonpath-file=", "custom-columns=", "custom-columns-file="];
const MINIKUBE_SUBCOMMANDS = ["addons", "dashboard", "delete", "help", "ip", "kubectl", "service", "start", "status", "stop", "version"];

function resourceTypes(): string[] {
  return RESOURCES.map((r) => (r.group && !["apps", "batch"].includes(r.group) ? r.key : r.resource));
}

/** The words of the line before the cursor, split on blanks, with the current (possibly empty) word last. */
function wordsBefore(line: string): { words: string[]; start: number } {
  const m = /(\S*)$/.exec(line);
  const current = m ? m[1] : "";
  const start = line.length - current.length;
  const words = line.slice(0, start).trim().split(/\s+/).filter(Boolean);
  return { words: [...words, current], start };
}

export async function complete(line: string, shell: Shell): Promise<Completion> {
  // Complete the last command of a pipeline or list.
  const segment = line.split(/\|\||&&|[|;&]|\$\(/).pop() ?? line;
  const offset = line.length - segment.length;
  const { words, start } = wordsBefore(segment);
  const current = words[words.length - 1];
  const at = offset + start;
  const pick = (list: string[], noSpace = false): Completion => ({
    start: at,
    candidates: [...new Set(list.filter((c) => c.startsWith(current)))].sort(),
    noSpace,
  });
  if (words.length === 1) {
    if (current.includes("/")) return pick(await files(shell, current), true);
    return pick([...getCommandNames(), ...SHELL_BUILTINS, ...PODIUM_COMMANDS]);
  }
  const command = words[0];
  if (command === "kubectl" && shell.profile.name === "host") return kubectlCompletion(words, at, shell, pick);
  if (command === "minikube" && words.length === 2) return pick(MINIKUBE_SUBCOMMANDS);
  return pick(await files(shell, current), true);
}

type Pick = (list: string[], noSpace?: boolean) => Completion;

async function kubectlCompletion(words: string[], at: number, shell: Shell, pick: Pick): Promise<Completion> {
  const current = words[words.length - 1];
  const args = words.slice(1, -1);
  const previous = args[args.length - 1];
  const positional = args.filter((a, i) => !a.startsWith("-") && !(i > 0 && /^-(n|o|l|f|c)$/.test(args[i - 1]) || /^--(namespace|output|selector|filename|container)$/.test(args[i - 1] ?? "")));
  const verb = positional[0];
  const namespace = namespaceOf(args);
  if (previous === "-n" || previous === "--namespace") return pick(await names(shell, "namespaces", undefined));
  if (previous === "-o" || previous === "--output") return pick(OUTPUT_FORMATS, true);
  if (current.startsWith("--namespace=")) return prefixed("--namespace=", await names(shell, "namespaces", undefined), current, at);
  if (current.startsWith("-o") && current.length > 2 && !current.startsWith("-o=")) return prefixed("-o", OUTPUT_FORMATS, current, at);
  if (current.startsWith("--output=")) return prefixed("--output=", OUTPUT_FORMATS, current, at);
  if (current.startsWith("-")) return pick([...(KUBECTL_FLAGS[verb ?? ""] ?? []), ...KUBECTL_FLAGS[""]], true);
  if (!verb) return pick(KUBECTL_VERBS);
  const rest = positional.slice(1);
  if (SUBCOMMANDS[verb] && rest.length === 0) return pick(SUBCOMMANDS[verb]);
  const typeArgs = SUBCOMMANDS[verb] && verb !== "create" ? rest.slice(1) : rest;
  if (POD_VERBS.has(verb) && typeArgs.length === 0) return pick(await names(shell, "pods", namespace));
  if (!TYPE_VERBS.has(verb) && !(verb === "rollout" || verb === "set")) return pick(await files(shell, current), true);
  if (current.includes("/")) {
    const [type] = current.split("/");
    const resource = resolveResourceName(type);
    if (!resource) return pick([]);
    return pick((await names(shell, resource.key, namespace)).map((n) => `${type}/${n}`));
  }
  if (typeArgs.length === 0) {
    const types = verb === "rollout" ? ["daemonset", "deployment", "statefulset"] : resourceTypes();
    return pick(types, false);
  }
  const resource = resolveResourceName(typeArgs[0].split(",")[0]);
  return pick(resource ? await names(shell, resource.key, namespace) : []);
}

function prefixed(prefix: string, list: string[], current: string, at: number): Completion {
  const value = current.slice(prefix.length);
  return { start: at, candidates: list.filter((c) => c.startsWith(value)).map((c) => prefix + c), noSpace: true };
}

function namespaceOf(args: string[]): string {
  for (let i = 0; i < args.length; i++) {
    if ((args[i] === "-n" || args[i] === "--namespace") && args[i + 1]) return args[i + 1];
    if (args[i].startsWith("--namespace=")) return args[i].slice(12);
    if (args[i].startsWith("-n") && args[i].length > 2) return args[i].slice(2);
  }
  return "default";
}

/** Object names of one resource, from the store (completion must not change the cluster). */
async function names(shell: Shell, key: string, namespace: string | undefined): Promise<string[]> {
  const cluster = await shell.sandbox.runningCluster();
  if (!cluster) return [];
  const resource = RESOURCES.find((r) => r.key === key);
  try {
    return cluster.store.list(key, resource?.namespaced ? namespace : "").items.map((o) => o.metadata.name ?? "");
  } catch {
    return [];
  }
}

/** Entries of the directory the word points into, directories with a trailing slash. */
async function files(shell: Shell, word: string): Promise<string[]> {
  const fs = shell.profile.fs;
  const slash = word.lastIndexOf("/");
  const dirPart = slash >= 0 ? word.slice(0, slash + 1) : "";
  const home = shell.env.HOME ?? "/";
  const expanded = dirPart.startsWith("~/") ? home + dirPart.slice(1) : dirPart;
  const dir = fs.resolvePath(shell.cwd, expanded || ".");
  try {
    const entries = await fs.readdir(dir);
    const out: string[] = [];
    for (const e of entries) {
      if (e.startsWith(".") && !word.slice(slash + 1).startsWith(".")) continue;
      const stat = await fs.stat(fs.resolvePath(dir, e)).catch(() => null);
      out.push(dirPart + e + (stat?.isDirectory ? "/" : ""));
    }
    return out;
  } catch {
    return [];
  }
}

/** The longest prefix all candidates share. */
export function commonPrefix(list: string[]): string {
  if (list.length === 0) return "";
  let prefix = list[0];
  for (const s of list) while (!s.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}
