/**
 * CSV as RFC 4180 describes it (https://www.rfc-editor.org/rfc/rfc4180): CRLF line ends, fields with a
 * comma, quote or line break quoted, quotes doubled. Written with a UTF-8 byte-order mark because Excel
 * reads BOM-less CSV in the machine's legacy code page and turns Chinese names into mojibake.
 * Pure: the browser uses it too (downloading generated passwords).
 */
export type CsvCell = string | number | boolean | Date | null | undefined;

export const UTF8_BOM = "\uFEFF";

export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString() : String(value);
  // A leading = + - @ makes spreadsheets evaluate the cell (OWASP "CSV injection"); a quote mark disarms it.
  if (/^[=+\-@\t\r]/.test(text) && typeof value === "string") text = "'" + text;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: CsvCell[][]): string {
  return UTF8_BOM + [header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/**
 * Parses CSV text (RFC 4180, plus LF-only line ends and a leading BOM, as spreadsheets and editors
 * write them). Returns rows of fields; blank lines are dropped.
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      (row = []), (field = "");
    } else field += ch;
  }
  if (field !== "" || row.length) row.push(field), rows.push(row);
  return rows.filter((r) => r.some((f) => f.trim() !== ""));
}
