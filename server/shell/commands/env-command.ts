/**
 * `env` and `printenv` without arguments list the exported environment. just-bash also lists the
 * shell's own variables (IFS, BASHOPTS, …) and sorts them; bash shows neither, and a container shows its
 * variables in the order the runtime set them (the seed's `kubectl exec POD -- env`), so the listing
 * comes from the shell's carried environment in insertion order. With arguments the bundled command runs.
 */
import { defineCommand, type Command } from "just-bash";

/** Variables bash sets for itself and does not export. */
const SHELL_ONLY = new Set(["IFS", "OSTYPE", "MACHTYPE", "HOSTTYPE", "OPTIND", "SHELLOPTS", "BASHOPTS", "PPID", "UID", "EUID", "BASHPID", "PS1", "PS2", "PS4", "?"]);

/** `hidden`: variables only an interactive shell sets (PWD, OLDPWD), left out for `kubectl exec POD -- env`. */
export function envCommands(hidden: readonly string[] = []): Command[] {
  const skip = new Set([...SHELL_ONLY, ...hidden]);
  const list = (name: string) =>
    defineCommand(name, async (args, ctx) => {
      if (args.length && ctx.origCommand) return ctx.origCommand(args);
      let out = "";
      for (const [k, v] of ctx.env) if (!skip.has(k)) out += `${k}=${v}\n`;
      return { stdout: out, stderr: "", exitCode: 0 };
    });
  return [list("env"), list("printenv")];
}
