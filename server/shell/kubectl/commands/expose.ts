/**
 * `kubectl expose` (kubectl/pkg/cmd/expose/expose.go with the ServiceGeneratorV2): a Service selecting
 * the pods of a deployment, replica set, pod or service, its port taken from --port or the pod template.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Command } from "../command";
import { KubectlError } from "../errors";
import { mustFindMapping } from "../rest-mapper";
import { ANY_ACCEPT } from "../transport";
import { createObject } from "./create-support";
import { CREATE_FLAGS } from "./create-support";
import { FILE_SOURCE_FLAGS } from "../printers/print-flags";
import { NO_RESOURCES, resolveTargets } from "./targets";

function selectorOf(kind: string, obj: any): Record<string, string> | undefined {
  if (kind === "Pod") return obj.metadata.labels;
  if (kind === "Service") return obj.spec?.selector;
  if (kind === "ReplicationController") return obj.spec?.selector;
  const sel = obj.spec?.selector;
  if (sel?.matchExpressions?.length) return undefined;
  return sel?.matchLabels;
}

function podSpecOf(kind: string, obj: any): any {
  if (kind === "Pod") return obj.spec;
  return obj.spec?.template?.spec;
}

export const exposeCommand: Command = {
  name: "expose",
  flags: [
    ...CREATE_FLAGS.filter((f) => f.name !== "validate"),
    ...FILE_SOURCE_FLAGS,
    { name: "generator", type: "string", default: "service/v2" },
    { name: "overrides", type: "string", default: "" },
    { name: "record", type: "bool", default: false },
    { name: "filename", shorthand: "f", type: "stringSlice", default: [] },
    { name: "port", type: "string", default: "" },
    { name: "target-port", type: "string", default: "" },
    { name: "protocol", type: "string", default: "" },
    { name: "type", type: "string", default: "" },
    { name: "name", type: "string", default: "" },
    { name: "selector", type: "string", default: "" },
    { name: "labels", shorthand: "l", type: "string", default: "" },
    { name: "external-ip", type: "string", default: "" },
    { name: "load-balancer-ip", type: "string", default: "" },
    { name: "session-affinity", type: "string", default: "" },
    { name: "cluster-ip", type: "string", default: "" },
    { name: "field-manager", type: "string", default: "kubectl-expose" },
  ],
  async run(ctx) {
    const { flags } = ctx;
    if (!ctx.args.length && !flags.list("filename").length) throw new KubectlError(`${NO_RESOURCES}\nSee 'kubectl expose -h' for help and examples`);
    const [target] = await resolveTargets(ctx, ctx.args, { files: flags.list("filename") });
    const kind = target.mapping.kind;
    if (!["Pod", "Service", "ReplicationController", "Deployment", "ReplicaSet"].includes(kind)) {
      throw new KubectlError(`cannot expose a ${kind}`);
    }
    const obj: any = await ctx.api().get(target.mapping, target.namespace, target.name, ANY_ACCEPT);
    let selector: Record<string, string> | undefined;
    if (flags.str("selector")) {
      selector = Object.fromEntries(flags.str("selector").split(",").map((kv) => [kv.split("=")[0], kv.slice(kv.indexOf("=") + 1)]));
    } else {
      selector = selectorOf(kind, obj);
      if (!selector) throw new KubectlError(`couldn't retrieve selectors via --selector flag or introspection: the ${kind.toLowerCase()} has no selector`);
    }
    let ports: { port: number; name?: string; protocol: string; targetPort?: number | string }[] = [];
    const protocol = flags.str("protocol");
    if (flags.str("port")) ports = flags.str("port").split(",").map((p) => ({ port: Number(p), protocol: protocol || "TCP" }));
    else if (kind === "Service") ports = (obj.spec?.ports ?? []).map((p: any) => ({ port: p.port, protocol: p.protocol ?? "TCP", name: p.name }));
    else {
      const containerPorts = (podSpecOf(kind, obj)?.containers ?? []).flatMap((c: any) => c.ports ?? []);
      ports = containerPorts.map((p: any) => ({ port: p.containerPort, protocol: protocol || p.protocol || "TCP", name: p.name }));
    }
    if (!ports.length) throw new KubectlError("couldn't find port via --port flag or introspection");
    const targetPort = flags.str("target-port");
    const specPorts = ports.map((p, i) => {
      const out: Record<string, unknown> = {};
      if (ports.length > 1) out.name = p.name || `port-${i + 1}`;
      out.port = p.port;
      out.protocol = p.protocol;
      out.targetPort = targetPort ? (/^\d+$/.test(targetPort) ? Number(targetPort) : targetPort) : p.port;
      return out;
    });
    const labels = flags.str("labels")
      ? Object.fromEntries(flags.str("labels").split(",").map((kv) => [kv.split("=")[0], kv.slice(kv.indexOf("=") + 1)]))
      : obj.metadata.labels;
    const spec: Record<string, unknown> = { ports: specPorts, selector };
    if (flags.str("type")) spec.type = flags.str("type");
    if (flags.str("cluster-ip")) spec.clusterIP = flags.str("cluster-ip");
    if (flags.str("external-ip")) spec.externalIPs = [flags.str("external-ip")];
    if (flags.str("load-balancer-ip")) spec.loadBalancerIP = flags.str("load-balancer-ip");
    if (flags.str("session-affinity")) spec.sessionAffinity = flags.str("session-affinity");
    const metadata: Record<string, unknown> = { creationTimestamp: null };
    if (labels && Object.keys(labels).length) metadata.labels = labels;
    metadata.name = flags.str("name") || target.name;
    const service = { apiVersion: "v1", kind: "Service", metadata, spec, status: { loadBalancer: {} } };
    return createObject(ctx, mustFindMapping("services"), service, flags.str("field-manager"), undefined, "exposed");
  },
};
