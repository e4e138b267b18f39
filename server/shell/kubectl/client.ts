/**
 * kubectl's REST calls over a KubeTransport: paths, query strings encoded as Go's url.Values.Encode
 * (keys sorted, QueryEscape), Accept headers as client-go sends them, and `Status` replies turned into
 * ApiError the way client-go's transformResponse does.
 */
import type { KubeObject } from "@/server/cluster/types";
import { ApiError, type ApiStatus } from "./errors";
import { resourcePath, type Mapping } from "./rest-mapper";
import { ANY_ACCEPT, JSON_ACCEPT, type KubeRequest, type KubeResponse, type KubeTransport } from "./transport";

export type Query = Record<string, string | number | boolean | undefined>;

/** net/url QueryEscape: everything but unreserved characters is %-escaped, spaces become '+'. */
export function queryEscape(s: string): string {
  return Array.from(new TextEncoder().encode(s))
    .map((b) => {
      const c = String.fromCharCode(b);
      if (/[A-Za-z0-9\-_.~]/.test(c)) return c;
      if (c === " ") return "+";
      return "%" + b.toString(16).toUpperCase().padStart(2, "0");
    })
    .join("");
}

/** url.Values.Encode: keys sorted, undefined values left out. */
export function encodeQuery(q: Query): string {
  const keys = Object.keys(q)
    .filter((k) => q[k] !== undefined)
    .sort();
  return keys.map((k) => `${queryEscape(k)}=${queryEscape(String(q[k]))}`).join("&");
}

export function withQuery(path: string, q: Query): string {
  const qs = encodeQuery(q);
  return qs ? `${path}?${qs}` : path;
}

export interface ListResult {
  kind?: string;
  apiVersion?: string;
  metadata: { resourceVersion?: string; continue?: string };
  items: KubeObject[];
}

export class ApiClient {
  constructor(readonly transport: KubeTransport) {}

  async send(req: KubeRequest): Promise<KubeResponse> {
    const res = await this.transport.request(req);
    if (res.status < 200 || res.status > 299) throw toApiError(res);
    return res;
  }

  async getJSON<T = KubeObject>(path: string, accept = JSON_ACCEPT): Promise<T> {
    const res = await this.send({ method: "GET", path, headers: { Accept: accept } });
    return JSON.parse(res.body) as T;
  }

  get(m: Mapping, ns: string, name: string, accept = JSON_ACCEPT): Promise<KubeObject> {
    return this.getJSON(resourcePath(m, ns, name), accept);
  }

  list(m: Mapping, ns: string | undefined, q: Query = {}, accept = JSON_ACCEPT): Promise<ListResult> {
    return this.getJSON<ListResult>(withQuery(resourcePath(m, ns), q), accept);
  }

  async writeJSON<T = KubeObject>(
    method: KubeRequest["method"],
    path: string,
    body: unknown,
    contentType = "application/json",
    accept = JSON_ACCEPT,
  ): Promise<T> {
    const res = await this.send({
      method,
      path,
      headers: { Accept: accept, "Content-Type": contentType },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    return JSON.parse(res.body) as T;
  }

  create(m: Mapping, ns: string, obj: unknown, fieldManager: string, accept = ANY_ACCEPT): Promise<KubeObject> {
    return this.writeJSON("POST", withQuery(resourcePath(m, ns), { fieldManager }), obj, "application/json", accept);
  }

  patch(
    m: Mapping,
    ns: string,
    name: string,
    patchType: "merge" | "strategic" | "json",
    body: unknown,
    q: Query = {},
    opts: { sub?: string; accept?: string } = {},
  ): Promise<KubeObject> {
    const ct = {
      merge: "application/merge-patch+json",
      strategic: "application/strategic-merge-patch+json",
      json: "application/json-patch+json",
    }[patchType];
    return this.writeJSON("PATCH", withQuery(resourcePath(m, ns, name, opts.sub), q), body, ct, opts.accept ?? JSON_ACCEPT);
  }

  delete(m: Mapping, ns: string, name: string, body: unknown = { propagationPolicy: "Background" }): Promise<KubeObject> {
    return this.writeJSON("DELETE", resourcePath(m, ns, name), body);
  }

  /**
   * Streams `path` (a watch): calls `onEvent` for each NDJSON line until the server ends the stream,
   * `signal` aborts, or `onEvent` returns true (done).
   */
  async watch(
    path: string,
    accept: string,
    signal: AbortSignal,
    onEvent: (ev: { type: string; object: KubeObject }) => boolean | void,
  ): Promise<void> {
    const inner = new AbortController();
    const stop = () => inner.abort();
    signal.addEventListener("abort", stop, { once: true });
    let buffer = "";
    try {
      const res = await this.transport.stream(
        { method: "GET", path, headers: { Accept: accept } },
        (chunk) => {
          if (inner.signal.aborted) return;
          buffer += chunk;
          let nl: number;
          while ((nl = buffer.indexOf("\n")) >= 0) {
            const line = buffer.slice(0, nl).trim();
            buffer = buffer.slice(nl + 1);
            if (!line || inner.signal.aborted) continue;
            if (onEvent(JSON.parse(line))) inner.abort();
          }
        },
        inner.signal,
      );
      if (res.status < 200 || res.status > 299) throw toApiError(res);
    } finally {
      signal.removeEventListener("abort", stop);
    }
  }
}

/** Turns a failed response into the error client-go would return. */
export function toApiError(res: KubeResponse): ApiError {
  try {
    const parsed = JSON.parse(res.body) as ApiStatus;
    if (parsed && parsed.kind === "Status") return new ApiError(parsed);
  } catch {
    // not a Status: fall through to the generic messages of client-go's newUnstructuredResponseError
  }
  const generic: Record<number, [string, string]> = {
    404: ["NotFound", "the server could not find the requested resource"],
    400: ["BadRequest", "the server rejected our request for an unknown reason"],
    409: ["Conflict", "the server reported a conflict"],
    500: ["InternalError", "an error on the server has prevented the request from succeeding"],
  };
  const [reason, message] = generic[res.status] ?? ["", `an error on the server ("${res.body.trim()}") has prevented the request from succeeding`];
  // a plain-text 400 (kubelet log errors through some proxies) carries its own message
  const text = res.status === 400 && res.body.trim() ? res.body.trim() : message;
  return new ApiError({ kind: "Status", status: "Failure", code: res.status, reason, message: text });
}
