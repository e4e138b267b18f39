/**
 * `kubectl config view|current-context|get-contexts|use-context` over the kubeconfig `minikube start`
 * writes (one cluster, context and user named minikube). The file lives outside the shell, so the
 * commands that would modify it are not offered.
 */
import type { Command, CommandContext } from "../command";
import { KubectlError } from "../errors";
import { kubeconfigServer } from "../kubeconfig";
import { goJSON } from "../printers/go-json";
import { toGoYaml } from "../printers/go-yaml";
import { TABLE_TABWRITER, TabWriter } from "../tabwriter";

/** The kubeconfig's server; minikube's when the caller gave no files to read (a cluster runs, so it wrote one). */
export async function apiServerURL(ctx: CommandContext): Promise<string> {
  return (await kubeconfigServer(ctx.io, ctx.flags.str("kubeconfig"))) ?? "https://192.168.49.2:8443";
}

/** The kubeconfig minikube writes: certificates are file paths, so --raw shows the same document. */
async function kubeconfig(ctx: CommandContext): Promise<Record<string, unknown>> {
  const home = ctx.io.env.HOME || "/root";
  return {
    apiVersion: "v1",
    clusters: [{ cluster: { "certificate-authority": `${home}/.minikube/ca.crt`, server: await apiServerURL(ctx) }, name: "minikube" }],
    contexts: [{ context: { cluster: "minikube", namespace: "default", user: "minikube" }, name: "minikube" }],
    "current-context": "minikube",
    kind: "Config",
    preferences: {},
    users: [
      {
        name: "minikube",
        user: { "client-certificate": `${home}/.minikube/profiles/minikube/client.crt`, "client-key": `${home}/.minikube/profiles/minikube/client.key` },
      },
    ],
  };
}

const view: Command = {
  name: "view",
  flags: [
    { name: "output", shorthand: "o", type: "string", default: "yaml" },
    { name: "minify", type: "bool", default: false },
    { name: "raw", type: "bool", default: false },
    { name: "flatten", type: "bool", default: false },
    { name: "merge", type: "string", default: "true" },
    { name: "template", type: "string", default: "" },
    { name: "allow-missing-template-keys", type: "bool", default: true },
  ],
  async run(ctx) {
    const doc = await kubeconfig(ctx);
    const out = ctx.flags.str("output");
    if (out === "json") ctx.io.stdout(goJSON(doc) + "\n");
    else if (out === "yaml") ctx.io.stdout(toGoYaml(doc));
    else throw new KubectlError(`unable to match a printer suitable for the output format "${out}"`);
    return 0;
  },
};

const currentContext: Command = {
  name: "current-context",
  flags: [],
  async run(ctx) {
    ctx.io.stdout("minikube\n");
    return 0;
  },
};

const getContexts: Command = {
  name: "get-contexts",
  flags: [
    { name: "output", shorthand: "o", type: "string", default: "" },
    { name: "no-headers", type: "bool", default: false },
  ],
  async run(ctx) {
    const wanted = ctx.args;
    if (wanted.length && !wanted.includes("minikube")) throw new KubectlError(`context ${wanted.find((w) => w !== "minikube")} not found`);
    if (ctx.flags.str("output") === "name") {
      ctx.io.stdout("minikube\n");
      return 0;
    }
    const tw = new TabWriter({ ...TABLE_TABWRITER, rememberWidths: false });
    if (!ctx.flags.bool("no-headers")) tw.write("CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE\n");
    tw.write("*\tminikube\tminikube\tminikube\tdefault\n");
    ctx.io.stdout(tw.flush());
    return 0;
  },
};

const useContext: Command = {
  name: "use-context",
  flags: [],
  async run(ctx) {
    const name = ctx.args[0];
    if (!name) throw new KubectlError("empty context names are not allowed");
    if (name !== "minikube") throw new KubectlError(`no context exists with the name: "${name}"`);
    ctx.io.stdout(`Switched to context "minikube".\n`);
    return 0;
  },
};

export const configCommand: Command = { name: "config", bareHelpTo: "stderr", subcommands: [view, currentContext, getContexts, useContext] };
