/**
 * How the simulated kubectl reaches an API server: the same HTTP-shaped requests real kubectl v1.20.2
 * sends (method, path with query string, Accept/Content-Type headers, JSON body), answered in-process.
 * Keeping the wire shape means the tables come from server-side printing exactly as for real kubectl,
 * and `requests_by_command.txt` (k8s-fixtures) can be checked request by request.
 */

export interface KubeRequest {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Path plus query string, e.g. `/api/v1/namespaces/default/pods?limit=500`. */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface KubeResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * `request` answers a plain request. `stream` serves watches (`watch=true`) and `log?follow=true`:
 * it calls `onChunk` with each piece of the body as it is produced and resolves once the server ends
 * the stream or `signal` aborts it. A non-200 status resolves at once with the error body.
 */
export interface KubeTransport {
  request(req: KubeRequest): Promise<KubeResponse>;
  stream(req: KubeRequest, onChunk: (chunk: string) => void, signal: AbortSignal): Promise<KubeResponse>;
}

/** Accept header of `kubectl get` (cli-runtime resource builder asking for server-side Tables). */
export const TABLE_ACCEPT =
  "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";
/** Accept header of typed clients (`application/json`) and of the generic REST client (`application/json, *\/*`). */
export const JSON_ACCEPT = "application/json";
export const ANY_ACCEPT = "application/json, */*";
