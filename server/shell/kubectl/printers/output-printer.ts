/**
 * The non-table `-o` formats of kubectl (cli-runtime/pkg/genericclioptions/*_flags.go): json, yaml,
 * name, go-template(-file), template(file), jsonpath(-file, -as-json), custom-columns(-file). Each
 * printer turns one object (or a List) into text.
 */
import { KubectlError } from "../errors";
import type { KubectlIO } from "../io";
import { executeGoTemplate, parseGoTemplate } from "../template/go-template";
import { executeJsonPath, parseJsonPath } from "../template/jsonpath";
import { customColumnsPrinter } from "./custom-columns";
import { goJSON } from "./go-json";
import { toGoYaml } from "./go-yaml";

export type ObjectPrinter = (obj: Record<string, unknown>) => string;

const ALLOWED =
  "custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml";

/** kind.group/name, as printers.NamePrinter writes an object. */
export function nameOf(obj: Record<string, unknown>): string {
  const apiVersion = String(obj.apiVersion ?? "");
  const group = apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
  const kind = String(obj.kind ?? "").toLowerCase();
  const name = (obj.metadata as { name?: string } | undefined)?.name ?? "";
  return `${group ? `${kind}.${group}` : kind}/${name}`;
}

function items(obj: Record<string, unknown>): Record<string, unknown>[] | undefined {
  return obj.kind === "List" || (Array.isArray(obj.items) && String(obj.kind ?? "").endsWith("List"))
    ? (obj.items as Record<string, unknown>[])
    : undefined;
}

/**
 * The printer for `-o <output>` (with `--template`), or null for the table formats ("" and "wide").
 * Reads template files through `io.readFile`.
 */
export async function outputPrinter(output: string, template: string, io: KubectlIO, allowMissingKeys = true): Promise<ObjectPrinter | null> {
  let format = output;
  let arg = "";
  const eq = output.indexOf("=");
  if (eq >= 0) {
    format = output.slice(0, eq);
    arg = output.slice(eq + 1);
  }
  if (format === "" && template) format = "go-template";
  if ((format === "go-template" || format === "template" || format === "jsonpath") && !arg) arg = template;
  if (format.endsWith("-file") || format === "templatefile") {
    const path = arg || template;
    if (!io.readFile) throw new KubectlError(`error reading template ${path}, open ${path}: no such file or directory`);
    try {
      arg = await io.readFile(path);
    } catch {
      throw new KubectlError(`error reading template ${path}, open ${path}: no such file or directory`);
    }
    format = format === "templatefile" ? "go-template" : format.slice(0, -"-file".length);
  }
  switch (format) {
    case "":
    case "wide":
      return null;
    case "json":
      return (o) => goJSON(o) + "\n";
    case "yaml":
      return (o) => toGoYaml(o);
    case "name":
      return (o) => (items(o) ?? [o]).map((i) => nameOf(i) + "\n").join("");
    case "go-template":
    case "template": {
      if (!arg) throw new KubectlError("template format specified but no template given");
      const tpl = parseGoTemplate(arg);
      return (o) => executeGoTemplate(tpl, o, { missingKey: allowMissingKeys ? "default" : "error" });
    }
    case "jsonpath":
    case "jsonpath-as-json": {
      if (!arg) throw new KubectlError("template format specified but no template given");
      const jp = parseJsonPath(arg);
      return (o) => executeJsonPath(jp, o, { allowMissingKeys, asJson: format === "jsonpath-as-json" });
    }
    case "custom-columns":
      return customColumnsPrinter(arg);
  }
  throw new KubectlError(`unable to match a printer suitable for the output format "${output}", allowed formats are: ${ALLOWED}`);
}
