/**
 * The student's login shell on the host (host-files.ts says why this machine): bash with Podium's
 * kubectl, minikube and curl, and the utilities just-bash lacks or gets wrong for this machine.
 */
import { handleKubeRequest } from "../kube-api/handle-kube-request";
import { HOST_HOME, HOST_NAME, HOST_USER, hostEnv } from "../sandbox/host-files";
import type { Sandbox } from "../sandbox/sandbox";
import { dateCommand } from "./commands/date-command";
import { envCommands } from "./commands/env-command";
import { historyCommand } from "./commands/history-command";
import { HOST_KERNEL, identityCommands } from "./commands/identity-commands";
import { jobCommands } from "./commands/job-commands";
import { sleepCommand } from "./commands/sleep-command";
import { watchCommand } from "./commands/watch-command";
import { yesCommand } from "./commands/yes-command";
import { curlCommand } from "./curl/curl-command";
import type { KubeApiHandler } from "./kube/in-process-transport";
import { kubectlCommand, runShellKubectl } from "./kube/kubectl-command";
import { minikubeCommand } from "./minikube/minikube-command";
import { hostNetwork } from "./network-access";
import type { ShellProfile } from "./shell";

/** `~` for the home directory, as bash's \w shows it. */
export function tildePath(cwd: string, home: string): string {
  if (cwd === home) return "~";
  return cwd.startsWith(`${home}/`) ? `~${cwd.slice(home.length)}` : cwd;
}

/** Ubuntu's default PS1 (/etc/skel/.bashrc with a colour prompt): `\u@\h:\w\$ `. */
function hostPrompt(cwd: string, color: boolean): string {
  const where = tildePath(cwd, HOST_HOME);
  return color ? `\x1b[01;32m${HOST_USER}@${HOST_NAME}\x1b[00m:\x1b[01;34m${where}\x1b[00m$ ` : `${HOST_USER}@${HOST_NAME}:${where}$ `;
}

export function hostShellProfile(sandbox: Sandbox, handle: KubeApiHandler = handleKubeRequest): ShellProfile {
  return {
    name: "host",
    fs: sandbox.fs,
    env: hostEnv(),
    cwd: HOST_HOME,
    prompt: (shell, color) => hostPrompt(shell.cwd, color),
    commands: (shell) => [
      kubectlCommand(shell, handle),
      minikubeCommand(shell, (argv, ctx, out) => runShellKubectl(shell, handle, argv, ctx, out)),
      curlCommand(shell, hostNetwork(sandbox)),
      sleepCommand(shell),
      dateCommand(shell),
      watchCommand(shell),
      yesCommand(),
      historyCommand(shell),
      ...jobCommands(shell),
      ...identityCommands({ hostname: HOST_NAME, user: HOST_USER, uid: 1000, kernel: HOST_KERNEL }),
      ...envCommands(),
    ],
  };
}
