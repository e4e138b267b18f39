/**
 * The resource builder's reading of `TYPE[,TYPE...] [NAME...]` and `TYPE/NAME...` arguments
 * (cli-runtime/pkg/resource/builder.go ResourceTypeOrNameArgs), including categories such as `all`.
 */
import type { CommandContext } from "./command";
import { KubectlError } from "./errors";
import type { Mapping } from "./rest-mapper";

export interface ResourceSelection {
  mapping: Mapping;
  /** Names asked for; empty means "every object" (subject to selectors). */
  names: string[];
  /** Expanded from a category (`get all`). */
  fromCategory?: boolean;
}

/** A typed resource type, asking discovery again once before giving up (kubectl's deferred mapper). */
export async function mapType(ctx: Pick<CommandContext, "restMapper">, typed: string): Promise<Mapping> {
  const found = (await ctx.restMapper()).find(typed);
  if (found) return found;
  return (await ctx.restMapper(true)).mustFind(typed);
}

/** Groups the arguments into (type, names) selections, in the order given. Throws kubectl's errors. */
export async function parseResourceArgs(args: string[], ctx: Pick<CommandContext, "restMapper">): Promise<ResourceSelection[]> {
  if (args.length === 0) return [];
  if (args.some((a) => a.includes("/"))) {
    if (!args.every((a) => a.includes("/"))) {
      throw new KubectlError(
        "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form " +
          "(e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
      );
    }
    const out: ResourceSelection[] = [];
    for (const a of args) {
      const slash = a.indexOf("/");
      const name = a.slice(slash + 1);
      if (!name) throw new KubectlError(`arguments in resource/name form must have a single resource and name`);
      const mapping = await mapType(ctx, a.slice(0, slash));
      const existing = out.find((s) => s.mapping.resource === mapping.resource && s.mapping.group === mapping.group);
      if (existing) existing.names.push(name);
      else out.push({ mapping, names: [name] });
    }
    return out;
  }
  const [types, ...names] = args;
  const out: ResourceSelection[] = [];
  for (const t of types.split(",").filter(Boolean)) {
    const mapper = await ctx.restMapper();
    const members = mapper.find(t) ? undefined : mapper.categoryMembers(t.toLowerCase());
    if (members) out.push(...members.map((mapping) => ({ mapping, names: [...names], fromCategory: true })));
    else out.push({ mapping: await mapType(ctx, t), names: [...names] });
  }
  return out;
}
