/**
 * `kubectl exec` (kubectl/pkg/cmd/exec/exec.go): argument checks, the pod and container choice and the
 * completed-pod error happen here; running the command is the shell's (io.exec), which plays the
 * container's processes.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Command } from "../command";
import { ApiError, helpHintError, KubectlError, RawError } from "../errors";
import { attachablePod } from "./pod-selection";

export const execCommand: Command = {
  name: "exec",
  flags: [
    { name: "container", shorthand: "c", type: "string", default: "" },
    { name: "stdin", shorthand: "i", type: "bool", default: false },
    { name: "tty", shorthand: "t", type: "bool", default: false },
    { name: "filename", shorthand: "f", type: "stringSlice", default: [] },
    { name: "pod", shorthand: "p", type: "string", default: "" },
    { name: "pod-running-timeout", type: "string", default: "1m0s" },
  ],
  async run(ctx) {
    const { flags, io } = ctx;
    let target = flags.str("pod");
    let command: string[];
    if (ctx.argsLenAtDash >= 0) {
      const before = ctx.args.slice(0, ctx.argsLenAtDash);
      command = ctx.args.slice(ctx.argsLenAtDash);
      if (!target) target = before[0] ?? "";
      if (before.length > 1) throw helpHintError("exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead", ctx.commandPath);
    } else {
      if (!target) target = ctx.args[0] ?? "";
      command = flags.str("pod") ? ctx.args : ctx.args.slice(1);
      if (command.length) {
        io.stderr("kubectl exec [POD] [COMMAND] is DEPRECATED and will be removed in a future version. Use kubectl exec [POD] -- [COMMAND] instead.\n");
      }
    }
    if (!target) throw helpHintError("pod, type/name or --filename must be specified", ctx.commandPath);
    if (!command.length) throw new KubectlError("you must specify at least one command for the container");
    const { pod } = await attachablePod(ctx, target);
    const p: any = pod;
    const phase = p.status?.phase;
    if (phase === "Succeeded" || phase === "Failed") throw new KubectlError(`cannot exec into a container in a completed pod; current phase is ${phase}`);
    const containers: string[] = (p.spec?.containers ?? []).map((c: any) => c.name);
    let container = flags.str("container");
    if (!container) {
      container = p.metadata.annotations?.["kubectl.kubernetes.io/default-container"] ?? containers[0];
      if (containers.length > 1) {
        io.stderr(`Defaulting container name to ${container}.\nUse 'kubectl describe pod/${p.metadata.name} -n ${p.metadata.namespace}' to see all of the containers in this pod.\n`);
      }
    }
    if (!containers.includes(container)) {
      throw new ApiError({ kind: "Status", status: "Failure", code: 400, reason: "BadRequest", message: `container ${container} is not valid for pod ${p.metadata.name}` });
    }
    const status = (p.status?.containerStatuses ?? []).find((s: any) => s.name === container);
    if (!status?.state?.running) throw new KubectlError(`unable to upgrade connection: container not found ("${container}")`);
    if (flags.bool("tty") && !flags.bool("stdin")) io.stderr("Unable to use a TTY - input is not a terminal or the right kind of file\n");
    if (!io.exec) throw new KubectlError("exec is not available in this terminal");
    const code = await io.exec({ namespace: p.metadata.namespace, pod: p.metadata.name, container, command, tty: flags.bool("tty") && flags.bool("stdin"), stdin: flags.bool("stdin") });
    // remotecommand's errorDecoderV4 (client-go/tools/remotecommand/v4.go) turns the exit status into a
    // CodeExitError "command terminated with exit code N"; CheckErr prints it and exits with N
    // (kubectl/pkg/cmd/util/helpers.go checkErr, `case utilexec.ExitError`). Ctrl-C ends kubectl itself.
    if (code !== 0 && !io.signal.aborted) throw new RawError(`command terminated with exit code ${code}\n`, code);
    return code;
  },
};
