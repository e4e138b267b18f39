/**
 * `kubectl get -w` / `--watch-only` (get.go watch): the list (or named GET) first, then a watch from
 * its resourceVersion, printing one row per event through the same RememberWidths printer, until
 * Ctrl-C or the server ends the watch.
 */
import type { KubeObject } from "@/server/cluster/types";
import { withQuery } from "../client";
import { KubectlError } from "../errors";
import type { ObjectPrinter } from "../printers/output-printer";
import { TablePrinter, type Table } from "../printers/table-printer";
import { kindPrefix, resourcePath } from "../rest-mapper";
import { JSON_ACCEPT, TABLE_ACCEPT } from "../transport";
import { typedItems, type GetOptions } from "./get";

export async function watchAndPrint(opts: GetOptions, printer: ObjectPrinter | null): Promise<number> {
  const { ctx } = opts;
  const { flags, io } = ctx;
  const sel = opts.selections[0];
  if (sel.names.length > 1) {
    throw new KubectlError(`watch is only supported on individual resources and resource collections, but ${sel.names.length} resources were found`);
  }
  const api = ctx.api();
  const ns = sel.mapping.namespaced ? opts.namespace : undefined;
  const name = sel.names[0];
  const accept = printer ? JSON_ACCEPT : TABLE_ACCEPT;
  const events = flags.bool("output-watch-events");
  const table = printer
    ? null
    : new TablePrinter({
        wide: flags.str("output") === "wide",
        noHeaders: flags.bool("no-headers"),
        withNamespace: ns === undefined && sel.mapping.namespaced,
        showLabels: flags.bool("show-labels"),
        columnLabels: flags.list("label-columns"),
        kind: opts.withKind ? kindPrefix(sel.mapping) : undefined,
      });
  let printed = 0;
  const emit = (obj: unknown, type: string | undefined) => {
    if (table) io.stdout(table.print(obj as Table, type));
    else if (printer) {
      const isYaml = flags.str("output") === "yaml";
      const body = events ? { type, object: obj } : obj;
      io.stdout((isYaml && printed > 0 ? "---\n" : "") + printer(body as Record<string, unknown>));
      printed++;
    }
  };

  let rv: string;
  if (name) {
    const obj = await api.getJSON<Table & KubeObject>(resourcePath(sel.mapping, ns ?? ctx.namespace, name), accept);
    rv = (printer ? obj.metadata?.resourceVersion : firstRowRv(obj)) ?? "";
    if (!flags.bool("watch-only")) emit(obj, events ? "ADDED" : undefined);
  } else {
    const listPath = withQuery(resourcePath(sel.mapping, ns), {
      labelSelector: opts.labelSelector || undefined,
      fieldSelector: opts.fieldSelector || undefined,
      limit: 500,
    });
    const list = await api.getJSON<Table & { items: KubeObject[]; apiVersion?: string; kind?: string }>(listPath, accept);
    rv = list.metadata?.resourceVersion ?? "";
    if (!flags.bool("watch-only")) {
      if (table) {
        if (events) for (const row of list.rows ?? []) emit({ ...list, rows: [row] }, "ADDED");
        else emit(list, undefined);
      } else for (const item of typedItems(list)) emit(item, events ? "ADDED" : undefined);
    }
  }

  const fieldSelector = [name ? `metadata.name=${name}` : "", opts.fieldSelector].filter(Boolean).join(",");
  const watchPath = withQuery(resourcePath(sel.mapping, ns ?? (name ? ctx.namespace : undefined)), {
    fieldSelector: fieldSelector || undefined,
    labelSelector: opts.labelSelector || undefined,
    resourceVersion: rv,
    watch: "true",
  });
  await api.watch(watchPath, accept, io.signal, (ev) => {
    if (ev.type === "BOOKMARK") return;
    if (ev.type === "ERROR") return true;
    emit(ev.object, events ? ev.type : undefined);
  });
  return io.signal.aborted ? 130 : 0;
}

/** A single-object Table carries the object's resourceVersion in its row's metadata. */
function firstRowRv(t: Table & KubeObject): string | undefined {
  return t.rows?.[0]?.object?.metadata && (t.rows[0].object.metadata as { resourceVersion?: string }).resourceVersion
    ? (t.rows[0].object.metadata as { resourceVersion?: string }).resourceVersion
    : t.metadata?.resourceVersion;
}
