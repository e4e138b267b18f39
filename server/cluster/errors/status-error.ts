/**
 * Kubernetes API errors: one `StatusError` carrying a `metav1.Status`, built by constructors that
 * reproduce k8s.io/apimachinery/pkg/api/errors/errors.go (v1.20) message for message, so the API can
 * return `err.status` as is and kubectl prints `Error from server (<reason>): <message>`.
 */
import { fieldErrorsToAggregate, type FieldError } from "./field-error";

export type StatusReason =
  | "NotFound"
  | "AlreadyExists"
  | "Conflict"
  | "Invalid"
  | "BadRequest"
  | "Forbidden"
  | "Gone"
  | "Expired"
  | "MethodNotAllowed"
  | "InternalError"
  | "TooManyRequests";

export interface StatusCause {
  type?: string;
  message?: string;
  field?: string;
}

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}

/** metav1.Status as the API server serialises it (field order as Go's JSON encoder writes it). */
export interface Status {
  kind: "Status";
  apiVersion: "v1";
  metadata: Record<string, never>;
  status: "Failure" | "Success";
  message?: string;
  reason?: StatusReason;
  details?: StatusDetails;
  code: number;
}

/** A group-qualified resource (`schema.GroupResource`): `{group:"apps", resource:"deployments"}`. */
export interface GroupResource {
  group: string;
  resource: string;
}

/** A group-qualified kind (`schema.GroupKind`): `{group:"apps", kind:"Deployment"}`. */
export interface GroupKind {
  group: string;
  kind: string;
}

export class StatusError extends Error {
  readonly status: Status;
  constructor(status: Status) {
    super(status.message ?? "");
    this.name = "StatusError";
    this.status = status;
  }
  get code(): number {
    return this.status.code;
  }
  get reason(): StatusReason | undefined {
    return this.status.reason;
  }
}

/** `schema.GroupResource.String()`: "pods", "deployments.apps". */
export function groupResourceString(gr: GroupResource): string {
  return gr.group ? `${gr.resource}.${gr.group}` : gr.resource;
}

/** `schema.GroupKind.String()`: "Pod", "Deployment.apps". */
export function groupKindString(gk: GroupKind): string {
  return gk.group ? `${gk.kind}.${gk.group}` : gk.kind;
}

/** Parses a store resource key ("deployments.apps") into its GroupResource. */
export function parseResourceKey(key: string): GroupResource {
  const dot = key.indexOf(".");
  return dot < 0 ? { group: "", resource: key } : { group: key.slice(dot + 1), resource: key.slice(0, dot) };
}

/** Go's `%q` for a string (ASCII: the same as a JSON string literal). */
export function quote(s: string): string {
  return JSON.stringify(s);
}

function failure(code: number, reason: StatusReason, message: string, details?: StatusDetails): StatusError {
  const status: Status = { kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message, reason, code };
  if (details) status.details = details;
  return new StatusError(status);
}

/** StatusDetails as Go serialises them: empty fields are omitted. */
function resourceDetails(gr: GroupResource, name: string): StatusDetails {
  const d: StatusDetails = {};
  if (name) d.name = name;
  if (gr.group) d.group = gr.group;
  d.kind = gr.resource;
  return d;
}

const asGR = (r: GroupResource | string): GroupResource => (typeof r === "string" ? parseResourceKey(r) : r);

/** errors.NewNotFound: `pods "x" not found`. */
export function newNotFound(resource: GroupResource | string, name: string): StatusError {
  const gr = asGR(resource);
  return failure(404, "NotFound", `${groupResourceString(gr)} ${quote(name)} not found`, resourceDetails(gr, name));
}

/** errors.NewAlreadyExists: `deployments.apps "x" already exists`. */
export function newAlreadyExists(resource: GroupResource | string, name: string): StatusError {
  const gr = asGR(resource);
  return failure(409, "AlreadyExists", `${groupResourceString(gr)} ${quote(name)} already exists`, resourceDetails(gr, name));
}

/** The reason the registry gives for a stale resourceVersion (storage.OptimisticLockErrorMsg). */
export const OPTIMISTIC_LOCK_MESSAGE =
  "the object has been modified; please apply your changes to the latest version and try again";

/** errors.NewConflict: `Operation cannot be fulfilled on deployments.apps "x": <why>`. */
export function newConflict(resource: GroupResource | string, name: string, why = OPTIMISTIC_LOCK_MESSAGE): StatusError {
  const gr = asGR(resource);
  return failure(
    409,
    "Conflict",
    `Operation cannot be fulfilled on ${groupResourceString(gr)} ${quote(name)}: ${why}`,
    resourceDetails(gr, name),
  );
}

/** errors.NewInvalid: `Deployment.apps "X" is invalid: <field errors aggregated>`. */
export function newInvalid(kind: GroupKind, name: string, errs: FieldError[]): StatusError {
  const causes: StatusCause[] = errs.map((e) => ({ type: e.causeType, message: e.body, field: e.field }));
  const details: StatusDetails = {};
  if (name) details.name = name;
  if (kind.group) details.group = kind.group;
  details.kind = kind.kind;
  details.causes = causes;
  return failure(422, "Invalid", `${groupKindString(kind)} ${quote(name)} is invalid: ${fieldErrorsToAggregate(errs)}`, details);
}

/** What the API server answers for a path it does not serve (errors.NewGenericServerResponse 404). */
export function newResourceNotServed(): StatusError {
  return failure(404, "NotFound", "the server could not find the requested resource", {});
}

/** errors.NewBadRequest. */
export function newBadRequest(message: string): StatusError {
  return failure(400, "BadRequest", message);
}

/** errors.NewForbidden: `pods "x" is forbidden: <why>` (without a name: `pods is forbidden: <why>`). */
export function newForbidden(resource: GroupResource | string, name: string, why: string): StatusError {
  const gr = asGR(resource);
  let message: string;
  if (!gr.resource && !gr.group) message = `forbidden: ${why}`;
  else if (!name) message = `${groupResourceString(gr)} is forbidden: ${why}`;
  else message = `${groupResourceString(gr)} ${quote(name)} is forbidden: ${why}`;
  return failure(403, "Forbidden", message, resourceDetails(gr, name));
}

/** errors.NewGone (410, reason Gone). */
export function newGone(message: string): StatusError {
  return failure(410, "Gone", message);
}

/**
 * errors.NewResourceExpired (410, reason Expired): what the watch cache returns for a watch from a
 * resourceVersion older than its window, `too old resource version: X (Y)` (cacher/watch_cache.go).
 */
export function newResourceExpired(message: string): StatusError {
  return failure(410, "Expired", message);
}

/** The watch cache's message for a too old resourceVersion. */
export function tooOldResourceVersionMessage(requested: number, oldest: number): string {
  return `too old resource version: ${requested} (${oldest})`;
}

/** errors.NewMethodNotSupported: `<action> is not supported on resources of kind "pods"`. */
export function newMethodNotSupported(resource: GroupResource | string, action: string): StatusError {
  const gr = asGR(resource);
  const details: StatusDetails = {};
  if (gr.group) details.group = gr.group;
  details.kind = gr.resource;
  return failure(405, "MethodNotAllowed", `${action} is not supported on resources of kind ${quote(groupResourceString(gr))}`, details);
}

/** errors.NewInternalError: `Internal error occurred: <err>`. */
export function newInternalError(err: unknown): StatusError {
  const message = err instanceof Error ? err.message : String(err);
  return failure(500, "InternalError", `Internal error occurred: ${message}`, { causes: [{ message }] });
}

/** errors.NewTooManyRequests. */
export function newTooManyRequests(message: string, retryAfterSeconds: number): StatusError {
  return failure(429, "TooManyRequests", message, { retryAfterSeconds });
}

const reasonOf = (err: unknown): StatusReason | undefined => (err instanceof StatusError ? err.status.reason : undefined);

export const isStatusError = (err: unknown): err is StatusError => err instanceof StatusError;
export const isNotFound = (err: unknown): boolean => reasonOf(err) === "NotFound";
export const isAlreadyExists = (err: unknown): boolean => reasonOf(err) === "AlreadyExists";
export const isConflict = (err: unknown): boolean => reasonOf(err) === "Conflict";
export const isInvalid = (err: unknown): boolean => reasonOf(err) === "Invalid";
export const isForbidden = (err: unknown): boolean => reasonOf(err) === "Forbidden";
export const isBadRequest = (err: unknown): boolean => reasonOf(err) === "BadRequest";
/** errors.IsGone or errors.IsResourceExpired: both mean "relist". */
export const isGoneOrExpired = (err: unknown): boolean => reasonOf(err) === "Gone" || reasonOf(err) === "Expired";
