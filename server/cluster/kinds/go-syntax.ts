/**
 * Go's `%#v` rendering of the few values that validation messages print (field.Invalid with a
 * struct or map value), e.g. `v1.LabelSelector{MatchLabels:map[string]string{"app":"x"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}`.
 * fmt sorts map keys.
 */
import type { LabelSelectorSpec } from "../store/label-selector";

const q = (s: string) => JSON.stringify(s);

export function goStringMap(m: Record<string, string> | undefined | null): string {
  if (!m) return "map[string]string(nil)";
  const keys = Object.keys(m).sort();
  return `map[string]string{${keys.map((k) => `${q(k)}:${q(m[k])}`).join(", ")}}`;
}

export function goLabelSelector(sel: LabelSelectorSpec | null | undefined): string {
  if (!sel) return "(*v1.LabelSelector)(nil)";
  const exprs = sel.matchExpressions;
  const exprStr = exprs
    ? `[]v1.LabelSelectorRequirement{${exprs
        .map((e) => `v1.LabelSelectorRequirement{Key:${q(e.key)}, Operator:${q(e.operator)}, Values:${e.values ? `[]string{${e.values.map(q).join(", ")}}` : "[]string(nil)"}}`)
        .join(", ")}}`
    : "[]v1.LabelSelectorRequirement(nil)";
  return `v1.LabelSelector{MatchLabels:${goStringMap(sel.matchLabels)}, MatchExpressions:${exprStr}}`;
}

/** intstr.IntOrString as %#v prints it. */
export function goIntOrString(v: number | string): string {
  return typeof v === "number"
    ? `intstr.IntOrString{Type:0, IntVal:${v}, StrVal:""}`
    : `intstr.IntOrString{Type:1, IntVal:0, StrVal:${q(v)}}`;
}
