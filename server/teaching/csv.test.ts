import { describe, expect, it } from "vitest";
import { csvField, parseCsv, toCsv, UTF8_BOM } from "./csv";

describe("toCsv (RFC 4180, UTF-8 with BOM)", () => {
  it("starts with a BOM, ends every record with CRLF and keeps Chinese text intact", () => {
    const csv = toCsv(["username", "display_name"], [["lei", "李雷"], ["mei", "韩梅梅"]]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv).toBe(`${UTF8_BOM}username,display_name\r\nlei,李雷\r\nmei,韩梅梅\r\n`);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("quotes fields with commas, quotes and line breaks, doubling the quotes", () => {
    expect(csvField('kubectl get pods -o jsonpath="{.items[*].metadata.name}"')).toBe('"kubectl get pods -o jsonpath=""{.items[*].metadata.name}"""');
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField("line1\nline2")).toBe('"line1\nline2"');
    expect(csvField("王, 小明")).toBe('"王, 小明"');
    expect(csvField("plain")).toBe("plain");
  });

  it("writes empty cells for null, ISO times for dates, and numbers as they are", () => {
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(new Date(Date.UTC(2026, 0, 2, 3, 4, 5)))).toBe("2026-01-02T03:04:05.000Z");
    expect(csvField(-3)).toBe("-3");
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvField("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
  });
});

describe("parseCsv", () => {
  it("reads back what toCsv wrote", () => {
    const rows = [["a,b", 'say "hi"', "多行\r\n文本", ""], ["x", "李雷", "y", "z"]];
    expect(parseCsv(toCsv(rows[0], [rows[1]]))).toEqual(rows);
  });

  it("accepts LF line ends, a BOM, a missing final newline, and skips blank lines", () => {
    expect(parseCsv(`${UTF8_BOM}u,n\n\nlei,李雷`)).toEqual([["u", "n"], ["lei", "李雷"]]);
  });
});
