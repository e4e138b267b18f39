/**
 * `kubectl explain` (kubectl/pkg/explain: explain.go, model_printer.go, formatter.go) over the compact
 * schema in explain-schema.ts: KIND/VERSION, then the resource or field with its description wrapped
 * at 80 columns and its fields, required ones marked `-required-`.
 */
import type { Command } from "../command";
import { KubectlError } from "../errors";
import { TYPES, type FieldDoc, type TypeDoc } from "../explain-schema";
import { mapType } from "../resource-args";

/** formatter.go wrapString: greedy word wrap. */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    const words = paragraph.split(/\s+/).filter(Boolean);
    if (!words.length) {
      out.push("");
      continue;
    }
    let line = "";
    for (const w of words) {
      if (line && line.length + 1 + w.length > width) {
        out.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    out.push(line);
  }
  return out;
}

function indented(text: string, indent: number): string {
  return wrap(text, 80 - indent)
    .map((l) => (l ? " ".repeat(indent) + l : ""))
    .join("\n");
}

function printFields(t: TypeDoc): string {
  let out = "FIELDS:\n";
  for (const name of Object.keys(t.fields).sort()) {
    const f = t.fields[name];
    out += `   ${name}\t${f.type}${f.required ? " -required-" : ""}\n${indented(f.desc, 5)}\n\n`;
  }
  return out;
}

export const explainCommand: Command = {
  name: "explain",
  flags: [
    { name: "recursive", type: "bool", default: false },
    { name: "api-version", type: "string", default: "" },
  ],
  async run(ctx) {
    if (!ctx.args.length) {
      throw new KubectlError('You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.');
    }
    const [typed, ...path] = ctx.args[0].split(".");
    const mapping = await mapType(ctx, typed);
    let type = TYPES[mapping.kind];
    if (!type) throw new KubectlError(`couldn't find resource for "${mapping.group ? `${mapping.group}/` : ""}${mapping.version}, Kind=${mapping.kind}"`);
    const header = `KIND:     ${mapping.kind}\nVERSION:  ${mapping.group ? `${mapping.group}/` : ""}${mapping.version}\n\n`;
    let field: FieldDoc | undefined;
    for (const name of path) {
      field = type.fields[name];
      if (!field) throw new KubectlError(`field "${name}" does not exist`);
      if (field.ref && TYPES[field.ref]) type = TYPES[field.ref];
      else if (name !== path.at(-1)) throw new KubectlError(`field "${path[path.indexOf(name) + 1]}" does not exist`);
    }
    let out = header;
    if (!field) {
      out += `DESCRIPTION:\n${indented(type.desc, 5)}\n\n${printFields(type)}`;
    } else if (field.ref && TYPES[field.ref]) {
      out += `RESOURCE: ${path.at(-1)} ${field.type}\n\nDESCRIPTION:\n${indented(field.desc, 5)}\n\n${indented(type.desc, 5)}\n\n${printFields(type)}`;
    } else {
      out += `FIELD:    ${path.at(-1)} ${field.type}\n\nDESCRIPTION:\n${indented(field.desc, 5)}\n`;
    }
    ctx.io.stdout(out);
    return 0;
  },
};
