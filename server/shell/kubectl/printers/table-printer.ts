/**
 * kubectl's HumanReadablePrinter for server-side Tables (cli-runtime/pkg/printers/tableprinter.go):
 * decorateTable (NAMESPACE first, -L label columns, LABELS last, `kind/name` prefix), printTable
 * (upper-cased headers, priority≠0 columns only with -o wide, no header without rows), and header
 * suppression across watch events. Output goes through one RememberWidths tab writer.
 */
import { TABLE_TABWRITER, TabWriter } from "../tabwriter";

export interface TableColumn {
  name: string;
  type: string;
  format?: string;
  priority?: number;
}

export interface TableRow {
  cells: unknown[];
  object?: { metadata?: { namespace?: string; labels?: Record<string, string>; name?: string } };
}

export interface Table {
  kind?: string;
  metadata?: { resourceVersion?: string };
  columnDefinitions: TableColumn[] | null;
  rows: TableRow[] | null;
}

export interface TablePrintOptions {
  wide?: boolean;
  noHeaders?: boolean;
  withNamespace?: boolean;
  showLabels?: boolean;
  columnLabels?: string[];
  /** `deployment.apps`: prefix for the name column when several kinds are printed. */
  kind?: string;
}

/** labels.FormatLabels: sorted `k=v` joined with `,`, `<none>` when empty. */
export function formatLabels(labels: Record<string, string> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (!keys.length) return "<none>";
  return keys.map((k) => `${k}=${(labels as Record<string, string>)[k]}`).join(",");
}

function labelHeaders(labels: string[]): string[] {
  return labels.map((l) => (l.split("/").at(-1) as string).toUpperCase());
}

function sameColumns(a: TableColumn[] | null, b: TableColumn[] | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") {
    const nl = cell.indexOf("\n");
    return nl >= 0 ? cell.slice(0, nl) + "..." : cell;
  }
  if (typeof cell === "object") return JSON.stringify(cell);
  return String(cell);
}

/** One printer per command; call `print` for the list and again for each watch event. */
export class TablePrinter {
  private readonly tw = new TabWriter(TABLE_TABWRITER);
  private lastColumns: TableColumn[] | null = null;
  private printedHeaders = false;

  constructor(private readonly opts: TablePrintOptions) {}

  /** Formats a Table (optionally for a watch event type) and returns the text to print. */
  print(table: Table, eventType?: string, kind?: string): string {
    const noHeaders =
      this.opts.noHeaders ||
      (this.printedHeaders && (!table.columnDefinitions?.length || sameColumns(table.columnDefinitions, this.lastColumns)));
    let columns = table.columnDefinitions ?? [];
    if (!columns.length) columns = this.lastColumns ?? [];
    else if (!sameColumns(columns, this.lastColumns)) {
      this.lastColumns = columns;
      this.printedHeaders = false;
    }
    const rows = table.rows ?? [];
    if (rows.length > 0) this.printedHeaders = true;
    const { header, lines } = this.decorate(columns, rows, kind ?? this.opts.kind, eventType);
    let text = "";
    if (!noHeaders) {
      if (rows.length === 0) return this.tw.flush();
      text += header.join("\t") + "\n";
    }
    for (const l of lines) text += l.join("\t") + "\n";
    this.tw.write(text);
    return this.tw.flush();
  }

  private decorate(columns: TableColumn[], rows: TableRow[], kind: string | undefined, eventType?: string) {
    const o = this.opts;
    const visible = columns.map((c, i) => ({ c, i })).filter(({ c }) => o.wide || !c.priority);
    const header: string[] = [];
    if (eventType !== undefined) header.push("EVENT");
    if (o.withNamespace) header.push("NAMESPACE");
    header.push(...visible.map(({ c }) => c.name.toUpperCase()));
    header.push(...labelHeaders(o.columnLabels ?? []));
    if (o.showLabels) header.push("LABELS");
    const nameIndex = kind ? columns.findIndex((c) => c.format === "name" && c.type === "string") : -1;
    const lines = rows.map((row) => {
      const meta = row.object?.metadata;
      const cells: string[] = [];
      if (eventType !== undefined) cells.push(formatEventType(eventType));
      if (o.withNamespace) cells.push(meta?.namespace ?? "");
      for (const { i } of visible) {
        if (i >= row.cells.length) continue;
        const text = cellText(row.cells[i]);
        cells.push(i === nameIndex ? `${kind}/${text}` : text);
      }
      for (const key of o.columnLabels ?? []) cells.push(meta?.labels?.[key] ?? "");
      if (o.showLabels) cells.push(formatLabels(meta?.labels));
      return cells;
    });
    return { header, lines };
  }
}

const EVENT_TYPES: Record<string, string> = { ADDED: "ADDED   ", MODIFIED: "MODIFIED", DELETED: "DELETED ", ERROR: "ERROR   " };

export function formatEventType(t: string): string {
  return EVENT_TYPES[t] ?? t;
}
