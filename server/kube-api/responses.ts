/**
 * Building replies. Every error becomes its Status here, in one place, as apiserver's
 * responsewriters.ErrorNegotiated does; anything that is not a StatusError is a bug in the simulation
 * and becomes a 500 InternalError rather than a dropped connection.
 */
import { isStatusError, newInternalError, type StatusError } from "@/server/cluster/errors/status-error";
import { statusBody } from "./api-errors";
import { encodeBody } from "./json-encoding";
import type { KubeBodyResponse } from "./types";

const JSON_TYPE = "application/json";

export function jsonResponse(status: number, value: unknown, pretty: boolean): KubeBodyResponse {
  return { status, headers: { "content-type": JSON_TYPE }, body: encodeBody(value, pretty) };
}

export function textResponse(status: number, body: string, contentType = "text/plain; charset=utf-8"): KubeBodyResponse {
  return { status, headers: { "content-type": contentType }, body };
}

/** The Status reply for any thrown value. */
export function errorResponse(err: unknown, pretty: boolean): KubeBodyResponse {
  const statusError: StatusError = isStatusError(err) ? err : newInternalError(err);
  return jsonResponse(statusError.status.code, statusBody(statusError), pretty);
}
