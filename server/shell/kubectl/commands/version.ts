/**
 * `kubectl version` (kubectl/pkg/cmd/version/version.go). The client reports the official v1.20.2
 * build; the server part is the API server's `/version`, fetched without the discovery cache.
 */
import type { Command } from "../command";
import { ANY_ACCEPT } from "../transport";
import { KubectlError } from "../errors";
import { toGoYaml } from "../printers/go-yaml";

export const CLIENT_VERSION = {
  major: "1",
  minor: "20",
  gitVersion: "v1.20.2",
  gitCommit: "faecb196815e248d3ecfb03c680a4507229c2a56",
  gitTreeState: "clean",
  buildDate: "2021-01-13T13:28:09Z",
  goVersion: "go1.15.5",
  compiler: "gc",
  platform: "linux/amd64",
};

type VersionInfo = typeof CLIENT_VERSION;

/** Go's `%#v` of version.Info, as `kubectl version` prints it. */
function goStruct(v: VersionInfo): string {
  return (
    `version.Info{Major:"${v.major}", Minor:"${v.minor}", GitVersion:"${v.gitVersion}", GitCommit:"${v.gitCommit}", ` +
    `GitTreeState:"${v.gitTreeState}", BuildDate:"${v.buildDate}", GoVersion:"${v.goVersion}", Compiler:"${v.compiler}", ` +
    `Platform:"${v.platform}"}`
  );
}

export const versionCommand: Command = {
  name: "version",
  flags: [
    { name: "client", type: "bool", default: false },
    { name: "short", type: "bool", default: false },
    { name: "output", shorthand: "o", type: "string", default: "" },
  ],
  async run(ctx) {
    const { io, flags } = ctx;
    const output = flags.str("output");
    if (output !== "" && output !== "yaml" && output !== "json") {
      throw new KubectlError("--output must be 'yaml' or 'json'");
    }
    let server: VersionInfo | undefined;
    let failure: unknown;
    if (!flags.bool("client")) {
      try {
        server = await ctx.api().getJSON<VersionInfo>("/version?timeout=32s", ANY_ACCEPT);
      } catch (err) {
        failure = err;
      }
    }
    if (output === "json") {
      const doc: Record<string, VersionInfo> = { clientVersion: CLIENT_VERSION };
      if (server) doc.serverVersion = server;
      io.stdout(JSON.stringify(doc, null, 2) + "\n");
    } else if (output === "yaml") {
      // sigs.k8s.io/yaml (sorted keys), then fmt.Println: a blank line at the end
      const doc: Record<string, VersionInfo> = { clientVersion: CLIENT_VERSION };
      if (server) doc.serverVersion = server;
      io.stdout(toGoYaml(doc) + "\n");
    } else if (flags.bool("short")) {
      io.stdout(`Client Version: ${CLIENT_VERSION.gitVersion}\n`);
      if (server) io.stdout(`Server Version: ${server.gitVersion}\n`);
    } else {
      io.stdout(`Client Version: ${goStruct(CLIENT_VERSION)}\n`);
      if (server) io.stdout(`Server Version: ${goStruct(server)}\n`);
    }
    if (failure) throw failure;
    return 0;
  },
};
