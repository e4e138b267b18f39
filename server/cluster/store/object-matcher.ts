/** A predicate for list and watch from the label and field selector strings (400 BadRequest when malformed). */
import { newBadRequest } from "../errors/status-error";
import type { KubeObject } from "../types";
import { matchesFields, parseFieldSelector } from "./field-selector";
import { matchesLabels, parseLabelSelector, SelectorParseError, type LabelSelector } from "./label-selector";

export function selectorMatcher(storage: string, labelSelector?: string, fieldSelector?: string): (obj: KubeObject) => boolean {
  let labels: LabelSelector | undefined;
  try {
    labels = labelSelector ? parseLabelSelector(labelSelector) : undefined;
  } catch (e) {
    if (e instanceof SelectorParseError) throw newBadRequest(e.message);
    throw e;
  }
  const fields = fieldSelector ? parseFieldSelector(fieldSelector, storage) : undefined;
  return (obj) => (!labels || matchesLabels(labels, obj.metadata.labels)) && (!fields || matchesFields(fields, storage, obj));
}
