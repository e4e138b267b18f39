/**
 * The commands that say which machine this is (`hostname`, `whoami`, `id`, `uname`): just-bash answers
 * "localhost" and "user", which would contradict the prompt.
 */
import { defineCommand, type Command } from "just-bash";

export interface MachineIdentity {
  hostname: string;
  user: string;
  uid: number;
  /** `uname -r`: the host's Ubuntu kernel; a container shares it. */
  kernel: string;
}

export const HOST_KERNEL = "5.4.0-66-generic";

export function identityCommands(id: MachineIdentity): Command[] {
  const ok = (stdout: string) => ({ stdout, stderr: "", exitCode: 0 });
  const group = id.uid === 0 ? "root" : id.user;
  return [
    defineCommand("hostname", async () => ok(`${id.hostname}\n`)),
    defineCommand("whoami", async () => ok(`${id.user}\n`)),
    defineCommand("id", async () => ok(`uid=${id.uid}(${id.user}) gid=${id.uid}(${group}) groups=${id.uid}(${group})\n`)),
    defineCommand("uname", async (args) => {
      const all = args.includes("-a");
      const version = "#74-Ubuntu SMP Wed Jan 27 22:54:38 UTC 2021";
      if (all) return ok(`Linux ${id.hostname} ${id.kernel} ${version} x86_64 x86_64 x86_64 GNU/Linux\n`);
      const parts: string[] = [];
      for (const a of args) {
        if (a === "-s") parts.push("Linux");
        else if (a === "-n") parts.push(id.hostname);
        else if (a === "-r") parts.push(id.kernel);
        else if (a === "-m" || a === "-p" || a === "-i") parts.push("x86_64");
        else if (a === "-o") parts.push("GNU/Linux");
        else if (a === "-v") parts.push(version);
      }
      return ok(`${parts.length ? parts.join(" ") : "Linux"}\n`);
    }),
  ];
}
