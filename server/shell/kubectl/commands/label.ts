/**
 * `kubectl label` and `kubectl annotate` (kubectl/pkg/cmd/label, annotate): GET each object, apply
 * `key=value` / `key-` with the --overwrite rule, and send the difference as a JSON merge patch of
 * metadata (field manager kubectl-label / kubectl-annotate).
 */
import type { Command, CommandContext } from "../command";
import { formatError, KubectlError } from "../errors";
import { JSON_ACCEPT } from "../transport";
import { refName, resolveTargets } from "./targets";

interface Change {
  set: Map<string, string>;
  remove: string[];
}

function parseChanges(pairs: string[], what: string): Change {
  const set = new Map<string, string>();
  const remove: string[] = [];
  for (const p of pairs) {
    const eq = p.indexOf("=");
    if (eq >= 0) {
      const key = p.slice(0, eq);
      const value = p.slice(eq + 1);
      if (!/^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(key)) {
        throw new KubectlError(`invalid ${what} spec: ${p}`);
      }
      if (what === "label" && value && !/^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/.test(value)) {
        throw new KubectlError(`invalid label value: "${p}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`);
      }
      set.set(key, value);
    } else if (p.endsWith("-")) remove.push(p.slice(0, -1));
    else throw new KubectlError(`invalid ${what} spec: ${p}`);
  }
  for (const r of remove) if (set.has(r)) throw new KubectlError(`can not both modify and remove ${what}s in the same command`);
  return { set, remove };
}

function metadataCommand(name: "label" | "annotate"): Command {
  const field = name === "label" ? "labels" : "annotations";
  const what = name === "label" ? "label" : "annotation";
  const past = name === "label" ? "labeled" : "annotated";
  return {
    name,
    flags: [
      { name: "overwrite", type: "bool", default: false },
      { name: "all", type: "bool", default: false },
      { name: "selector", shorthand: "l", type: "string", default: "" },
      { name: "filename", shorthand: "f", type: "stringSlice", default: [] },
      { name: "list", type: "bool", default: false },
      { name: "local", type: "bool", default: false },
      { name: "resource-version", type: "string", default: "" },
      { name: "output", shorthand: "o", type: "string", default: "" },
      { name: "dry-run", type: "string", default: "none", noOptDefault: "unchanged" },
      { name: "record", type: "bool", default: false },
      { name: "field-manager", type: "string", default: `kubectl-${name}` },
      { name: "field-selector", type: "string", default: "" },
      { name: "allow-missing-template-keys", type: "bool", default: true },
      { name: "template", type: "string", default: "" },
      { name: "kustomize", shorthand: "k", type: "string", default: "" },
      { name: "recursive", shorthand: "R", type: "bool", default: false },
    ],
    async run(ctx: CommandContext) {
      const { flags, io } = ctx;
      const resources: string[] = [];
      const pairs: string[] = [];
      // the first argument is always a resource; later ones are changes when they look like one
      ctx.args.forEach((a, i) => ((i > 0 && (a.includes("=") || a.endsWith("-"))) ? pairs : resources).push(a));
      if (!resources.length && !flags.list("filename").length) {
        throw new KubectlError("one or more resources must be specified as <resource> <name> or <resource>/<name>");
      }
      if (!pairs.length && !flags.bool("list")) throw new KubectlError(`at least one ${what} update is required`);
      const change = parseChanges(pairs, what);
      const targets = await resolveTargets(ctx, resources, { selector: flags.str("selector"), all: flags.bool("all"), files: flags.list("filename"), requireSelection: true });
      let failed = false;
      for (const t of targets) {
        try {
          const obj = await ctx.api().get(t.mapping, t.namespace, t.name, JSON_ACCEPT);
          const current = (obj.metadata[field] ?? {}) as Record<string, string>;
          if (flags.bool("list")) {
            for (const k of Object.keys(current).sort()) io.stdout(`${k}=${current[k]}\n`);
            continue;
          }
          if (!flags.bool("overwrite")) {
            for (const [k, v] of change.set) {
              if (k in current && current[k] !== v) throw new KubectlError(`'${k}' already has a value (${current[k]}), and --overwrite is false`);
            }
          }
          const patchFields: Record<string, string | null> = {};
          for (const [k, v] of change.set) if (current[k] !== v) patchFields[k] = v;
          for (const k of change.remove) if (k in current) patchFields[k] = null;
          for (const k of change.remove) if (!(k in current)) io.stderr(`${what} "${k}" not found.\n`);
          if (!Object.keys(patchFields).length) {
            io.stdout(`${refName(t)} not ${past}\n`);
            continue;
          }
          const sorted = Object.fromEntries(Object.keys(patchFields).sort().map((k) => [k, patchFields[k]]));
          await ctx.api().patch(t.mapping, t.namespace, t.name, "merge", { metadata: { [field]: sorted } }, { fieldManager: flags.str("field-manager") });
          io.stdout(flags.str("output") === "name" ? `${refName(t)}\n` : `${refName(t)} ${past}\n`);
        } catch (err) {
          failed = true;
          io.stderr(formatError(err));
        }
      }
      return failed ? 1 : 0;
    },
  };
}

export const labelCommand = metadataCommand("label");
export const annotateCommand = metadataCommand("annotate");
