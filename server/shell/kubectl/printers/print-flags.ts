/**
 * The printing flags `get`, `create`, `apply`, `run`, `expose`... share (genericclioptions.PrintFlags).
 * kubectl 1.20 still prints managedFields in -o yaml/json (hiding them came with 1.21).
 */
import type { FlagSpec } from "../flags";

/** -k and -R, accepted wherever kubectl accepts them (kustomize itself is refused at dispatch). */
export const FILE_SOURCE_FLAGS: FlagSpec[] = [
  { name: "kustomize", shorthand: "k", type: "string", default: "" },
  { name: "recursive", shorthand: "R", type: "bool", default: false },
];

export const OUTPUT_FLAGS: FlagSpec[] = [
  { name: "output", shorthand: "o", type: "string", default: "" },
  { name: "template", type: "string", default: "" },
  { name: "allow-missing-template-keys", type: "bool", default: true },
];
