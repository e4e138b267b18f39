/**
 * The function-shaped Kubernetes API that Podium serves.
 *
 * `handleKubeRequest(cluster, req)` (handle-kube-request.ts) takes exactly what a real client would
 * send over HTTP (kubectl v1.20, client-go, curl) and answers exactly what a v1.20.2 kube-apiserver
 * would: the same paths, query parameters, content types, JSON bytes and Status errors. It is called
 *  - in-process by Podium's own kubectl (server/shell/kubectl) and by `kubectl proxy` + curl in the shell;
 *  - over HTTP through `createKubeApiHttpHandler` (http-adapter.ts) for real kubectl and client libraries.
 *
 * Requests
 *  - `path` is the URL path only, still percent-encoded as on the wire (`/api/v1/namespaces/default/pods`),
 *    with any mount prefix (`/k8s/<sandbox>/`) already removed; `query` holds the query string.
 *  - `headers` use lower-case keys: `accept` decides JSON vs Table (`as=Table`), `content-type` decides
 *    the patch flavour, `user-agent` decides pretty-printing (curl/wget/Mozilla get indented JSON).
 *  - `signal` ends a stream (watch, `logs -f`) when the client goes away.
 *
 * Responses
 *  - Ordinary replies carry the whole `body` (JSON ending in "\n", or text/plain for logs).
 *  - Watches (`?watch=true`) and followed logs (`?follow=true`) return a `stream`: an async iterable of
 *    chunks (one JSON event line each for watches). It ends on `timeoutSeconds`, when the log ends, or
 *    when `signal` aborts; a consumer that stops early must call `return()` on its iterator (a `for await`
 *    loop with `break` does that) so the underlying store watch is released.
 */

/** One HTTP-shaped request to the API server. */
export interface KubeRequest {
  /** Upper-case HTTP method: GET, POST, PUT, PATCH, DELETE. */
  method: string;
  /** URL path without query string, percent-encoded as sent, without the mount prefix. */
  path: string;
  query: URLSearchParams;
  /** Request headers with lower-case keys. */
  headers: Record<string, string>;
  body?: string;
  /** Aborting closes a streaming response. */
  signal?: AbortSignal;
}

/** A complete reply. */
export interface KubeBodyResponse {
  status: number;
  /** Response headers with lower-case keys (at least `content-type`). */
  headers: Record<string, string>;
  body: string;
}

/** A streaming reply (watch, followed logs): status and headers first, then chunks. */
export interface KubeStreamResponse {
  status: number;
  headers: Record<string, string>;
  stream: AsyncIterable<string>;
}

export type KubeResponse = KubeBodyResponse | KubeStreamResponse;

/** True when the reply streams (watch, `logs -f`). */
export function isStreamResponse(res: KubeResponse): res is KubeStreamResponse {
  return "stream" in res;
}

/** Reads a whole reply as text, draining a stream (tests and simple callers). */
export async function readResponseBody(res: KubeResponse): Promise<string> {
  if (!isStreamResponse(res)) return res.body;
  let out = "";
  for await (const chunk of res.stream) out += chunk;
  return out;
}
