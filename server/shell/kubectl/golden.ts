/**
 * Test helpers: the byte-exact outputs of real kubectl v1.20.2 (testdata/, copied from k8s-fixtures)
 * and Tables rebuilt from them with the real column definitions the API server sent, so a golden test
 * checks that our printer lays the same cells out exactly as kubectl did.
 */
import { readFileSync } from "node:fs";
import type { Table, TableColumn } from "./printers/table-printer";

export function testdata(file: string): string {
  return readFileSync(new URL(`./testdata/${file}`, import.meta.url), "utf8");
}

export function testJSON<T = unknown>(file: string): T {
  return JSON.parse(testdata(file)) as T;
}

/** The column definitions of a real Table fixture (tables/<kind>.json). */
export function realColumns(kind: string): TableColumn[] {
  return testJSON<Table>(`tables/${kind}.json`).columnDefinitions ?? [];
}

/**
 * Rebuilds the Table behind a golden `kubectl get` output: cells are split on runs of 3+ spaces,
 * hidden (wide) cells are filled with `filler`, a NAMESPACE/LABELS column becomes row metadata.
 */
export function tableFromGolden(kind: string, golden: string, filler = "x"): Table {
  const columns = realColumns(kind);
  const [headerLine, ...lines] = golden.trimEnd().split("\n");
  const headers = headerLine.split(/ {3,}/);
  const rows = lines.map((line) => {
    const cells = line.split(/ {3,}/);
    const byHeader = new Map(headers.map((h, i) => [h, cells[i]]));
    const labels: Record<string, string> = {};
    const labelText = byHeader.get("LABELS");
    if (labelText && labelText !== "<none>") for (const kv of labelText.split(",")) labels[kv.split("=")[0]] = kv.split("=")[1];
    const name = (byHeader.get("NAME") ?? "").replace(/^.*\//, "");
    return {
      cells: columns.map((c) => {
        const v = byHeader.get(c.name.toUpperCase());
        if (v === undefined) return filler;
        return c.type === "integer" && /^\d+$/.test(v) ? Number(v) : v;
      }),
      object: { kind: "PartialObjectMetadata", apiVersion: "meta.k8s.io/v1", metadata: { name, namespace: byHeader.get("NAMESPACE") ?? "default", labels } },
    };
  });
  return { kind: "Table", metadata: { resourceVersion: "100" }, columnDefinitions: columns, rows };
}
