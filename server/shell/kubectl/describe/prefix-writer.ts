/**
 * describe.go's output machinery: tabbedString (a tab writer with minwidth 0, tabwidth 8, padding 2),
 * the PrefixWriter (two spaces per level), and the shared blocks printLabelsMultiline,
 * printAnnotationsMultiline (sorted, last-applied-configuration skipped, long values wrapped at 140),
 * tolerations and taints.
 */
import { DESCRIBE_TABWRITER, TabWriter } from "../tabwriter";

export const LEVEL_0 = 0;
export const LEVEL_1 = 1;
export const LEVEL_2 = 2;
export const LEVEL_3 = 3;

const MAX_ANNOTATION_LEN = 140;
const SKIP_ANNOTATIONS = new Set(["kubectl.kubernetes.io/last-applied-configuration"]);

export class PrefixWriter {
  /** None when the writer goes straight to a buffer (`describe.NewPrefixWriter(buf)`): tabs stay tabs. */
  private readonly tw: TabWriter | null;
  private out = "";

  constructor(aligned = true) {
    this.tw = aligned ? new TabWriter(DESCRIBE_TABWRITER) : null;
  }

  write(level: number, text: string): void {
    this.put("  ".repeat(level) + text);
  }

  writeLine(text: string): void {
    this.put(text + "\n");
  }

  private put(text: string): void {
    if (this.tw) this.tw.write(text);
    else this.out += text;
  }

  /** Ends the current column block (DescribeEvents does this before its table). */
  flush(): void {
    if (this.tw) this.out += this.tw.flush();
  }

  toString(): string {
    this.flush();
    return this.out;
  }
}

/** describe.go tabbedString. */
export function tabbedString(fn: (w: PrefixWriter) => void): string {
  const w = new PrefixWriter();
  fn(w);
  return w.toString();
}

/** What a PrefixWriter over a bytes.Buffer produces: the same text, columns left as tabs. */
export function untabbedString(fn: (w: PrefixWriter) => void): string {
  const w = new PrefixWriter(false);
  fn(w);
  return w.toString();
}

export function printLabelsMultiline(w: PrefixWriter, title: string, labels: Record<string, string> | undefined, initialIndent = "", innerIndent = "\t"): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  const keys = Object.keys(labels ?? {}).sort();
  if (!keys.length) {
    w.writeLine("<none>");
    return;
  }
  keys.forEach((key, i) => {
    if (i !== 0) w.write(LEVEL_0, initialIndent + innerIndent);
    w.write(LEVEL_0, `${key}=${(labels as Record<string, string>)[key]}\n`);
  });
}

export function printAnnotationsMultiline(w: PrefixWriter, title: string, annotations: Record<string, string> | undefined): void {
  w.write(LEVEL_0, `${title}:\t`);
  const a = annotations ?? {};
  const keys = Object.keys(a)
    .filter((k) => !SKIP_ANNOTATIONS.has(k))
    .sort();
  if (!keys.length) {
    w.writeLine("<none>");
    return;
  }
  const indent = "\t";
  keys.forEach((key, i) => {
    if (i !== 0) w.write(LEVEL_0, indent);
    const value = a[key].replace(/\n$/, "");
    if (value.length + key.length + 2 > MAX_ANNOTATION_LEN || value.includes("\n")) {
      w.write(LEVEL_0, `${key}:\n`);
      for (const s of value.split("\n")) {
        w.write(LEVEL_0, `${indent}  ${s.length > MAX_ANNOTATION_LEN - 2 ? s.slice(0, MAX_ANNOTATION_LEN - 2) + "..." : s}\n`);
      }
    } else w.write(LEVEL_0, `${key}: ${value}\n`);
  });
}

interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

export function printTolerationsMultiline(w: PrefixWriter, title: string, tolerations: Toleration[] | undefined, initialIndent = "", innerIndent = "\t"): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  const list = [...(tolerations ?? [])].sort((a, b) => ((a.key ?? "") < (b.key ?? "") ? -1 : (a.key ?? "") > (b.key ?? "") ? 1 : 0));
  if (!list.length) {
    w.writeLine("<none>");
    return;
  }
  list.forEach((t, i) => {
    if (i !== 0) w.write(LEVEL_0, initialIndent + innerIndent);
    let s = t.key ?? "";
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    if (t.operator === "Exists" && !t.value) s += t.key || t.effect ? " op=Exists" : "op=Exists";
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null) s += ` for ${t.tolerationSeconds}s`;
    w.write(LEVEL_0, s + "\n");
  });
}

interface Taint {
  key: string;
  value?: string;
  effect: string;
}

export function printTaintsMultiline(w: PrefixWriter, title: string, taints: Taint[] | undefined): void {
  w.write(LEVEL_0, `${title}:\t`);
  const list = [...(taints ?? [])].sort((a, b) => {
    const ka = `${a.effect},${a.key}`;
    const kb = `${b.effect},${b.key}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  if (!list.length) {
    w.writeLine("<none>");
    return;
  }
  list.forEach((t, i) => {
    if (i !== 0) w.write(LEVEL_0, "\t");
    w.write(LEVEL_0, `${t.key}${t.value ? `=${t.value}` : ""}:${t.effect}\n`);
  });
}

/** metav1 ownerReference with controller=true, as `Kind/name`. */
export function printController(meta: { ownerReferences?: { kind: string; name: string; controller?: boolean }[] }): string {
  const ref = meta.ownerReferences?.find((r) => r.controller);
  return ref ? `${ref.kind}/${ref.name}` : "";
}

export function stringOrNone(s: string | undefined): string {
  return s ? s : "<none>";
}

export function printBool(v: boolean | undefined): string {
  return v ? "True" : "False";
}
