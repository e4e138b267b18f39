/**
 * A small subset of kubectl's JSONPath for check fields: dotted names, `[n]` indexes, `['quoted.key']`
 * for keys with dots (labels such as `app.kubernetes.io/name`), and `[name=x]` to pick a list element
 * by a field, which is how containers are usually addressed.
 */

type Segment = { key: string } | { index: number } | { where: { field: string; value: string } };

/** Parses `spec.template.spec.containers[name=web].image`; throws on malformed paths (caught by lesson validation). */
export function parsePath(path: string): Segment[] {
  const segments: Segment[] = [];
  const re = /\.?([A-Za-z0-9_\-$/]+)|\[(\d+)\]|\['([^']+)'\]|\["([^"]+)"\]|\[([A-Za-z0-9_.\-]+)=([^\]]*)\]/y;
  let pos = 0;
  while (pos < path.length) {
    re.lastIndex = pos;
    const m = re.exec(path);
    if (!m || m.index !== pos) throw new Error(`cannot read the path "${path}" at character ${pos + 1}`);
    if (m[1] !== undefined) segments.push({ key: m[1] });
    else if (m[2] !== undefined) segments.push({ index: Number(m[2]) });
    else if (m[3] !== undefined || m[4] !== undefined) segments.push({ key: (m[3] ?? m[4]) as string });
    else segments.push({ where: { field: m[5] as string, value: m[6] as string } });
    pos = re.lastIndex;
  }
  if (segments.length === 0) throw new Error("empty path");
  return segments;
}

/** The value at `path`, or undefined when any step along the way is missing. */
export function readPath(obj: unknown, path: string): unknown {
  let current: unknown = obj;
  for (const seg of parsePath(path)) {
    if (current === null || current === undefined) return undefined;
    if ("key" in seg) {
      current = typeof current === "object" ? (current as Record<string, unknown>)[seg.key] : undefined;
    } else if ("index" in seg) {
      current = Array.isArray(current) ? current[seg.index] : undefined;
    } else {
      current = Array.isArray(current)
        ? current.find((el) => el && String((el as Record<string, unknown>)[seg.where.field]) === seg.where.value)
        : undefined;
    }
  }
  return current;
}
