/**
 * kubectl commands Podium's simulated cluster does not implement. They stay in the command tree so
 * that `--help`, typo suggestions and `kubectl <tab>` behave as with real kubectl, and say plainly
 * that the simulation lacks them instead of pretending to work.
 */
import type { Command } from "../command";
import { KubectlError } from "../errors";

const NAMES = [
  "autoscale",
  "certificate",
  "cordon",
  "uncordon",
  "drain",
  "taint",
  "attach",
  "cp",
  "auth",
  "debug",
  "diff",
  "replace",
  "kustomize",
  "completion",
  "plugin",
  "alpha",
];

export const unsupportedCommands: Command[] = NAMES.map((name) => ({
  name,
  flags: [],
  looseFlags: true,
  async run() {
    throw new KubectlError(`"kubectl ${name}" is not available in this simulated cluster`);
  },
}));
