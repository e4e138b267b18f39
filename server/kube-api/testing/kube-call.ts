/** Test helper: one request to handleKubeRequest with kubectl's headers, body as text. */
import type { Cluster } from "@/server/cluster/contracts";
import { handleKubeRequest } from "../handle-kube-request";
import { readResponseBody, type KubeResponse } from "../types";

export const TABLE_ACCEPT =
  "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";

export interface CallOptions {
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export function request(cluster: Cluster, method: string, url: string, opts: CallOptions = {}): Promise<KubeResponse> {
  const u = new URL(url, "http://x");
  const body = opts.body === undefined ? undefined : typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body);
  return handleKubeRequest(cluster, {
    method,
    path: u.pathname,
    query: u.searchParams,
    headers: { accept: "application/json", "user-agent": "kubectl/v1.20.2 (linux/amd64) kubernetes/faecb19", ...(body ? { "content-type": "application/json" } : {}), ...opts.headers },
    body,
    signal: opts.signal,
  });
}

/** The reply with its body read (streams drained). */
export async function call(cluster: Cluster, method: string, url: string, opts: CallOptions = {}) {
  const res = await request(cluster, method, url, opts);
  const text = await readResponseBody(res);
  let json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}
