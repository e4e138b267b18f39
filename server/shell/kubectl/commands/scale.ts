/**
 * `kubectl scale` (kubectl/pkg/cmd/scale/scale.go): GET the object, then a merge patch of
 * `{"spec":{"replicas":N}}` on its `scale` subresource; --current-replicas as a precondition.
 */
import type { Command } from "../command";
import { formatError, KubectlError } from "../errors";
import { JSON_ACCEPT, ANY_ACCEPT } from "../transport";
import { refName, resolveTargets } from "./targets";

const SCALABLE = ["Deployment", "ReplicaSet", "ReplicationController", "StatefulSet"];

export const scaleCommand: Command = {
  name: "scale",
  flags: [
    { name: "replicas", type: "int", default: 0, required: true },
    { name: "current-replicas", type: "int", default: -1 },
    { name: "resource-version", type: "string", default: "" },
    { name: "selector", shorthand: "l", type: "string", default: "" },
    { name: "all", type: "bool", default: false },
    { name: "filename", shorthand: "f", type: "stringSlice", default: [] },
    { name: "output", shorthand: "o", type: "string", default: "" },
    { name: "record", type: "bool", default: false },
    { name: "timeout", type: "string", default: "0s" },
    { name: "dry-run", type: "string", default: "none", noOptDefault: "unchanged" },
    { name: "allow-missing-template-keys", type: "bool", default: true },
    { name: "template", type: "string", default: "" },
    { name: "kustomize", shorthand: "k", type: "string", default: "" },
    { name: "recursive", shorthand: "R", type: "bool", default: false },
  ],
  async run(ctx) {
    const { flags, io } = ctx;
    const replicas = flags.int("replicas");
    if (replicas < 0) throw new KubectlError("The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0");
    const targets = await resolveTargets(ctx, ctx.args, { selector: flags.str("selector"), all: flags.bool("all"), files: flags.list("filename") });
    if (!targets.length) throw new KubectlError("no objects passed to scale");
    let failed = false;
    for (const t of targets) {
      if (!SCALABLE.includes(t.mapping.kind)) {
        io.stderr(`error: no scaler has been implemented for {"${t.mapping.group}" "${t.mapping.kind}"}\n`);
        failed = true;
        continue;
      }
      try {
        const obj = t.object ?? (await ctx.api().get(t.mapping, t.namespace, t.name, JSON_ACCEPT));
        const current = flags.int("current-replicas", -1);
        if (current >= 0 && (obj.spec?.replicas ?? 1) !== current) {
          throw new KubectlError(`Expected replicas to be ${current}, was ${obj.spec?.replicas ?? 1}`);
        }
        await ctx.api().patch(t.mapping, t.namespace, t.name, "merge", { spec: { replicas } }, {}, { sub: "scale", accept: ANY_ACCEPT });
        io.stdout(flags.str("output") === "name" ? `${refName(t)}\n` : `${refName(t)} scaled\n`);
      } catch (err) {
        failed = true;
        io.stderr(formatError(err));
      }
    }
    return failed ? 1 : 0;
  },
};
