/**
 * `kubectl get -o json|yaml|name|go-template|jsonpath|custom-columns`: full objects (Accept
 * application/json); one object alone, several wrapped in a `List` as kubectl does.
 */
import type { KubeObject } from "@/server/cluster/types";
import { withQuery } from "../client";
import { ApiError, formatError } from "../errors";
import type { ObjectPrinter } from "../printers/output-printer";
import { resourcePath } from "../rest-mapper";
import { executeJsonPath, parseJsonPath, relaxedJsonPath } from "../template/jsonpath";
import { typedItems, type GetOptions } from "./get";

export function wrapList(items: KubeObject[]): Record<string, unknown> {
  return { apiVersion: "v1", items, kind: "List", metadata: { resourceVersion: "", selfLink: "" } };
}

function sortObjects(items: KubeObject[], sortBy: string): KubeObject[] {
  const tpl = parseJsonPath(relaxedJsonPath(sortBy));
  const key = (o: KubeObject) => (JSON.parse(executeJsonPath(tpl, o, { asJson: true })) as unknown[])[0];
  return [...items].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    if (typeof ka === "number" && typeof kb === "number") return ka - kb;
    return String(ka ?? "") < String(kb ?? "") ? -1 : String(ka ?? "") > String(kb ?? "") ? 1 : 0;
  });
}

export async function printObjects(opts: GetOptions, printer: ObjectPrinter): Promise<number> {
  const { ctx } = opts;
  const api = ctx.api();
  const errors: unknown[] = [];
  let items: KubeObject[] = [];
  const singleRequested = opts.selections.length === 1 && opts.selections[0].names.length === 1;
  for (const sel of opts.selections) {
    const ns = sel.mapping.namespaced ? opts.namespace : undefined;
    if (!sel.names.length) {
      const list = await api.list(sel.mapping, ns, {
        labelSelector: opts.labelSelector || undefined,
        fieldSelector: opts.fieldSelector || undefined,
        limit: 500,
      });
      items.push(...typedItems(list));
      continue;
    }
    for (const name of sel.names) {
      try {
        items.push(await api.getJSON(withQuery(resourcePath(sel.mapping, ns ?? ctx.namespace, name), {})));
      } catch (err) {
        if (err instanceof ApiError && err.code === 404 && ctx.flags.bool("ignore-not-found")) continue;
        errors.push(err);
      }
    }
  }
  const sortBy = ctx.flags.str("sort-by");
  if (sortBy) items = sortObjects(items, sortBy);
  // printGeneric (get.go): one implied item alone, anything else as a List, even an empty one.
  if (items.length === 1 && singleRequested) ctx.io.stdout(printer(items[0] as Record<string, unknown>));
  else if (!(singleRequested && errors.length)) ctx.io.stdout(printer(wrapList(items)));
  for (const err of errors) ctx.io.stderr(formatError(err));
  return errors.length ? 1 : 0;
}
