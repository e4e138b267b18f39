/**
 * `kubectl patch` (kubectl/pkg/cmd/patch/patch.go): -p as JSON or YAML, --type strategic (default),
 * merge or json, field manager kubectl-patch; `(no change)` when the server returns the object as it was.
 */
import { parse as parseYaml } from "yaml";
import type { Command } from "../command";
import { formatError, KubectlError } from "../errors";
import { JSON_ACCEPT } from "../transport";
import { refName, resolveTargets } from "./targets";

export const patchCommand: Command = {
  name: "patch",
  flags: [
    { name: "patch", shorthand: "p", type: "string", default: "" },
    { name: "patch-file", type: "string", default: "" },
    { name: "type", type: "string", default: "strategic" },
    { name: "filename", shorthand: "f", type: "stringSlice", default: [] },
    { name: "local", type: "bool", default: false },
    { name: "output", shorthand: "o", type: "string", default: "" },
    { name: "dry-run", type: "string", default: "none", noOptDefault: "unchanged" },
    { name: "record", type: "bool", default: false },
    { name: "field-manager", type: "string", default: "kubectl-patch" },
    { name: "allow-missing-template-keys", type: "bool", default: true },
    { name: "template", type: "string", default: "" },
    { name: "kustomize", shorthand: "k", type: "string", default: "" },
    { name: "recursive", shorthand: "R", type: "bool", default: false },
  ],
  async run(ctx) {
    const { flags, io } = ctx;
    let text = flags.str("patch");
    if (flags.str("patch-file")) {
      if (!io.readFile) throw new KubectlError(`unable to read patch file: open ${flags.str("patch-file")}: no such file or directory`);
      text = await io.readFile(flags.str("patch-file")).catch(() => {
        throw new KubectlError(`unable to read patch file: open ${flags.str("patch-file")}: no such file or directory`);
      });
    }
    if (!text) throw new KubectlError("must specify --patch or --patch-file containing the contents of the patch");
    const type = flags.str("type");
    if (!["strategic", "merge", "json"].includes(type)) {
      throw new KubectlError(`--type must be one of [json merge strategic], not "${type}"`);
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      try {
        body = parseYaml(text);
      } catch (err) {
        throw new KubectlError(`unable to parse "${text}": ${(err as Error).message.split("\n")[0]}`);
      }
    }
    if (type === "json" && !Array.isArray(body)) throw new KubectlError(`unable to parse "${text}": json: cannot unmarshal object into Go value of type jsonpatch.Patch`);
    const targets = await resolveTargets(ctx, ctx.args, { files: flags.list("filename") });
    let failed = false;
    for (const t of targets) {
      try {
        const before = await ctx.api().get(t.mapping, t.namespace, t.name, JSON_ACCEPT);
        const after = await ctx.api().patch(t.mapping, t.namespace, t.name, type as "strategic", JSON.stringify(body), { fieldManager: flags.str("field-manager") });
        const same = before.metadata.resourceVersion === after.metadata.resourceVersion;
        io.stdout(flags.str("output") === "name" ? `${refName(t)}\n` : `${refName(t)} patched${same ? " (no change)" : ""}\n`);
      } catch (err) {
        failed = true;
        io.stderr(formatError(err));
      }
    }
    return failed ? 1 : 0;
  },
};

/** `kubectl edit` needs an interactive editor, which the simulated terminal does not have. */
export const editCommand: Command = {
  name: "edit",
  flags: [
    { name: "filename", shorthand: "f", type: "stringSlice", default: [] },
    { name: "output", shorthand: "o", type: "string", default: "" },
    { name: "output-patch", type: "bool", default: false },
    { name: "record", type: "bool", default: false },
    { name: "save-config", type: "bool", default: false },
    { name: "validate", type: "bool", default: true },
    { name: "windows-line-endings", type: "bool", default: false },
    { name: "field-manager", type: "string", default: "kubectl-edit" },
    { name: "allow-missing-template-keys", type: "bool", default: true },
    { name: "template", type: "string", default: "" },
    { name: "kustomize", shorthand: "k", type: "string", default: "" },
    { name: "recursive", shorthand: "R", type: "bool", default: false },
  ],
  async run(ctx) {
    if (!ctx.args.length && !ctx.flags.list("filename").length) {
      throw new KubectlError(
        "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'",
      );
    }
    throw new KubectlError("edit is not supported in this terminal yet; use kubectl patch or apply -f");
  },
};
