/**
 * Field selectors: parsed like k8s.io/apimachinery/pkg/fields/selector.go `ParseSelector` (terms split
 * on unescaped ",", operators "!=", "==", "=") and restricted, per resource, to the fields the API
 * server registers (pkg/registry/core/pod/strategy.go `PodToSelectableFields`, event/strategy.go, ...).
 */
import { newBadRequest, type StatusError } from "../errors/status-error";
import type { KubeObject } from "../types";

export interface FieldTerm {
  field: string;
  value: string;
  negate: boolean;
}

export interface FieldSelector {
  terms: FieldTerm[];
}

type Getter = (o: KubeObject) => string;

const meta: Record<string, Getter> = {
  "metadata.name": (o) => o.metadata.name ?? "",
  "metadata.namespace": (o) => o.metadata.namespace ?? "",
};
const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));

/** Selectable fields per storage key; resources not listed only have metadata.name/namespace. */
const FIELDS: Record<string, Record<string, Getter>> = {
  pods: {
    ...meta,
    "spec.nodeName": (o) => str(o.spec?.nodeName),
    "spec.restartPolicy": (o) => str(o.spec?.restartPolicy),
    "spec.schedulerName": (o) => str(o.spec?.schedulerName),
    "spec.serviceAccountName": (o) => str(o.spec?.serviceAccountName),
    "status.phase": (o) => str(o.status?.phase),
    "status.podIP": (o) => str(o.status?.podIP),
    "status.nominatedNodeName": (o) => str(o.status?.nominatedNodeName),
  },
  events: {
    ...meta,
    "involvedObject.kind": (o) => str((o.involvedObject as Record<string, unknown>)?.kind),
    "involvedObject.namespace": (o) => str((o.involvedObject as Record<string, unknown>)?.namespace),
    "involvedObject.name": (o) => str((o.involvedObject as Record<string, unknown>)?.name),
    "involvedObject.uid": (o) => str((o.involvedObject as Record<string, unknown>)?.uid),
    "involvedObject.apiVersion": (o) => str((o.involvedObject as Record<string, unknown>)?.apiVersion),
    "involvedObject.resourceVersion": (o) => str((o.involvedObject as Record<string, unknown>)?.resourceVersion),
    "involvedObject.fieldPath": (o) => str((o.involvedObject as Record<string, unknown>)?.fieldPath),
    reason: (o) => str(o.reason),
    reportingComponent: (o) => str(o.reportingComponent),
    source: (o) => str((o.source as Record<string, unknown>)?.component) || str(o.reportingComponent),
    type: (o) => str(o.type),
  },
  namespaces: { ...meta, "status.phase": (o) => str(o.status?.phase) },
  nodes: { ...meta, "spec.unschedulable": (o) => str(o.spec?.unschedulable ?? false) },
  secrets: { ...meta, type: (o) => str(o.type) },
  "replicasets.apps": { ...meta, "status.replicas": (o) => str(o.status?.replicas ?? 0) },
  "jobs.batch": { ...meta, "status.successful": (o) => str(o.status?.successful ?? 0) },
};

/** Kinds with their own field-label conversion answer "field label not supported"; the rest use the generic meta message. */
const OWN_CONVERSION = new Set(["pods", "events", "namespaces", "nodes", "secrets", "replicasets.apps", "jobs.batch", "services", "endpoints", "serviceaccounts", "configmaps"]);

/** fields.splitTerms: split on "," not preceded by a backslash escape. */
function splitTerms(s: string): string[] {
  if (!s) return [];
  const out: string[] = [];
  let cur = "";
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "\\" && i + 1 < s.length) {
      cur += s[i] + s[i + 1];
      i++;
    } else if (s[i] === ",") {
      out.push(cur);
      cur = "";
    } else cur += s[i];
  }
  out.push(cur);
  return out;
}

/** fields.UnescapeValue: `\\`, `\,` and `\=` are the only escapes. */
function unescape(s: string, selector: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== "\\") {
      if (s[i] === "," || s[i] === "=") throw newBadRequest(`invalid field selector: '${selector}'; unescaped character ${s[i]}`);
      out += s[i];
      continue;
    }
    const n = s[i + 1];
    if (n !== "\\" && n !== "," && n !== "=") throw newBadRequest(`invalid field selector: '${selector}'; invalid escape sequence`);
    out += n;
    i++;
  }
  return out;
}

/** Parses and checks a field selector for `resource` (a storage key). Errors are 400 BadRequest as the API returns them. */
export function parseFieldSelector(selector: string, resource: string): FieldSelector {
  const terms: FieldTerm[] = [];
  for (const part of splitTerms(selector).sort()) {
    if (!part) continue;
    let found: { i: number; op: string } | undefined;
    for (let i = 0; i < part.length && !found; i++) {
      for (const op of ["!=", "==", "="]) if (part.startsWith(op, i)) { found = { i, op }; break; }
    }
    if (!found) throw newBadRequest(`invalid selector: '${selector}'; can't understand '${part}'`);
    const field = part.slice(0, found.i);
    const value = unescape(part.slice(found.i + found.op.length), selector);
    checkField(resource, field);
    terms.push({ field, value, negate: found.op === "!=" });
  }
  return { terms };
}

function checkField(resource: string, field: string): void {
  const known = FIELDS[resource] ?? meta;
  if (known[field]) return;
  let why: StatusError;
  if (OWN_CONVERSION.has(resource)) why = newBadRequest(`field label not supported: ${field}`);
  else why = newBadRequest(`${JSON.stringify(field)} is not a known field selector: only "metadata.name", "metadata.namespace"`);
  throw why;
}

export function matchesFields(sel: FieldSelector, resource: string, obj: KubeObject): boolean {
  const known = FIELDS[resource] ?? meta;
  return sel.terms.every((t) => (known[t.field](obj) === t.value) !== t.negate);
}
