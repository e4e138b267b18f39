/**
 * kubectl's command tree (kubectl/pkg/cmd/cmd.go NewKubectlCommand), in the order of `kubectl --help`.
 */
import type { Command } from "../command";
import { helpText } from "../help-text";
import { unsupportedCommands } from "./unsupported";
import { versionCommand } from "./version";

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

export const ROOT_COMMANDS: Command[] = [versionCommand, optionsCommand, helpCommand, ...unsupportedCommands];
