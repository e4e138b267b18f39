/**
 * `metav1.LabelSelectorAsSelector(sel).String()` (apimachinery/pkg/apis/meta/v1/helpers.go and
 * pkg/labels/selector.go): requirements sorted by key, values sorted, `k=v`, `k in (a,b)`, `k notin (a)`,
 * `k`, `!k`, joined by commas. An empty or missing selector prints as "".
 */

interface LabelSelectorRequirement {
  key: string;
  operator: string;
  values?: string[];
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
}

function requirementString(r: LabelSelectorRequirement): string {
  const values = [...(r.values ?? [])].sort();
  switch (r.operator) {
    case "In":
      return `${r.key} in (${values.join(",")})`;
    case "NotIn":
      return `${r.key} notin (${values.join(",")})`;
    case "Exists":
      return r.key;
    case "DoesNotExist":
      return `!${r.key}`;
    default:
      return `${r.key}=${values[0] ?? ""}`;
  }
}

/** The selector as the printers show it; `"<invalid>"` for an unknown operator, as printers.go does on error. */
export function labelSelectorString(sel: LabelSelector | null | undefined): string {
  if (!sel) return "";
  const reqs: LabelSelectorRequirement[] = [];
  for (const [key, value] of Object.entries(sel.matchLabels ?? {})) reqs.push({ key, operator: "=", values: [value] });
  for (const e of sel.matchExpressions ?? []) {
    if (!["In", "NotIn", "Exists", "DoesNotExist"].includes(e.operator)) return "<invalid>";
    reqs.push(e);
  }
  // sort.Sort(ByKey) is not stable, but keys are unique in practice; a stable sort keeps ties in order.
  reqs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return reqs.map(requirementString).join(",");
}

/** `labels.FormatLabels`: `k=v` sorted by key and joined by commas, `<none>` when empty. */
export function formatLabels(labels: Record<string, string> | null | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return "<none>";
  return keys.map((k) => `${k}=${(labels as Record<string, string>)[k]}`).join(",");
}
