/**
 * `kubectl get` with the human-readable printer: one Table request per kind (a list, or a GET per
 * name), kinds printed in request order and separated by an empty line, errors after the output.
 */
import { withQuery } from "../client";
import { ApiError, formatError } from "../errors";
import { TablePrinter, type Table, type TableRow } from "../printers/table-printer";
import { kindPrefix, resourcePath } from "../rest-mapper";
import { relaxedJsonPath, parseJsonPath, executeJsonPath } from "../template/jsonpath";
import { TABLE_ACCEPT } from "../transport";
import { noResourcesMessage, type GetOptions } from "./get";

/** GETs the Tables for one selection; NotFound errors are collected rather than thrown. */
export async function fetchTables(opts: GetOptions, sel: GetOptions["selections"][number], errors: unknown[], extra: Record<string, string> = {}): Promise<Table | null> {
  const api = opts.ctx.api();
  const ns = sel.mapping.namespaced ? opts.namespace : undefined;
  if (!sel.names.length) {
    const path = withQuery(resourcePath(sel.mapping, ns), {
      labelSelector: opts.labelSelector || undefined,
      fieldSelector: opts.fieldSelector || undefined,
      limit: 500,
      ...extra,
    });
    return api.getJSON<Table>(path, TABLE_ACCEPT);
  }
  let merged: Table | null = null;
  for (const name of sel.names) {
    try {
      const t = await api.getJSON<Table>(withQuery(resourcePath(sel.mapping, ns ?? opts.ctx.namespace, name), extra), TABLE_ACCEPT);
      if (!merged) merged = { ...t, rows: [...(t.rows ?? [])] };
      else merged.rows = [...(merged.rows ?? []), ...(t.rows ?? [])];
    } catch (err) {
      if (err instanceof ApiError && err.code === 404 && opts.ctx.flags.bool("ignore-not-found")) continue;
      errors.push(err);
    }
  }
  return merged;
}

/** Sorts rows by a JSONPath over each row's object (kubectl's TableSorter). */
export function sortRows(rows: TableRow[], sortBy: string): TableRow[] {
  const tpl = parseJsonPath(relaxedJsonPath(sortBy));
  const key = (r: TableRow) => {
    const out = JSON.parse(executeJsonPath(tpl, r.object ?? {}, { asJson: true })) as unknown[];
    return out[0];
  };
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (typeof ka === "number" && typeof kb === "number") return ka - kb;
    if (ka === undefined) return kb === undefined ? 0 : -1;
    if (kb === undefined) return 1;
    return String(ka) < String(kb) ? -1 : String(ka) > String(kb) ? 1 : 0;
  });
}

export async function printTables(opts: GetOptions): Promise<number> {
  const { ctx } = opts;
  const { flags, io } = ctx;
  const errors: unknown[] = [];
  let written = false;
  const sortBy = flags.str("sort-by");
  for (const sel of opts.selections) {
    const table = await fetchTables(opts, sel, errors, sortBy ? { includeObject: "Object" } : {});
    if (!table || !(table.rows ?? []).length) continue;
    if (sortBy) table.rows = sortRows(table.rows ?? [], sortBy);
    const printer = new TablePrinter({
      wide: flags.str("output") === "wide",
      noHeaders: flags.bool("no-headers"),
      withNamespace: opts.namespace === undefined && sel.mapping.namespaced,
      showLabels: flags.bool("show-labels"),
      columnLabels: flags.list("label-columns"),
      kind: opts.withKind ? kindPrefix(sel.mapping) : undefined,
    });
    if (written && !flags.bool("no-headers")) io.stdout("\n");
    io.stdout(printer.print(table));
    written = true;
  }
  for (const err of errors) io.stderr(formatError(err));
  if (!written && !errors.length && !flags.bool("ignore-not-found") && !opts.selections.some((s) => s.names.length)) {
    io.stderr(noResourcesMessage(opts));
  }
  return errors.length ? 1 : 0;
}
