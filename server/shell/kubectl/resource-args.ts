/**
 * The resource builder's reading of `TYPE[,TYPE...] [NAME...]` and `TYPE/NAME...` arguments
 * (cli-runtime/pkg/resource/builder.go ResourceTypeOrNameArgs), including the `all` category.
 */
import { KubectlError } from "./errors";
import { categoryMembers, mustFindMapping, type Mapping } from "./rest-mapper";

export interface ResourceSelection {
  mapping: Mapping;
  /** Names asked for; empty means "every object" (subject to selectors). */
  names: string[];
}

/** Groups the arguments into (type, names) selections, in the order given. Throws kubectl's errors. */
export function parseResourceArgs(args: string[]): ResourceSelection[] {
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
      const type = a.slice(0, slash);
      const name = a.slice(slash + 1);
      if (!name) throw new KubectlError(`arguments in resource/name form must have a single resource and name`);
      const mapping = mustFindMapping(type);
      const existing = out.find((s) => s.mapping.resource === mapping.resource && s.mapping.group === mapping.group);
      if (existing) existing.names.push(name);
      else out.push({ mapping, names: [name] });
    }
    return out;
  }
  const [types, ...names] = args;
  const out: ResourceSelection[] = [];
  for (const t of types.split(",").filter(Boolean)) {
    const members = categoryMembers(t);
    if (members) out.push(...members.map((mapping) => ({ mapping, names: [...names] })));
    else out.push({ mapping: mustFindMapping(t), names: [...names] });
  }
  return out;
}
