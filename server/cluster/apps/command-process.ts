/**
 * Containers whose process is a command: the image's default (`sh` in busybox/alpine, `bash` in
 * ubuntu, `node` in node, `redis-server`) or `command`/`args` from the pod spec. Without a terminal,
 * shells and the node REPL read EOF and exit 0 at once (hence `Completed`, then CrashLoopBackOff under
 * restartPolicy Always). A few commands are understood: `sleep N`, `echo …`, `exit N`, `true`,
 * `false`, and loops that never end (`while true`, `sleep infinity`, `tail -f`). Anything else keeps
 * running. As PID 1 without handlers, shells and sleep ignore SIGTERM.
 */
import type { AppEnv, AppProcess } from "./simulated-app";

const runsForever: AppProcess = { ports: [], sigterm: "ignore" };
const exitsAt = (afterMs: number, exitCode: number): AppProcess => ({ ports: [], sigterm: "ignore", exits: { afterMs, exitCode } });

/** Runs one shell-ish command line; returns how the process behaves. */
function runScript(script: string, env: AppEnv): AppProcess {
  const s = script.trim();
  if (/while\s+(true|:)|sleep\s+infinity|tail\s+-f/.test(s)) {
    for (const m of s.matchAll(/echo\s+(["']?)([^;"'&|]*)\1/g)) env.write(`${m[2]}\n`);
    return runsForever;
  }
  let elapsed = 0;
  for (const part of s.split(/\s*(?:;|&&|\n)\s*/).filter(Boolean)) {
    const argv = part.match(/"[^"]*"|'[^']*'|\S+/g)?.map((a) => a.replace(/^["']|["']$/g, "")) ?? [];
    const result = runArgv(argv, env);
    if (result.exits === undefined) return result;
    elapsed += result.exits.afterMs;
    if (result.exits.exitCode !== 0 || argv[0] === "exit") return exitsAt(elapsed, result.exits.exitCode);
  }
  return exitsAt(elapsed, 0);
}

function runArgv(argv: string[], env: AppEnv): AppProcess {
  const [cmd, ...args] = argv;
  const base = (cmd ?? "").split("/").pop() ?? "";
  switch (base) {
    case "sh":
    case "bash":
    case "ash":
      if (args[0] === "-c" && args[1] !== undefined) return runScript(args[1], env);
      return exitsAt(0, 0);
    case "sleep": {
      if (args[0] === "infinity") return runsForever;
      const secs = Number.parseFloat(args[0] ?? "0");
      return exitsAt(Number.isFinite(secs) ? secs * 1000 : 0, 0);
    }
    case "echo":
      env.write(`${args.join(" ")}\n`);
      return exitsAt(0, 0);
    case "true":
      return exitsAt(0, 0);
    case "false":
      return exitsAt(0, 1);
    case "exit":
      return exitsAt(0, Number.parseInt(args[0] ?? "0", 10) || 0);
    case "node":
      return args.length ? runsForever : exitsAt(0, 0);
    default:
      return runsForever;
  }
}

/** The process of a container that runs `command` + `args` (or the image's default argv). */
export function commandProcess(argv: string[], env: AppEnv): AppProcess {
  return runArgv(argv, env);
}
