/**
 * `kubectl rollout` (kubectl/pkg/cmd/rollout): status, history, undo (client-side, polymorphichelpers
 * rollback.go DeploymentRollbacker), restart, pause and resume, for deployments.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Command, CommandContext } from "../command";
import { formatError, KubectlError } from "../errors";
import { describePodTemplate } from "../describe/containers";
import { replicaSetsOf, equalIgnoreHash } from "../describe/describe-deployment";
import { tabbedString, untabbedString } from "../describe/prefix-writer";
import { ANY_ACCEPT } from "../transport";
import { rolloutStatus } from "./rollout-status";
import { inStructOrder, POD_TEMPLATE_SPEC } from "../struct-order";
import { refName, resolveTargets, type Target } from "./targets";

const REVISION = "deployment.kubernetes.io/revision";
const CHANGE_CAUSE = "kubernetes.io/change-cause";
const SKIPPED_ANNOTATIONS = new Set([
  "kubectl.kubernetes.io/last-applied-configuration",
  REVISION,
  "deployment.kubernetes.io/revision-history",
  "deployment.kubernetes.io/desired-replicas",
  "deployment.kubernetes.io/max-replicas",
  "deprecated.deployment.rollback.to",
]);

const revisionOf = (o: any) => Number(o.metadata.annotations?.[REVISION] ?? 0);

async function deploymentTargets(ctx: CommandContext): Promise<Target[]> {
  if (!ctx.args.length && !ctx.flags.list("filename").length) throw new KubectlError("required resource not specified");
  return resolveTargets(ctx, ctx.args, { files: ctx.flags.list("filename") });
}

function requireDeployment(t: Target, what: string): void {
  if (t.mapping.kind !== "Deployment") throw new KubectlError(`no ${what} has been implemented for "${t.mapping.kind}"`);
}

async function undo(ctx: CommandContext): Promise<number> {
  const api = ctx.api();
  for (const t of await deploymentTargets(ctx)) {
    requireDeployment(t, "rollbacker");
    await api.get(t.mapping, t.namespace, t.name, ANY_ACCEPT);
    const d: any = await api.get(t.mapping, t.namespace, t.name, ANY_ACCEPT);
    if (d.spec?.paused) throw new KubectlError(`you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume deployment/${t.name}' and try again`);
    const { all } = await replicaSetsOf(api, d);
    const toRevision = ctx.flags.int("to-revision", 0);
    const byRevision = new Map(all.map((rs) => [revisionOf(rs), rs]));
    let target: any;
    if (toRevision === 0) {
      const revisions = [...byRevision.keys()].sort((a, b) => b - a);
      if (revisions.length < 2) throw new KubectlError(`no rollout history found for deployment "${t.name}"`);
      target = byRevision.get(revisions[1]);
    } else {
      target = byRevision.get(toRevision);
      if (!target) throw new KubectlError(`unable to find specified revision ${toRevision} in history`);
    }
    if (equalIgnoreHash(target.spec.template, d.spec.template)) {
      ctx.io.stdout(`${refName(t)} skipped rollback (current template already matches revision ${revisionOf(target)})\n`);
      continue;
    }
    const template = inStructOrder(structuredClone(target.spec.template), POD_TEMPLATE_SPEC);
    if (template.metadata?.labels) delete template.metadata.labels["pod-template-hash"];
    const annotations: Record<string, string> = {};
    for (const k of SKIPPED_ANNOTATIONS) if (d.metadata.annotations?.[k] !== undefined) annotations[k] = d.metadata.annotations[k];
    for (const [k, v] of Object.entries(target.metadata.annotations ?? {})) if (!SKIPPED_ANNOTATIONS.has(k)) annotations[k] = v as string;
    const patch = [
      { op: "replace", path: "/spec/template", value: template },
      { op: "replace", path: "/metadata/annotations", value: annotations },
    ];
    if (ctx.flags.str("dry-run") === "client") {
      ctx.io.stdout(`${refName(t)} Pod Template:\n${tabbedString((w) => describePodTemplate(template, w))}\n`);
      continue;
    }
    await api.patch(t.mapping, t.namespace, t.name, "json", JSON.stringify(patch), {}, { accept: ANY_ACCEPT });
    ctx.io.stdout(`${refName(t)} rolled back\n`);
  }
  return 0;
}

async function history(ctx: CommandContext): Promise<number> {
  const api = ctx.api();
  for (const t of await deploymentTargets(ctx)) {
    requireDeployment(t, "history viewer");
    const d: any = await api.get(t.mapping, t.namespace, t.name, ANY_ACCEPT);
    const { all } = await replicaSetsOf(api, d);
    const revision = ctx.flags.int("revision", 0);
    const byRevision = new Map(all.map((rs) => [revisionOf(rs), rs]));
    if (revision > 0) {
      const rs = byRevision.get(revision);
      if (!rs) throw new KubectlError(`unable to find the specified revision`);
      const template = structuredClone(rs.spec.template);
      if (template.metadata?.annotations?.[CHANGE_CAUSE] === undefined && rs.metadata.annotations?.[CHANGE_CAUSE]) {
        template.metadata.annotations = { ...(template.metadata.annotations ?? {}), [CHANGE_CAUSE]: rs.metadata.annotations[CHANGE_CAUSE] };
      }
      // history.go printTemplate: DescribePodTemplate into a PrefixWriter over a plain buffer
      ctx.io.stdout(`${refName(t)} with revision #${revision}\n${untabbedString((w) => describePodTemplate(template, w))}\n`);
      continue;
    }
    const revisions = [...byRevision.keys()].sort((a, b) => a - b);
    const table = tabbedString((w) => {
      w.write(0, "REVISION\tCHANGE-CAUSE\n");
      for (const r of revisions) w.write(0, `${r}\t${byRevision.get(r).metadata.annotations?.[CHANGE_CAUSE] || "<none>"}\n`);
    });
    ctx.io.stdout(`${refName(t)} \n${table}\n`);
  }
  return 0;
}

function patchVerb(verb: "restarted" | "paused" | "resumed"): (ctx: CommandContext) => Promise<number> {
  return async (ctx) => {
    const api = ctx.api();
    let failed = false;
    for (const t of await deploymentTargets(ctx)) {
      try {
        if (verb !== "restarted" || !["DaemonSet", "StatefulSet"].includes(t.mapping.kind)) {
          requireDeployment(t, verb === "restarted" ? "restarter" : verb === "paused" ? "pauser" : "resumer");
        }
        const d: any = await api.get(t.mapping, t.namespace, t.name, ANY_ACCEPT);
        let patch: unknown;
        if (verb === "restarted") {
          if (d.spec?.paused) throw new KubectlError(`can't restart paused deployment (run rollout resume first)`);
          const now = new Date(ctx.io.clock.now()).toISOString().replace(/\.\d{3}Z$/, "Z");
          patch = { spec: { template: { metadata: { annotations: { "kubectl.kubernetes.io/restartedAt": now } } } } };
        } else {
          const pause = verb === "paused";
          if (!!d.spec?.paused === pause) throw new KubectlError(`deployments.apps "${t.name}" is ${pause ? "already paused" : "not paused"}`);
          patch = { spec: { paused: pause } };
        }
        await api.patch(t.mapping, t.namespace, t.name, "strategic", patch, { fieldManager: "kubectl-rollout" }, { accept: ANY_ACCEPT });
        ctx.io.stdout(`${refName(t)} ${verb}\n`);
      } catch (err) {
        failed = true;
        ctx.io.stderr(formatError(err));
      }
    }
    return failed ? 1 : 0;
  };
}

const common = [
  { name: "filename", shorthand: "f", type: "stringSlice" as const, default: [] },
  { name: "kustomize", shorthand: "k", type: "string" as const, default: "" },
  { name: "recursive", shorthand: "R", type: "bool" as const, default: false },
];
const printing = [
  { name: "output", shorthand: "o", type: "string" as const, default: "" },
  { name: "template", type: "string" as const, default: "" },
  { name: "allow-missing-template-keys", type: "bool" as const, default: true },
];

export const rolloutCommand: Command = {
  name: "rollout",
  bareHelpTo: "stdout",
  subcommands: [
    {
      name: "status",
      flags: [...common, { name: "watch", shorthand: "w", type: "bool", default: true }, { name: "revision", type: "int", default: 0 }, { name: "timeout", type: "string", default: "0s" }],
      run: rolloutStatus,
    },
    { name: "history", flags: [...common, ...printing, { name: "revision", type: "int", default: 0 }], run: history },
    { name: "undo", flags: [...common, ...printing, { name: "to-revision", type: "int", default: 0 }, { name: "dry-run", type: "string", default: "none", noOptDefault: "unchanged" }], run: undo },
    { name: "restart", flags: [...common, ...printing, { name: "field-manager", type: "string", default: "kubectl-rollout" }], run: patchVerb("restarted") },
    { name: "pause", flags: [...common, ...printing, { name: "field-manager", type: "string", default: "kubectl-rollout" }], run: patchVerb("paused") },
    { name: "resume", flags: [...common, ...printing, { name: "field-manager", type: "string", default: "kubectl-rollout" }], run: patchVerb("resumed") },
  ],
};
