/**
 * `kubectl create` (kubectl/pkg/cmd/create): `-f FILE` and the generators deployment, namespace,
 * service clusterip|nodeport|loadbalancer|externalname, configmap, secret generic, job.
 */
import type { Command, CommandContext } from "../command";
import { ApiError, helpHintError, KubectlError, formatError, RawError } from "../errors";
import { helpText } from "../help-text";
import type { FlagSpec } from "../flags";
import { loadManifests } from "../manifest";
import { mustFindMapping, resourcePath } from "../rest-mapper";
import { withQuery } from "../client";
import { ANY_ACCEPT } from "../transport";
import { configMapObject, deploymentObject, jobObject, namespaceObject, secretObject, serviceObject } from "./create-objects";
import { CREATE_FLAGS, createObject, dryRunStrategy, report } from "./create-support";

function oneName(ctx: CommandContext): string {
  const names = ctx.argsLenAtDash >= 0 ? ctx.args.slice(0, ctx.argsLenAtDash) : ctx.args;
  if (names.length !== 1) throw helpHintError(`exactly one NAME is required, got ${names.length}`, ctx.commandPath);
  return names[0];
}

async function createFromFiles(ctx: CommandContext): Promise<number> {
  const files = ctx.flags.list("filename");
  if (!files.length) throw new RawError(`Error: must specify one of -f and -k\n\n${helpText(["create"]) ?? ""}`);
  const objs = await loadManifests(files, ctx.io, await ctx.restMapper());
  const dry = dryRunStrategy(ctx);
  let failed = false;
  for (const o of objs) {
    const ns = o.mapping.namespaced ? (o.object.metadata.namespace ?? ctx.namespace) : "";
    if (ctx.explicitNamespace && o.object.metadata.namespace && o.object.metadata.namespace !== ctx.namespace) {
      throw new KubectlError(`the namespace from the provided object "${o.object.metadata.namespace}" does not match the namespace "${ctx.namespace}". You must pass '--namespace=${o.object.metadata.namespace}' to perform this operation.`);
    }
    if (dry === "client") {
      await report(ctx, o.mapping, o.object, "created", dry);
      continue;
    }
    try {
      const created = await ctx
        .api()
        .writeJSON("POST", withQuery(resourcePath(o.mapping, ns), { dryRun: dry === "server" ? "All" : undefined, fieldManager: "kubectl-create" }), o.object, "application/json", ANY_ACCEPT);
      await report(ctx, o.mapping, created, "created", dry);
    } catch (err) {
      failed = true;
      if (err instanceof ApiError) {
        ctx.io.stderr(formatError(new ApiError({ ...err.status, message: `error when creating "${o.source}": ${err.message}` })));
      } else throw err;
    }
  }
  return failed ? 1 : 0;
}

function literalData(ctx: CommandContext): Record<string, string> {
  const data: Record<string, string> = {};
  for (const kv of ctx.flags.list("from-literal")) {
    const eq = kv.indexOf("=");
    if (eq <= 0) throw new KubectlError(`invalid literal source ${kv}, expected key=value`);
    data[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  return data;
}

async function fileData(ctx: CommandContext, data: Record<string, string>): Promise<void> {
  for (const spec of ctx.flags.list("from-file")) {
    const eq = spec.indexOf("=");
    const path = eq >= 0 ? spec.slice(eq + 1) : spec;
    const key = eq >= 0 ? spec.slice(0, eq) : (path.split("/").at(-1) as string);
    if (!ctx.io.readFile) throw new KubectlError(`error reading ${path}: no such file or directory`);
    try {
      data[key] = await ctx.io.readFile(path);
    } catch {
      throw new KubectlError(`error reading ${path}: no such file or directory`);
    }
  }
}

const deployment: Command = {
  name: "deployment",
  aliases: ["deploy"],
  flags: [
    ...CREATE_FLAGS,
    { name: "image", type: "stringSlice", default: [], required: true },
    { name: "replicas", shorthand: "r", type: "int", default: 1 },
    { name: "port", type: "int", default: -1 },
    { name: "field-manager", type: "string", default: "kubectl-create" },
  ],
  async run(ctx) {
    const name = oneName(ctx);
    const command = ctx.argsLenAtDash >= 0 ? ctx.args.slice(ctx.argsLenAtDash) : [];
    const images = ctx.flags.list("image");
    if (images.length > 1 && command.length) throw new KubectlError("cannot specify multiple --image options and command");
    const obj = deploymentObject(name, images, ctx.flags.int("replicas", 1), ctx.flags.int("port", -1), command);
    return createObject(ctx, mustFindMapping("deployments.apps"), obj, ctx.flags.str("field-manager"), "failed to create deployment");
  },
};

const namespace: Command = {
  name: "namespace",
  aliases: ["ns"],
  flags: [...CREATE_FLAGS, { name: "field-manager", type: "string", default: "kubectl-create" }],
  async run(ctx) {
    return createObject(ctx, mustFindMapping("namespaces"), namespaceObject(oneName(ctx)), ctx.flags.str("field-manager"));
  },
};

function serviceCommand(name: string, type: string): Command {
  const own: FlagSpec[] = {
    ClusterIP: [{ name: "clusterip", type: "string", default: "" } as FlagSpec],
    NodePort: [{ name: "node-port", type: "int", default: 0 } as FlagSpec],
    LoadBalancer: [],
    ExternalName: [{ name: "external-name", type: "string", default: "" } as FlagSpec],
  }[type] as FlagSpec[];
  return {
    name,
    flags: [...CREATE_FLAGS, { name: "tcp", type: "stringSlice", default: [] }, ...own, { name: "field-manager", type: "string", default: "kubectl-create" }],
    async run(ctx) {
      const svcName = oneName(ctx);
      const tcp = ctx.flags.list("tcp");
      if (type !== "ExternalName" && !tcp.length && ctx.flags.str("clusterip") !== "None") throw new KubectlError("at least one tcp port specifier must be provided");
      const obj = serviceObject(svcName, type, tcp, {
        nodePort: ctx.flags.int("node-port") || undefined,
        clusterIP: ctx.flags.str("clusterip") || undefined,
        externalName: ctx.flags.str("external-name") || undefined,
      });
      return createObject(ctx, mustFindMapping("services"), obj, ctx.flags.str("field-manager"), `failed to create ${type} service`);
    },
  };
}

const service: Command = {
  name: "service",
  aliases: ["svc"],
  bareHelpTo: "stderr",
  subcommands: [
    serviceCommand("clusterip", "ClusterIP"),
    serviceCommand("nodeport", "NodePort"),
    serviceCommand("loadbalancer", "LoadBalancer"),
    serviceCommand("externalname", "ExternalName"),
  ],
};

const configmap: Command = {
  name: "configmap",
  aliases: ["cm"],
  flags: [
    ...CREATE_FLAGS,
    { name: "from-literal", type: "stringArray", default: [] },
    { name: "from-file", type: "stringSlice", default: [] },
    { name: "from-env-file", type: "string", default: "" },
    { name: "append-hash", type: "bool", default: false },
    { name: "field-manager", type: "string", default: "kubectl-create" },
  ],
  async run(ctx) {
    const name = oneName(ctx);
    const data = literalData(ctx);
    await fileData(ctx, data);
    return createObject(ctx, mustFindMapping("configmaps"), configMapObject(name, data), ctx.flags.str("field-manager"), "failed to create configmap");
  },
};

const secretGeneric: Command = {
  name: "generic",
  flags: [
    ...CREATE_FLAGS,
    { name: "from-literal", type: "stringArray", default: [] },
    { name: "from-file", type: "stringSlice", default: [] },
    { name: "from-env-file", type: "string", default: "" },
    { name: "type", type: "string", default: "" },
    { name: "append-hash", type: "bool", default: false },
    { name: "field-manager", type: "string", default: "kubectl-create" },
  ],
  async run(ctx) {
    const name = oneName(ctx);
    const data = literalData(ctx);
    await fileData(ctx, data);
    const obj = secretObject(name, data, ctx.flags.str("type") || "Opaque");
    return createObject(ctx, mustFindMapping("secrets"), obj, ctx.flags.str("field-manager"), "failed to create secret");
  },
};

const secret: Command = { name: "secret", bareHelpTo: "stderr", subcommands: [secretGeneric] };

const job: Command = {
  name: "job",
  flags: [...CREATE_FLAGS, { name: "image", type: "string", default: "" }, { name: "from", type: "string", default: "" }, { name: "field-manager", type: "string", default: "kubectl-create" }],
  async run(ctx) {
    const name = oneName(ctx);
    const image = ctx.flags.str("image");
    if (!image && !ctx.flags.str("from")) throw new KubectlError("either --image or --from must be specified");
    if (ctx.flags.str("from")) throw new KubectlError("creating a job --from a cronjob is not available in this simulated cluster");
    const command = ctx.argsLenAtDash >= 0 ? ctx.args.slice(ctx.argsLenAtDash) : [];
    return createObject(ctx, mustFindMapping("jobs.batch"), jobObject(name, image, command), ctx.flags.str("field-manager"), "failed to create job");
  },
};

export const createCommand: Command = {
  name: "create",
  flags: [
    ...CREATE_FLAGS,
    { name: "filename", shorthand: "f", type: "stringSlice", default: [] },
    { name: "kustomize", shorthand: "k", type: "string", default: "" },
    { name: "recursive", shorthand: "R", type: "bool", default: false },
    { name: "selector", shorthand: "l", type: "string", default: "" },
    { name: "edit", type: "bool", default: false },
    { name: "raw", type: "string", default: "" },
    { name: "record", type: "bool", default: false },
    { name: "windows-line-endings", type: "bool", default: false },
    { name: "field-manager", type: "string", default: "kubectl-create" },
  ],
  subcommands: [deployment, namespace, service, configmap, secret, job],
  run: createFromFiles,
};

