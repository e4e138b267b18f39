/**
 * A strategic three-way merge patch (apimachinery strategicpatch.CreateThreeWayMergePatch), reduced to
 * what apply needs for the kinds students write: maps merge key by key, fields present in the last
 * applied configuration but gone from the new one are deleted (null), lists of objects keyed by
 * `name` (containers, env, ports, volumes) merge item by item, other lists are replaced whole.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */

const isMap = (v: unknown): v is Record<string, any> => !!v && typeof v === "object" && !Array.isArray(v);

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortDeep(a)) === JSON.stringify(sortDeep(b));
}

function sortDeep(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortDeep);
  if (isMap(v)) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortDeep(v[k])]));
  return v;
}

/** The patchMergeKey of the core types' lists, by field name (k8s.io/api struct tags). */
function mergeKey(field: string, list: unknown[]): string | undefined {
  const byField: Record<string, string> = {
    containers: "name",
    initContainers: "name",
    ephemeralContainers: "name",
    env: "name",
    volumes: "name",
    imagePullSecrets: "name",
    volumeMounts: "mountPath",
    volumeDevices: "devicePath",
  };
  if (byField[field]) return byField[field];
  if (field === "ports") return list.every((i) => isMap(i) && "containerPort" in i) ? "containerPort" : "port";
  return undefined;
}

function diffList(field: string, original: unknown[] | undefined, modified: unknown[], current: unknown): unknown | undefined {
  const cur = Array.isArray(current) ? current : [];
  const key = mergeKey(field, modified);
  if (key && modified.every((i) => isMap(i) && key in i)) {
    const items: any[] = [];
    const same = (a: any, b: any) => a[key] === b[key];
    for (const m of modified as any[]) {
      const c = cur.find((x: any) => isMap(x) && same(x, m));
      const o = (original as any[] | undefined)?.find((x: any) => isMap(x) && same(x, m));
      if (!c) {
        items.push(m);
        continue;
      }
      const d = diffMap(o, m, c);
      if (d && Object.keys(d).length) items.push({ ...d, [key]: m[key] });
    }
    const removed = (original as any[] | undefined)?.filter((o: any) => !(modified as any[]).some((m) => same(m, o)) && cur.some((c: any) => same(c, o))) ?? [];
    for (const r of removed) items.push({ $patch: "delete", [key]: r[key] });
    return items.length ? items : undefined;
  }
  return equal(modified, current) ? undefined : modified;
}

export function diffMap(original: Record<string, any> | undefined, modified: Record<string, any>, current: Record<string, any> | undefined): Record<string, any> | undefined {
  const out: Record<string, any> = {};
  const cur = current ?? {};
  for (const [k, m] of Object.entries(modified)) {
    const c = cur[k];
    const o = original?.[k];
    if (isMap(m) && isMap(c)) {
      const d = diffMap(isMap(o) ? o : undefined, m, c);
      if (d && Object.keys(d).length) out[k] = d;
    } else if (Array.isArray(m)) {
      const d = diffList(k, Array.isArray(o) ? o : undefined, m, c);
      if (d !== undefined) out[k] = d;
    } else if (!equal(m, c)) out[k] = m;
  }
  for (const k of Object.keys(original ?? {})) {
    if (!(k in modified) && k in cur) out[k] = null;
  }
  return out;
}

export function threeWayMergePatch(original: any, modified: any, current: any): Record<string, any> | undefined {
  const patch = diffMap(original, modified, current);
  // status is owned by the server; apply never patches it.
  if (patch) delete patch.status;
  return patch;
}
