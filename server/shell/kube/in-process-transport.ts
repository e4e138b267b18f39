/**
 * kubectl's transport to the sandbox's API server without HTTP: the request kubectl would put on the
 * wire goes to kube-api's `handleKubeRequest` as is, so tables, errors and watch streams are the same
 * bytes a real kubectl would receive (ARCHITECTURE.md, "One API, many clients").
 */
import type { Cluster } from "../../cluster/contracts";
import { isStreamResponse, type KubeRequest as ApiRequest, type KubeResponse as ApiResponse } from "../../kube-api/types";
import type { KubeRequest, KubeResponse, KubeTransport } from "../kubectl/transport";

export type KubeApiHandler = (cluster: Cluster, req: ApiRequest) => Promise<ApiResponse> | ApiResponse;

/** kubectl v1.20.2's User-Agent (KUBECTL_REFERENCE.md §1): keeps JSON compact, as kubectl receives it. */
export const KUBECTL_USER_AGENT = "kubectl/v1.20.2 (linux/amd64) kubernetes/faecb19";

/** Splits "/api/v1/pods?limit=500" into kube-api's path + query. */
export function toApiRequest(method: string, pathWithQuery: string, headers: Record<string, string>, body?: string, signal?: AbortSignal): ApiRequest {
  const q = pathWithQuery.indexOf("?");
  const lower: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) lower[k.toLowerCase()] = v;
  return {
    method: method.toUpperCase(),
    path: q < 0 ? pathWithQuery : pathWithQuery.slice(0, q),
    query: new URLSearchParams(q < 0 ? "" : pathWithQuery.slice(q + 1)),
    headers: lower,
    body,
    signal,
  };
}

/** Wraps the time a stream waits for its next chunk (virtual time moves only while a run waits). */
export type WaitTracker = <T>(work: Promise<T>) => Promise<T>;

export function inProcessTransport(cluster: Cluster, handle: KubeApiHandler, waiting: WaitTracker = (w) => w): KubeTransport {
  const send = (req: KubeRequest, signal?: AbortSignal) =>
    handle(cluster, toApiRequest(req.method, req.path, { "user-agent": KUBECTL_USER_AGENT, ...req.headers }, req.body, signal));
  return {
    async request(req: KubeRequest): Promise<KubeResponse> {
      const res = await send(req);
      if (!isStreamResponse(res)) return res;
      // A plain request never asks for a stream; drain it rather than leak the watch.
      let body = "";
      for await (const chunk of res.stream) body += chunk;
      return { status: res.status, headers: res.headers, body };
    },
    async stream(req: KubeRequest, onChunk: (chunk: string) => void, signal: AbortSignal): Promise<KubeResponse> {
      const res = await send(req, signal);
      if (!isStreamResponse(res)) {
        if (res.status === 200 && res.body) onChunk(res.body);
        return res.status === 200 ? { ...res, body: "" } : res;
      }
      const iterator = res.stream[Symbol.asyncIterator]();
      const stop = () => void iterator.return?.();
      signal.addEventListener("abort", stop, { once: true });
      try {
        for (;;) {
          if (signal.aborted) break;
          const next = await waiting(iterator.next());
          if (next.done || signal.aborted) break;
          onChunk(next.value);
        }
      } finally {
        signal.removeEventListener("abort", stop);
        await iterator.return?.();
      }
      return { status: res.status, headers: res.headers, body: "" };
    },
  };
}
