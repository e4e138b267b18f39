/**
 * The `kubectl` command of the host shell: runs Podium's kubectl (server/shell/kubectl) against the
 * sandbox's cluster through kube-api in-process, with the shell's files for `-f`, its stdin for `-f -`,
 * Ctrl-C as the signal, and the hooks that act in the shell (exec, proxy, port-forward).
 */
import { decodeBytesToUtf8, defineCommand, type Command, type ResolvedCommandContext } from "just-bash";
import type { KubectlIO } from "../kubectl/io";
import { runKubectl } from "../kubectl/run-kubectl";
import { CommandOutput } from "../run-context";
import type { Shell } from "../shell";
import { inProcessTransport, type KubeApiHandler } from "./in-process-transport";
import { servePortForward } from "./kubectl-port-forward";
import { listenProxy } from "./kubectl-proxy";
import { execInPod } from "./pod-exec";

/** Runs one kubectl invocation for `shell`, writing to `out` (shared by `kubectl` and `minikube kubectl`). */
export async function runShellKubectl(shell: Shell, handle: KubeApiHandler, argv: string[], ctx: ResolvedCommandContext, out: CommandOutput): Promise<number> {
  const run = shell.currentRun();
  const sandbox = shell.sandbox;
  const cluster = await sandbox.runningCluster();
  const stdin = decodeBytesToUtf8(ctx.stdin);
  const resolve = (path: string) => ctx.fs.resolvePath(ctx.cwd, path);
  const io: KubectlIO = {
    stdout: out.out,
    stderr: out.err,
    stdin: stdin === "" ? undefined : stdin,
    signal: run.signal,
    env: Object.fromEntries(ctx.env),
    transport: cluster ? inProcessTransport(cluster, handle, (work) => sandbox.waitingOn(run.signal, work)) : null,
    clock: cluster?.clock ?? sandbox.clock,
    readFile: (path) => ctx.fs.readFile(resolve(path)),
    writeFile: (path, content) => ctx.fs.writeFile(resolve(path), content),
    exec: (req) => execInPod(shell, req, out),
    listenProxy: (req) => listenProxy(sandbox, handle, req, run.signal),
    portForward: (req) => servePortForward(sandbox, req, out, run.signal),
  };
  return runKubectl(argv, io);
}

export function kubectlCommand(shell: Shell, handle: KubeApiHandler): Command {
  return defineCommand("kubectl", async (args, ctx) => {
    const out = CommandOutput.for(shell.currentRun(), ctx, "kubectl");
    const code = await runShellKubectl(shell, handle, args, ctx, out);
    return out.result(code);
  });
}
