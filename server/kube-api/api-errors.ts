/**
 * Status errors the HTTP layer of the apiserver raises itself (the registry's own errors come from
 * server/cluster/errors/status-error.ts, which this module builds on). Messages follow
 * k8s.io/apimachinery/pkg/api/errors/errors.go and apiserver/pkg/endpoints/handlers (v1.20).
 */
import { StatusError, type Status } from "@/server/cluster/errors/status-error";

/** A Status whose reason the cluster's StatusReason union does not list (these only arise at the HTTP layer). */
function httpFailure(code: number, reason: string, message: string, details?: Record<string, unknown>): StatusError {
  const status = { kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message, reason } as Record<string, unknown>;
  if (details) status.details = details;
  status.code = code;
  return new StatusError(status as unknown as Status);
}

/** The NotFound handler's reply for paths that name nothing (NewGenericServerResponse(404)). */
export function notFoundPath(): StatusError {
  return httpFailure(404, "NotFound", "the server could not find the requested resource", {});
}

/** go-restful's reply for a method the route does not take (NewGenericServerResponse(405)). */
export function methodNotAllowed(): StatusError {
  return httpFailure(405, "MethodNotAllowed", "the server does not allow this method on the requested resource", {});
}

/** errors.NewRequestEntityTooLargeError: bodies above the 3 MiB MaxRequestBodyBytes. */
export function requestEntityTooLarge(limit: number): StatusError {
  return httpFailure(413, "RequestEntityTooLarge", `Request entity too large: limit is ${limit}`);
}

/** NewUnsupportedMediaType for a body or patch type the server cannot read. */
export function unsupportedMediaType(message: string): StatusError {
  return httpFailure(415, "UnsupportedMediaType", message);
}

/** NewNotAcceptable: no Accept entry the server can produce. */
export function notAcceptable(): StatusError {
  return httpFailure(
    406,
    "NotAcceptable",
    "only the following media types are accepted: application/json, application/yaml, application/vnd.kubernetes.protobuf",
  );
}

/** errors.NewServiceUnavailable (proxy failures). */
export function serviceUnavailable(message: string): StatusError {
  return httpFailure(503, "ServiceUnavailable", message);
}

/** NewGenericServerResponse(422) as patch.go returns it for a JSON patch that cannot apply. */
export function unprocessablePatch(serverMessage: string): StatusError {
  return httpFailure(422, "Invalid", "the server rejected our request due to an error in our request", {
    causes: [{ reason: "UnexpectedServerResponse", message: serverMessage }],
  });
}

/** A Success Status (delete replies, binding, eviction). `code` is left out when 0, as Go's omitempty does. */
export function successStatus(details?: Record<string, unknown>, code?: number): Record<string, unknown> {
  const status: Record<string, unknown> = { kind: "Status", apiVersion: "v1", metadata: {}, status: "Success" };
  if (details) status.details = details;
  if (code) status.code = code;
  return status;
}

/** metav1.Status fields in Go's declaration order, which is the order the apiserver writes them. */
const STATUS_ORDER = ["kind", "apiVersion", "metadata", "status", "message", "reason", "details", "code"];

/**
 * The Status JSON of an error, fields in upstream order whatever order the error was built in.
 * metav1.StatusCause serialises its Type field as `reason`; causes built with a `type` key are renamed.
 */
export function statusBody(err: StatusError): Record<string, unknown> {
  const status = err.status as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of STATUS_ORDER) if (status[key] !== undefined) out[key] = status[key];
  const details = status.details as { causes?: Record<string, unknown>[] } | undefined;
  if (details?.causes?.some((c) => "type" in c)) {
    const causes = details.causes.map((c) => {
      if (!("type" in c)) return c;
      const { type, ...rest } = c;
      return { reason: type, ...rest };
    });
    out.details = { ...details, causes };
  }
  return out;
}
