/**
 * kubectl's command tree (kubectl/pkg/cmd/cmd.go NewKubectlCommand).
 */
import type { Command } from "../command";
import { helpText } from "../help-text";
import { applyCommand } from "./apply";
import { clusterInfoCommand } from "./cluster-info";
import { configCommand } from "./config";
import { createCommand } from "./create";
import { deleteCommand } from "./delete";
import { describeCommand } from "./describe";
import { apiResourcesCommand, apiVersionsCommand } from "./discovery";
import { execCommand } from "./exec";
import { explainCommand } from "./explain";

import { exposeCommand } from "./expose";
import { getCommand } from "./get";
import { annotateCommand, labelCommand } from "./label";
import { logsCommand } from "./logs";
import { editCommand, patchCommand } from "./patch";
import { portForwardCommand, proxyCommand } from "./proxy";
import { rolloutCommand } from "./rollout";
import { runCommand } from "./run";
import { scaleCommand } from "./scale";
import { setCommand } from "./set";
import { unsupportedCommands } from "./unsupported";
import { versionCommand } from "./version";
import { topCommand, waitCommand } from "./wait";

const optionsCommand: Command = {
  name: "options",
  flags: [],
  async run(ctx) {
    ctx.io.stdout(helpText(["options"]) ?? "");
    return 0;
  },
};

const helpCommand: Command = {
  name: "help",
  flags: [],
  async run(ctx) {
    const text = helpText(ctx.args);
    if (text === null) {
      ctx.io.stdout(`Unknown help topic [${ctx.args.map((a) => `\`${a}\``).join(" ")}]\n` + (helpText([]) ?? ""));
      return 0;
    }
    ctx.io.stdout(text);
    return 0;
  },
};

export const ROOT_COMMANDS: Command[] = [
  createCommand,
  exposeCommand,
  runCommand,
  setCommand,
  explainCommand,
  getCommand,
  editCommand,
  deleteCommand,
  rolloutCommand,
  scaleCommand,
  clusterInfoCommand,
  topCommand,
  describeCommand,
  logsCommand,
  execCommand,
  portForwardCommand,
  proxyCommand,
  applyCommand,
  patchCommand,
  waitCommand,
  labelCommand,
  annotateCommand,
  apiResourcesCommand,
  apiVersionsCommand,
  configCommand,
  versionCommand,
  optionsCommand,
  helpCommand,
  ...unsupportedCommands,
];
