/**
 * `kubectl cluster-info` (kubectl/pkg/cmd/clusterinfo/clusterinfo.go): the control plane URL and every
 * kube-system service labelled kubernetes.io/cluster-service=true, coloured as go-colortext does
 * (green names, yellow links); `dump` prints nodes, then each namespace's objects and pod logs.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { withQuery } from "../client";
import type { Command } from "../command";
import { ConnectionRefusedError, KubectlError } from "../errors";
import { goJSON } from "../printers/go-json";
import { findMapping, resourcePath, type Mapping } from "../rest-mapper";
import { ANY_ACCEPT } from "../transport";
import { apiServerURL } from "./config";

const GREEN = "\x1b[0;32m";
const YELLOW = "\x1b[0;33m";
const RESET = "\x1b[0m";
const HINT = "\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n";

const dump: Command = {
  name: "dump",
  flags: [
    { name: "all-namespaces", shorthand: "A", type: "bool", default: false },
    { name: "namespaces", type: "stringSlice", default: [] },
    { name: "output-directory", type: "string", default: "" },
    { name: "output", shorthand: "o", type: "string", default: "json" },
    { name: "pod-running-timeout", type: "string", default: "20s" },
    { name: "allow-missing-template-keys", type: "bool", default: true },
    { name: "template", type: "string", default: "" },
  ],
  async run(ctx) {
    const api = ctx.api();
    const dir = ctx.flags.str("output-directory");
    if (dir && !ctx.io.writeFile) throw new KubectlError("--output-directory is not available in this terminal");
    // one stream to stdout, or one file per list (cluster-info dump's setupOutputWriter)
    const write = async (file: string, text: string) => {
      if (dir) await (ctx.io.writeFile as (p: string, c: string) => Promise<void>)(`${dir}/${file}`, text);
      else ctx.io.stdout(text);
    };
    await write("nodes.json", goJSON(await api.getJSON("/api/v1/nodes", ANY_ACCEPT)) + "\n");
    let namespaces = ctx.flags.list("namespaces");
    if (ctx.flags.bool("all-namespaces")) namespaces = ((await api.getJSON<any>("/api/v1/namespaces", ANY_ACCEPT)).items ?? []).map((n: any) => n.metadata.name);
    if (!namespaces.length) namespaces = ["kube-system", ctx.namespace];
    const files: [string, string][] = [
      ["events", "events.json"],
      ["replicationcontrollers", "replication-controllers.json"],
      ["services", "services.json"],
      ["daemonsets.apps", "daemonsets.json"],
      ["deployments.apps", "deployments.json"],
      ["replicasets.apps", "replicasets.json"],
      ["pods", "pods.json"],
    ];
    for (const ns of namespaces) {
      for (const [type, file] of files) {
        const m = findMapping(type) as Mapping;
        const list = await api.getJSON(resourcePath(m, ns), ANY_ACCEPT).catch(() => ({ kind: "List", apiVersion: "v1", metadata: {}, items: [] }));
        await write(`${ns}/${file}`, goJSON(list) + "\n");
      }
      const pods: any = await api.getJSON(resourcePath(findMapping("pods") as Mapping, ns), ANY_ACCEPT);
      for (const p of pods.items ?? []) {
        for (const c of p.spec?.containers ?? []) {
          const res = await api.transport.request({ method: "GET", path: withQuery(`/api/v1/namespaces/${ns}/pods/${p.metadata.name}/log`, { container: c.name }), headers: { Accept: ANY_ACCEPT } });
          const text = res.status === 200 ? res.body : `Request log error: ${res.body.trim()}\n`;
          if (dir) await write(`${ns}/${p.metadata.name}/logs.txt`, text);
          else await write("", `==== START logs for container ${c.name} of pod ${ns}/${p.metadata.name} ====\n${text}==== END logs for container ${c.name} of pod ${ns}/${p.metadata.name} ====\n`);
        }
      }
    }
    if (dir) ctx.io.stdout(`Cluster info dumped to ${dir}\n`);
    return 0;
  },
};

export const clusterInfoCommand: Command = {
  name: "cluster-info",
  flags: [],
  subcommands: [dump],
  async run(ctx) {
    const { io } = ctx;
    if (!io.transport) throw new ConnectionRefusedError(ctx.flags.str("kubeconfig"), HINT.slice(1));
    const server = await apiServerURL(ctx);
    const line = (name: string, link: string) => `${GREEN}${name}${RESET} is running at ${YELLOW}${link}${RESET}\n`;
    let text = line("Kubernetes control plane", server);
    const svcs: any = await ctx.api().getJSON(
      withQuery("/api/v1/namespaces/kube-system/services", { labelSelector: "kubernetes.io/cluster-service=true" }),
      ANY_ACCEPT,
    );
    for (const s of svcs.items ?? []) {
      let link: string;
      const ingress = s.status?.loadBalancer?.ingress ?? [];
      if (ingress.length) link = `http://${ingress[0].ip || ingress[0].hostname}:${s.spec?.ports?.[0]?.port ?? 80}`;
      else {
        let name = s.metadata.name;
        const port = s.spec?.ports?.[0];
        if (port) {
          const scheme = port.name === "https" || port.port === 443 ? "https" : "";
          // utilnet.JoinSchemeNamePort
          name = scheme ? `${scheme}:${name}:${port.name ?? ""}` : port.name ? `${name}:${port.name}` : name;
        }
        link = `${server}/api/v1/namespaces/${s.metadata.namespace}/services/${name}/proxy`;
      }
      text += line(s.metadata.labels?.["kubernetes.io/name"] || s.metadata.name, link);
    }
    io.stdout(text + HINT);
    return 0;
  },
};
