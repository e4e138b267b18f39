/**
 * `minikube` v1.18.0 for the one "minikube" profile of a sandbox: start, stop, delete, status, ip,
 * version, service, addons list, kubectl. Texts are minikube's own (cmd/minikube/cmd/*.go), shown with
 * emoji on a TTY and with "* " otherwise (minikube-output.ts).
 */
import { defineCommand, type Command, type ResolvedCommandContext } from "just-bash";
import { CommandOutput } from "../run-context";
import type { Shell } from "../shell";
import { addonsList } from "./minikube-addons";
import {
  EXIT_GUEST_NOT_FOUND,
  EXIT_GUEST_NOT_RUNNING,
  NOT_RUNNING,
  PROFILE_NOT_FOUND,
  renderLine,
  type MinikubeLine,
} from "./minikube-output";
import { serviceCommand } from "./minikube-service";
import { startScript } from "./minikube-start";

/** Runs kubectl's argv for `minikube kubectl -- …` (the shell's own kubectl). */
export type KubectlRunner = (argv: string[], ctx: ResolvedCommandContext, out: CommandOutput) => Promise<number>;

const VERSION = "minikube version: v1.18.0\ncommit: ec61815d60f66a6e4f6353030a40b12362557caa-dirty\n";

export function minikubeCommand(shell: Shell, kubectl: KubectlRunner): Command {
  return defineCommand("minikube", async (args, ctx) => {
    const run = shell.currentRun();
    const out = CommandOutput.for(run, ctx, "minikube");
    const tty = out.live && run.color;
    const print = (lines: MinikubeLine[], stream: "out" | "err" = "err") => {
      for (const l of lines) (stream === "out" ? out.out : out.err)(renderLine(l, tty));
    };
    const sandbox = shell.sandbox;
    const [sub, ...rest] = args;
    switch (sub) {
      case "version":
        out.out(VERSION);
        return out.result(0);
      case "start": {
        for (const line of startScript(sandbox.minikube())) {
          if (!(await sandbox.wait(line.delayMs, run.signal))) return out.result(130);
          if (line.boot) await sandbox.startMinikube();
          print([line], "out");
        }
        return out.result(0);
      }
      case "stop": {
        if (sandbox.minikube() === "none") {
          print(PROFILE_NOT_FOUND);
          return out.result(EXIT_GUEST_NOT_FOUND);
        }
        print([{ emoji: "✋", text: 'Stopping node "minikube"  ...' }], "out");
        if (sandbox.minikube() === "running") {
          if (!(await sandbox.wait(1500, run.signal))) return out.result(130);
          print([{ emoji: "🛑", text: 'Powering off "minikube" via SSH ...' }], "out");
          if (!(await sandbox.wait(2500, run.signal))) return out.result(130);
          await sandbox.stopMinikube();
        }
        print([{ emoji: "🛑", text: "1 nodes stopped." }], "out");
        return out.result(0);
      }
      case "delete": {
        if (sandbox.minikube() === "none") {
          print([{ emoji: "🙄", text: '"minikube" profile does not exist, trying anyways.' }], "out");
        } else {
          print([{ emoji: "🔥", text: 'Deleting "minikube" in docker ...' }], "out");
          await sandbox.wait(1000, run.signal);
          print([{ emoji: "🔥", text: 'Deleting container "minikube" ...' }], "out");
          await sandbox.wait(2000, run.signal);
          print([{ emoji: "🔥", text: `Removing ${shell.env.HOME ?? "/home/student"}/.minikube/machines/minikube ...` }], "out");
          await sandbox.deleteMinikube();
        }
        print([{ emoji: "💀", text: 'Removed all traces of the "minikube" cluster.' }], "out");
        return out.result(0);
      }
      case "status":
        return out.result(status(shell, out));
      case "ip": {
        const state = sandbox.minikube();
        if (state !== "running") {
          print(state === "none" ? PROFILE_NOT_FOUND : NOT_RUNNING);
          return out.result(state === "none" ? EXIT_GUEST_NOT_FOUND : EXIT_GUEST_NOT_RUNNING);
        }
        const cluster = await sandbox.runningCluster();
        out.out(`${cluster?.network.nodeIP() ?? "192.168.49.2"}\n`);
        return out.result(0);
      }
      case "service":
        return out.result(await serviceCommand(shell, rest, out, print));
      case "addons":
        if (rest[0] === "list") {
          if (sandbox.minikube() === "none") {
            print(PROFILE_NOT_FOUND);
            return out.result(EXIT_GUEST_NOT_FOUND);
          }
          out.out(addonsList(tty));
          return out.result(0);
        }
        out.err(`Error: unknown command "${rest[0] ?? ""}" for "minikube addons"\nRun 'minikube addons --help' for usage.\n`);
        return out.result(1);
      case "kubectl": {
        const dash = rest.indexOf("--");
        return out.result(await kubectl(dash >= 0 ? rest.slice(dash + 1) : rest, ctx, out));
      }
      case undefined:
      case "help":
      case "--help":
      case "-h":
        out.out(HELP);
        return out.result(0);
      default:
        out.err(`Error: unknown command "${sub}" for "minikube"\nRun 'minikube --help' for usage.\n`);
        return out.result(1);
    }
  });
}

/** `minikube status` (cmd/minikube/cmd/status.go): exit code bits 1 host, 2 kubelet, 4 apiserver. */
function status(shell: Shell, out: CommandOutput): number {
  const state = shell.sandbox.minikube();
  if (state === "none") {
    const tty = out.live && shell.currentRun().color;
    for (const l of PROFILE_NOT_FOUND) out.err(renderLine(l, tty));
    return EXIT_GUEST_NOT_FOUND;
  }
  const s = state === "running" ? "Running" : "Stopped";
  const kubeconfig = state === "running" ? "Configured" : "Stopped";
  out.out(`minikube\ntype: Control Plane\nhost: ${s}\nkubelet: ${s}\napiserver: ${s}\nkubeconfig: ${kubeconfig}\n\n`);
  return state === "running" ? 0 : 7;
}

const HELP = `minikube provisions and manages local Kubernetes clusters optimized for development workflows.

Basic Commands:
  start          Starts a local Kubernetes cluster
  status         Gets the status of a local Kubernetes cluster
  stop           Stops a running local Kubernetes cluster
  delete         Deletes a local Kubernetes cluster

Configuration and Management Commands:
  addons         List minikube addons

Networking and Connectivity Commands:
  service        Returns a URL to connect to a service
  ip             Retrieves the IP address of the running cluster

Troubleshooting Commands:
  version        Print the version of minikube

Other Commands:
  kubectl        Run a kubectl binary matching the cluster version

Use "minikube <command> --help" for more information about a given command.
`;
