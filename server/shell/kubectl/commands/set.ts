/**
 * `kubectl set image` and `kubectl set env` (kubectl/pkg/cmd/set): strategic merge patches of the pod
 * template's containers with `$setElementOrder/containers`, field manager `kubectl-set`.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Command, CommandContext } from "../command";
import { formatError, KubectlError } from "../errors";
import { ANY_ACCEPT } from "../transport";
import { NO_RESOURCES, refName, resolveTargets, type Target } from "./targets";

/** Where the pod spec sits in an object (polymorphichelpers.UpdatePodSpecForObject). */
function podSpecPath(kind: string): string[] | undefined {
  if (kind === "Pod") return ["spec"];
  if (["Deployment", "ReplicaSet", "DaemonSet", "StatefulSet", "ReplicationController", "Job"].includes(kind)) return ["spec", "template", "spec"];
  if (kind === "CronJob") return ["spec", "jobTemplate", "spec", "template", "spec"];
  return undefined;
}

function nest(path: string[], leaf: any): any {
  return path.reduceRight((acc, key) => ({ [key]: acc }), leaf);
}

function getPath(obj: any, path: string[]): any {
  return path.reduce((o, k) => (o ? o[k] : undefined), obj);
}

/** Splits `KEY=VALUE` pairs from the resources they follow, as set image/env do. */
function splitArgs(args: string[]): { resources: string[]; pairs: string[] } {
  const resources: string[] = [];
  const pairs: string[] = [];
  for (const a of args) (a.includes("=") || (a.endsWith("-") && !a.includes("/")) ? pairs : resources).push(a);
  return { resources, pairs };
}

async function patchEach(ctx: CommandContext, targets: Target[], build: (t: Target, obj: any) => { patch: any; changed: boolean }, verb: string): Promise<number> {
  let failed = false;
  for (const t of targets) {
    const path = podSpecPath(t.mapping.kind);
    try {
      if (!path) throw new KubectlError(`${refName(t)} does not have a pod template`);
      const obj = t.object ?? (await ctx.api().get(t.mapping, t.namespace, t.name, ANY_ACCEPT));
      const { patch, changed } = build(t, obj);
      if (changed) await ctx.api().patch(t.mapping, t.namespace, t.name, "strategic", patch, { fieldManager: "kubectl-set" }, { accept: ANY_ACCEPT });
      ctx.io.stdout(`${refName(t)} ${verb}\n`);
    } catch (err) {
      failed = true;
      ctx.io.stderr(formatError(err));
    }
  }
  return failed ? 1 : 0;
}

const image: Command = {
  name: "image",
  flags: [
    { name: "all", type: "bool", default: false },
    { name: "selector", shorthand: "l", type: "string", default: "" },
    { name: "filename", shorthand: "f", type: "stringSlice", default: [] },
    { name: "local", type: "bool", default: false },
    { name: "record", type: "bool", default: false },
    { name: "output", shorthand: "o", type: "string", default: "" },
    { name: "dry-run", type: "string", default: "none", noOptDefault: "unchanged" },
    { name: "field-manager", type: "string", default: "kubectl-set" },
    { name: "allow-missing-template-keys", type: "bool", default: true },
    { name: "template", type: "string", default: "" },
    { name: "kustomize", shorthand: "k", type: "string", default: "" },
    { name: "recursive", shorthand: "R", type: "bool", default: false },
  ],
  async run(ctx) {
    const { resources, pairs } = splitArgs(ctx.args);
    if (!resources.length && !ctx.flags.list("filename").length) throw new KubectlError(NO_RESOURCES);
    if (!pairs.length) throw new KubectlError("at least one image update is required");
    const images = new Map(pairs.map((p) => [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1)]));
    const targets = await resolveTargets(ctx, resources, { selector: ctx.flags.str("selector"), all: ctx.flags.bool("all"), files: ctx.flags.list("filename") });
    return patchEach(
      ctx,
      targets,
      (t, obj) => {
        const path = podSpecPath(t.mapping.kind) as string[];
        const spec = getPath(obj, path) ?? {};
        const all = [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
        for (const name of images.keys()) {
          if (name !== "*" && !all.some((c: any) => c.name === name)) throw new KubectlError(`unable to find container named "${name}"`);
        }
        const changedContainers = (list: any[] | undefined) =>
          (list ?? [])
            .filter((c: any) => (images.has(c.name) || images.has("*")) && c.image !== (images.get(c.name) ?? images.get("*")))
            .map((c: any) => ({ image: images.get(c.name) ?? images.get("*"), name: c.name }));
        const leaf: any = {};
        const containers = changedContainers(spec.containers);
        const inits = changedContainers(spec.initContainers);
        if (containers.length) {
          leaf["$setElementOrder/containers"] = spec.containers.map((c: any) => ({ name: c.name }));
          leaf.containers = containers;
        }
        if (inits.length) {
          leaf["$setElementOrder/initContainers"] = spec.initContainers.map((c: any) => ({ name: c.name }));
          leaf.initContainers = inits;
        }
        return { patch: nest(path, leaf), changed: containers.length + inits.length > 0 };
      },
      "image updated",
    );
  },
};

const env: Command = {
  name: "env",
  flags: [
    { name: "all", type: "bool", default: false },
    { name: "selector", shorthand: "l", type: "string", default: "" },
    { name: "filename", shorthand: "f", type: "stringSlice", default: [] },
    { name: "containers", shorthand: "c", type: "string", default: "*" },
    { name: "env", shorthand: "e", type: "stringArray", default: [] },
    { name: "list", type: "bool", default: false },
    { name: "overwrite", type: "bool", default: true },
    { name: "output", shorthand: "o", type: "string", default: "" },
    { name: "dry-run", type: "string", default: "none", noOptDefault: "unchanged" },
    { name: "field-manager", type: "string", default: "kubectl-set" },
    { name: "from", type: "string", default: "" },
    { name: "keys", type: "stringSlice", default: [] },
    { name: "local", type: "bool", default: false },
    { name: "prefix", type: "string", default: "" },
    { name: "resolve", type: "bool", default: false },
    { name: "allow-missing-template-keys", type: "bool", default: true },
    { name: "template", type: "string", default: "" },
    { name: "kustomize", shorthand: "k", type: "string", default: "" },
    { name: "recursive", shorthand: "R", type: "bool", default: false },
  ],
  async run(ctx) {
    const { resources, pairs } = splitArgs(ctx.args);
    const all = [...pairs, ...ctx.flags.list("env")];
    const targets = await resolveTargets(ctx, resources, { selector: ctx.flags.str("selector"), all: ctx.flags.bool("all"), files: ctx.flags.list("filename") });
    const wanted = ctx.flags.str("containers");
    const matches = (name: string) => wanted === "*" || wanted.split(",").includes(name);
    if (ctx.flags.bool("list")) {
      for (const t of targets) {
        const obj: any = t.object ?? (await ctx.api().get(t.mapping, t.namespace, t.name, ANY_ACCEPT));
        const spec = getPath(obj, podSpecPath(t.mapping.kind) ?? ["spec"]) ?? {};
        ctx.io.stdout(`# ${t.mapping.kind} ${t.name}, container ${""}`.trimEnd() + "\n");
        for (const c of (spec.containers ?? []).filter((x: any) => matches(x.name))) {
          ctx.io.stdout(`# ${t.mapping.kind.toLowerCase()}s/${t.name}, container ${c.name}\n`);
          for (const e of c.env ?? []) ctx.io.stdout(e.valueFrom ? `# ${e.name} from: ${JSON.stringify(e.valueFrom)}\n` : `${e.name}=${e.value ?? ""}\n`);
        }
      }
      return 0;
    }
    if (!all.length) throw new KubectlError("at least one environment variable must be provided");
    const sets = all.filter((p) => p.includes("=")).map((p) => ({ name: p.slice(0, p.indexOf("=")), value: p.slice(p.indexOf("=") + 1) }));
    const removes = all.filter((p) => !p.includes("=") && p.endsWith("-")).map((p) => p.slice(0, -1));
    return patchEach(
      ctx,
      targets,
      (t, obj) => {
        const path = podSpecPath(t.mapping.kind) as string[];
        const spec = getPath(obj, path) ?? {};
        const containers = (spec.containers ?? [])
          .filter((c: any) => matches(c.name))
          .map((c: any) => {
            const current: any[] = c.env ?? [];
            const envPatch: any[] = [];
            for (const s of sets) {
              const existing = current.find((e) => e.name === s.name);
              if (!existing || existing.value !== s.value || existing.valueFrom) envPatch.push({ name: s.name, value: s.value });
            }
            for (const r of removes) if (current.some((e) => e.name === r)) envPatch.push({ $patch: "delete", name: r });
            return envPatch.length ? { env: envPatch, name: c.name } : null;
          })
          .filter(Boolean);
        const leaf = { "$setElementOrder/containers": (spec.containers ?? []).map((c: any) => ({ name: c.name })), containers };
        return { patch: nest(path, leaf), changed: containers.length > 0 };
      },
      "env updated",
    );
  },
};

export const setCommand: Command = { name: "set", bareHelpTo: "stderr", subcommands: [image, env] };
