/**
 * `-o custom-columns=HEADER:.json.path,...` (cli-runtime/pkg/printers/customcolumn.go): one row per
 * object, each cell the relaxed JSONPath's results joined by `,`, `<none>` when there are none.
 */
import { KubectlError } from "../errors";
import { TABLE_TABWRITER, TabWriter } from "../tabwriter";
import { executeJsonPath, parseJsonPath, relaxedJsonPath, type JsonPathTemplate } from "../template/jsonpath";
import { goJSON } from "./go-json";
import { formatValue } from "../template/go-template";
import type { ObjectPrinter } from "./output-printer";

interface Column {
  header: string;
  path: JsonPathTemplate;
}

export function parseCustomColumns(spec: string): Column[] {
  if (!spec) throw new KubectlError("custom-columns format specified but no custom columns given");
  return spec.split(",").map((part) => {
    const colon = part.indexOf(":");
    if (colon < 0) throw new KubectlError(`unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`);
    return { header: part.slice(0, colon), path: parseJsonPath(relaxedJsonPath(part.slice(colon + 1))) };
  });
}

function cell(col: Column, obj: unknown): string {
  // Evaluate through the engine, then split into values the way customcolumn.go joins them.
  const values: string[] = [];
  const out = executeJsonPath(col.path, obj, { asJson: true });
  const parsed = JSON.parse(out) as unknown[];
  for (const v of parsed) values.push(v !== null && typeof v === "object" ? goJSON(v, "") : formatValue(v));
  return values.length ? values.join(",") : "<none>";
}

export function customColumnsPrinter(spec: string, noHeaders = false): ObjectPrinter {
  const columns = parseCustomColumns(spec);
  return (obj) => {
    const tw = new TabWriter({ ...TABLE_TABWRITER, rememberWidths: false });
    const list = Array.isArray(obj.items) ? (obj.items as unknown[]) : [obj];
    if (!noHeaders) tw.write(columns.map((c) => c.header).join("\t") + "\n");
    for (const item of list) tw.write(columns.map((c) => cell(c, item)).join("\t") + "\n");
    return tw.flush();
  };
}
