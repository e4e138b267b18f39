/**
 * `kubectl api-resources` and `kubectl api-versions` (kubectl/pkg/cmd/apiresources) over the
 * discovery documents of a v1.20.2 API server.
 */
import type { Command } from "../command";
import { KubectlError } from "../errors";
import { TABLE_TABWRITER, TabWriter } from "../tabwriter";

export const apiResourcesCommand: Command = {
  name: "api-resources",
  flags: [
    { name: "api-group", type: "string", default: "" },
    { name: "cached", type: "bool", default: false },
    { name: "namespaced", type: "bool", default: true },
    { name: "no-headers", type: "bool", default: false },
    { name: "output", shorthand: "o", type: "string", default: "" },
    { name: "sort-by", type: "string", default: "" },
    { name: "verbs", type: "stringSlice", default: [] },
  ],
  async run(ctx) {
    const { flags, io } = ctx;
    const output = flags.str("output");
    if (output && output !== "wide" && output !== "name") throw new KubectlError(`--output ${output} is not available`);
    const sortBy = flags.str("sort-by");
    if (sortBy && sortBy !== "name" && sortBy !== "kind") throw new KubectlError(`--sort-by accepts only name or kind`);
    let list = (await ctx.restMapper()).preferredResources();
    if (flags.changed("namespaced")) list = list.filter((r) => r.namespaced === flags.bool("namespaced"));
    if (flags.changed("api-group")) list = list.filter((r) => r.group === flags.str("api-group"));
    const verbs = flags.list("verbs");
    if (verbs.length) list = list.filter((r) => verbs.every((v) => r.verbs.includes(v)));
    const key = (r: (typeof list)[number]) => (sortBy === "name" ? r.resource : sortBy === "kind" ? r.kind : r.group);
    list = [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    if (output === "name") {
      io.stdout(list.map((r) => (r.group ? `${r.resource}.${r.group}` : r.resource) + "\n").join(""));
      return 0;
    }
    const tw = new TabWriter({ ...TABLE_TABWRITER, rememberWidths: false });
    const header = ["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND", ...(output === "wide" ? ["VERBS"] : [])];
    if (!flags.bool("no-headers")) tw.write(header.join("\t") + "\n");
    for (const r of list) {
      const cells = [r.resource, r.shortNames.join(","), r.group ? `${r.group}/${r.version}` : r.version, String(r.namespaced), r.kind];
      if (output === "wide") cells.push(`[${r.verbs.join(" ")}]`);
      tw.write(cells.join("\t") + "\n");
    }
    io.stdout(tw.flush());
    return 0;
  },
};

export const apiVersionsCommand: Command = {
  name: "api-versions",
  flags: [],
  async run(ctx) {
    const all = (await ctx.restMapper()).groups.flatMap((g) => g.versions.map((v) => (g.name ? `${g.name}/${v}` : v))).sort();
    ctx.io.stdout(all.map((v) => v + "\n").join(""));
    return 0;
  },
};
