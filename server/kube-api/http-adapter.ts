/**
 * Mounts handleKubeRequest on Node's http server for real clients (kubectl with a downloaded
 * kubeconfig, client libraries, curl). The lead mounts it at `/k8s/<sandbox-id>/`; `resolve` authenticates
 * the request (bearer token) and names the cluster plus the path prefix to strip. Bodies above 3 MiB
 * are refused with the apiserver's 413 before they are read; streaming replies (watch, `logs -f`) are
 * written chunk by chunk (chunked transfer encoding) and end when the client disconnects. Protobuf
 * bodies (newer kubectl's `kubectl create`) are turned into JSON here, at the edge.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Cluster } from "@/server/cluster/contracts";
import { StatusError, type Status } from "@/server/cluster/errors/status-error";
import { requestEntityTooLarge } from "./api-errors";
import { handleKubeRequest } from "./handle-kube-request";
import { decodeK8sProtobuf, isDecodable, isProtobuf, readEnvelope } from "./protobuf/decode-k8s-protobuf";
import { MAX_REQUEST_BODY_BYTES } from "./request-body";
import { errorResponse } from "./responses";
import { isStreamResponse, type KubeBodyResponse, type KubeRequest, type KubeResponse } from "./types";

export type ResolveResult =
  | { cluster: Cluster; /** Path prefix to remove before routing, e.g. "/k8s/abc123". */ basePath?: string }
  | { status: number; message: string };

export interface KubeApiHttpOptions {
  resolve(req: IncomingMessage): Promise<ResolveResult>;
  /** Prefix removed from every path when `resolve` names none. */
  basePath?: string;
}

/** The Status reasons of the HTTP codes a resolver refuses with. */
const REASONS: Record<number, string> = {
  400: "BadRequest",
  401: "Unauthorized",
  403: "Forbidden",
  404: "NotFound",
  429: "TooManyRequests",
  503: "ServiceUnavailable",
};

function refusal(status: number, message: string): KubeBodyResponse {
  const body = { kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message, reason: REASONS[status] ?? "", code: status };
  return errorResponse(new StatusError(body as unknown as Status), false);
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > MAX_REQUEST_BODY_BYTES) return reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BODY_BYTES) {
        req.removeAllListeners("data");
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(chunks.length ? Buffer.concat(chunks) : undefined));
    req.on("error", reject);
  });
}

function lowerCaseHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
  }
  return out;
}

/** The path below the mount point ("/k8s/abc/api/v1" → "/api/v1"). */
function stripBase(pathname: string, basePath: string): string {
  const base = basePath.replace(/\/+$/, "");
  if (!base) return pathname;
  if (pathname === base) return "/";
  return pathname.startsWith(base + "/") ? pathname.slice(base.length) : pathname;
}

async function writeResponse(res: ServerResponse, reply: KubeResponse, basePath: string, head: boolean): Promise<void> {
  const headers: Record<string, string> = { "cache-control": "no-cache, private", ...reply.headers };
  if (headers.location?.startsWith("/") && basePath) headers.location = basePath.replace(/\/+$/, "") + headers.location;
  if (!isStreamResponse(reply)) {
    headers["content-length"] = String(Buffer.byteLength(reply.body));
    res.writeHead(reply.status, headers);
    res.end(head ? undefined : reply.body);
    return;
  }
  res.writeHead(reply.status, headers);
  res.flushHeaders();
  const closed = new Promise<void>((resolve) => res.once("close", resolve));
  for await (const chunk of reply.stream) {
    if (res.destroyed) break;
    if (!res.write(chunk)) await Promise.race([new Promise((resolve) => res.once("drain", resolve)), closed]);
  }
  if (!res.destroyed) res.end();
}

/** A Node request handler serving the Kubernetes API of the cluster `resolve` names. */
export function createKubeApiHttpHandler(options: KubeApiHttpOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const abort = new AbortController();
    res.once("close", () => abort.abort());
    let basePath = options.basePath ?? "";
    try {
      const resolved = await options.resolve(req);
      if (!("cluster" in resolved)) return await writeResponse(res, refusal(resolved.status, resolved.message), "", false);
      basePath = resolved.basePath ?? basePath;
      let raw: Buffer | undefined;
      try {
        raw = await readBody(req);
      } catch (err) {
        if (err instanceof BodyTooLarge) {
          res.setHeader("connection", "close");
          return await writeResponse(res, errorResponse(requestEntityTooLarge(MAX_REQUEST_BODY_BYTES), false), basePath, false);
        }
        throw err;
      }
      const headers = lowerCaseHeaders(req);
      let body = raw?.toString("utf8");
      // Newer kubectl sends `kubectl create` objects as protobuf; the API itself speaks JSON. Kinds this
      // sandbox cannot decode go on as they came, for routing to refuse (404 unserved, 415 otherwise).
      if (raw && isProtobuf(headers["content-type"]) && isDecodable(readEnvelope(raw))) {
        body = JSON.stringify(decodeK8sProtobuf(raw));
        headers["content-type"] = "application/json";
      }
      const url = new URL(req.url ?? "/", "http://localhost");
      const method = (req.method ?? "GET").toUpperCase();
      const kubeReq: KubeRequest = {
        method: method === "HEAD" ? "GET" : method,
        path: stripBase(url.pathname, basePath),
        query: url.searchParams,
        headers,
        body,
        signal: abort.signal,
      };
      const reply = await handleKubeRequest(resolved.cluster, kubeReq);
      await writeResponse(res, reply, basePath, method === "HEAD");
    } catch (err) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      await writeResponse(res, errorResponse(err, false), basePath, false);
    }
  };
}
