/**
 * `kubectl apply -f` (client-side apply, kubectl/pkg/cmd/apply/apply.go + patcher.go): the object is
 * stored with its `kubectl.kubernetes.io/last-applied-configuration` annotation; a missing object is
 * POSTed, an existing one gets a strategic merge patch computed from the last applied, the new and the
 * live configuration, and nothing is sent when that patch is empty ("unchanged").
 */
import type { KubeObject } from "@/server/cluster/types";
import { withQuery } from "../client";
import type { Command, CommandContext } from "../command";
import { ApiError, formatError, isNotFound, KubectlError } from "../errors";
import { loadManifests } from "../manifest";
import { goJSON } from "../printers/go-json";
import { resourcePath } from "../rest-mapper";
import { ANY_ACCEPT, JSON_ACCEPT } from "../transport";
import { CREATE_FLAGS, dryRunStrategy, report } from "./create-support";
import { threeWayMergePatch } from "./three-way-patch";

export const LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

/** apply.go GetModifiedConfiguration: the object encoded with annotations present and the annotation set to itself. */
export function withLastApplied(obj: KubeObject): { modified: KubeObject; lastApplied: string } {
  const copy = structuredClone(obj);
  const annotations = { ...(copy.metadata.annotations ?? {}) };
  delete annotations[LAST_APPLIED];
  copy.metadata.annotations = annotations;
  const lastApplied = goJSON(copy, "") + "\n";
  copy.metadata.annotations = { ...annotations, [LAST_APPLIED]: lastApplied };
  return { modified: copy, lastApplied };
}

/** cmdutil.AddSourceToErr: the server's message prefixed with what was being done to which file. */
function withSource(err: unknown, verb: string, source: string): unknown {
  if (err instanceof ApiError) return new ApiError({ ...err.status, message: `error when ${verb} "${source}": ${err.message}` });
  return err;
}

/** resource.Info.String(). */
function infoString(o: { mapping: { group: string; version: string; resource: string; kind: string } }, name: string, ns: string): string {
  const gv = o.mapping.group ? `${o.mapping.group}/${o.mapping.version}` : o.mapping.version;
  return `Resource: "${gv}, Resource=${o.mapping.resource}", GroupVersionKind: "${gv}, Kind=${o.mapping.kind}"\nName: "${name}", Namespace: "${ns}"`;
}

async function applyOne(ctx: CommandContext, o: Awaited<ReturnType<typeof loadManifests>>[number], openapiFetched: { done: boolean }): Promise<void> {
  const api = ctx.api();
  const ns = o.mapping.namespaced ? (o.object.metadata.namespace ?? ctx.namespace) : "";
  if (ctx.explicitNamespace && o.object.metadata.namespace && o.object.metadata.namespace !== ctx.namespace) {
    throw new KubectlError(`the namespace from the provided object "${o.object.metadata.namespace}" does not match the namespace "${ctx.namespace}". You must pass '--namespace=${o.object.metadata.namespace}' to perform this operation.`);
  }
  const obj = structuredClone(o.object);
  if (o.mapping.namespaced) obj.metadata.namespace = ns;
  if (!openapiFetched.done) {
    openapiFetched.done = true;
    // Client-side validation fetches the schema once; an API server without it is not an error here.
    await api.send({ method: "GET", path: "/openapi/v2?timeout=32s", headers: { Accept: "application/com.github.proto-openapi.spec.v2@v1.0+protobuf" } }).catch(() => undefined);
  }
  const name = obj.metadata.name ?? "";
  const dry = dryRunStrategy(ctx);
  const { modified } = withLastApplied(obj);
  let current: KubeObject | undefined;
  try {
    current = await api.get(o.mapping, ns, name, JSON_ACCEPT);
  } catch (err) {
    if (!isNotFound(err)) throw withSource(err, `retrieving current configuration of:\n${infoString(o, name, ns)}\nfrom server for:`, o.source);
  }
  if (!current) {
    if (dry === "client") return report(ctx, o.mapping, modified, "created", dry);
    const created = await api
      .writeJSON(
        "POST",
        withQuery(resourcePath(o.mapping, ns), { dryRun: dry === "server" ? "All" : undefined, fieldManager: "kubectl-client-side-apply" }),
        goJSON(modified, ""),
        "application/json",
        JSON_ACCEPT,
      )
      .catch((err) => {
        throw withSource(err, "creating", o.source);
      });
    return report(ctx, o.mapping, created, "created", dry);
  }
  const original = current.metadata.annotations?.[LAST_APPLIED];
  const originalObj = original ? (JSON.parse(original) as KubeObject) : undefined;
  const patch = threeWayMergePatch(originalObj, modified, current);
  if (!patch || Object.keys(patch).length === 0) return report(ctx, o.mapping, current, "unchanged", dry);
  if (dry === "client") return report(ctx, o.mapping, current, "configured", dry);
  const body = goJSON(patch, "");
  const patched = await api
    .patch(o.mapping, ns, name, "strategic", body, { dryRun: dry === "server" ? "All" : undefined, fieldManager: "kubectl-client-side-apply" }, { accept: ANY_ACCEPT })
    .catch((err) => {
      throw withSource(err, `applying patch:\n${body}\nto:\n${infoString(o, name, ns)}\nfor:`, o.source);
    });
  return report(ctx, o.mapping, patched, "configured", dry);
}

async function run(ctx: CommandContext): Promise<number> {
  const files = ctx.flags.list("filename");
  if (!files.length) throw new KubectlError("must specify one of -f and -k");
  const objs = await loadManifests(files, ctx.io, await ctx.restMapper());
  const fetched = { done: false };
  let failed = false;
  for (const o of objs) {
    try {
      await applyOne(ctx, o, fetched);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      failed = true;
      ctx.io.stderr(formatError(err));
    }
  }
  return failed ? 1 : 0;
}

export const applyCommand: Command = {
  name: "apply",
  flags: [
    ...CREATE_FLAGS.filter((f) => f.name !== "save-config"),
    { name: "all", type: "bool", default: false },
    { name: "force-conflicts", type: "bool", default: false },
    { name: "openapi-patch", type: "bool", default: true },
    { name: "prune-whitelist", type: "stringArray", default: [] },
    { name: "filename", shorthand: "f", type: "stringSlice", default: [] },
    { name: "kustomize", shorthand: "k", type: "string", default: "" },
    { name: "recursive", shorthand: "R", type: "bool", default: false },
    { name: "selector", shorthand: "l", type: "string", default: "" },
    { name: "prune", type: "bool", default: false },
    { name: "force", type: "bool", default: false },
    { name: "overwrite", type: "bool", default: true },
    { name: "record", type: "bool", default: false },
    { name: "server-side", type: "bool", default: false },
    { name: "field-manager", type: "string", default: "kubectl-client-side-apply" },
    { name: "wait", type: "bool", default: false },
    { name: "timeout", type: "string", default: "0s" },
    { name: "grace-period", type: "int", default: -1 },
    { name: "cascade", type: "bool", default: true },
  ],
  subcommands: [],
  run,
};
