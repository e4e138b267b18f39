/**
 * The printing flags `get`, `create`, `apply`, `run`, `expose`... share (genericclioptions.PrintFlags).
 * kubectl 1.20 still prints managedFields in -o yaml/json (hiding them came with 1.21).
 */
import type { FlagSpec } from "../flags";

export const OUTPUT_FLAGS: FlagSpec[] = [
  { name: "output", shorthand: "o", type: "string", default: "" },
  { name: "template", type: "string", default: "" },
  { name: "allow-missing-template-keys", type: "bool", default: true },
];
