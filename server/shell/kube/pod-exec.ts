/**
 * `kubectl exec` once kubectl has validated the pod: an interactive shell (`-ti POD -- bash`) is pushed
 * on the terminal's shell stack until `exit`; any other command runs once in a pod shell and its output
 * comes back through kubectl, as the container's stream would.
 */
import type { ExecRequest } from "../kubectl/io";
import { findContainer, podShellProfile } from "../pod/pod-shell";
import type { CommandOutput } from "../run-context";
import { Shell } from "../shell";

/** Quotes an argv word for bash when it needs it. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export async function execInPod(shell: Shell, req: ExecRequest, out: CommandOutput): Promise<number> {
  const cluster = await shell.sandbox.runningCluster();
  if (!cluster) return 1;
  let pod;
  try {
    pod = cluster.store.get("pods", req.namespace, req.pod);
  } catch {
    return 1;
  }
  const container = findContainer(pod, req.container || undefined);
  if (!container) return 1;
  const [program = "", ...rest] = req.command;
  const base = program.split("/").pop() ?? program;
  const interactive = rest.length === 0 && req.stdin && req.tty && out.live;
  const profile = podShellProfile(shell.sandbox, cluster, pod, container, req.tty, interactive);
  const isShell = profile.image.shells.includes(base);
  if (isShell && interactive) {
    shell.services.enter(new Shell(profile, shell.services));
    return 0;
  }
  if (!isShell && (base === "bash" || base === "sh")) return notFound(out, program);
  const line = isShell && rest[0] === "-c" ? (rest[1] ?? "") : req.command.map(shellQuote).join(" ");
  const podShell = new Shell(profile, shell.services);
  const run = shell.currentRun();
  let printed = "";
  const result = await podShell.runLine(line, {
    terminal: { write: (s) => (printed += s) },
    signal: run.signal,
    color: false,
    cols: run.cols,
    rows: run.rows,
  });
  if (!isShell && result.exitCode === 127 && printed === `bash: ${program}: command not found\n`) return notFound(out, program);
  out.out(printed);
  return result.exitCode;
}

/** What docker's runc says when the executable is missing (kubectl then reports exit code 126). */
function notFound(out: CommandOutput, program: string): number {
  out.err(`OCI runtime exec failed: exec failed: container_linux.go:367: starting container process caused: exec: "${program}": executable file not found in $PATH: unknown\n`);
  return 126;
}
