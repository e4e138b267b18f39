/**
 * `pods/<name>[:port]/proxy/<path>`, `services/[scheme:]<name>[:port]/proxy/<path>` and
 * `nodes/<name>/proxy/<path>`: the apiserver's proxy (pkg/registry/core/{pod,service,node} ResourceLocation
 * and apimachinery/pkg/util/proxy/upgradeaware.go, v1.20), forwarded through the simulated network. The
 * target's status, content type and body are copied; a failure to connect is the proxy's 503
 * `error trying to reach service: <dial error>`.
 */
import { newBadRequest } from "@/server/cluster/errors/status-error";
import type { KubeObject } from "@/server/cluster/types";
import { serviceUnavailable } from "./api-errors";
import type { RequestContext } from "./request-context";
import type { KubeBodyResponse } from "./types";

/* eslint-disable @typescript-eslint/no-explicit-any */

interface Target {
  host: string;
  port: number;
}

/** utilnet.SplitSchemeNamePort: "name", "name:port" or "scheme:name:port". */
function splitSchemeNamePort(id: string): { name: string; port: string } | undefined {
  const parts = id.split(":");
  if (parts.length === 1) return { name: parts[0], port: "" };
  if (parts.length === 2) return { name: parts[0], port: parts[1] };
  if (parts.length === 3 && (parts[0] === "http" || parts[0] === "https" || parts[0] === "")) return { name: parts[1], port: parts[2] };
  return undefined;
}

/** How Go's net.Dial reports each failure the simulated network can return. */
function dialError(error: "refused" | "timeout" | "unresolved" | "unreachable", target: Target): string {
  const addr = `${target.host}:${target.port}`;
  switch (error) {
    case "refused":
      return `dial tcp ${addr}: connect: connection refused`;
    case "timeout":
      return `dial tcp ${addr}: i/o timeout`;
    case "unresolved":
      return `dial tcp: lookup ${target.host}: no such host`;
    default:
      return `dial tcp ${addr}: connect: no route to host`;
  }
}

function podTarget(ctx: RequestContext, name: string, portStr: string): Target {
  const pod = ctx.cluster.store.get("pods", ctx.info.namespace, name);
  let port = portStr;
  if (!port) {
    const withPorts = (pod.spec?.containers ?? []).find((c: any) => c.ports?.length);
    port = withPorts ? String(withPorts.ports[0].containerPort) : "80";
  }
  const ip: string = pod.status?.podIPs?.[0]?.ip ?? pod.status?.podIP ?? "";
  if (!/^\d+$/.test(port)) {
    throw serviceUnavailable(`error trying to reach service: dial tcp: address ${ip}:${port}: unknown port`);
  }
  if (!ip) throw serviceUnavailable(`error trying to reach service: ${dialError("refused", { host: "", port: Number(port) })}`);
  return { host: ip, port: Number(port) };
}

/** service ResourceLocation: a ready endpoint address on the named (or numbered) service port. */
function serviceTarget(ctx: RequestContext, name: string, portStr: string): Target {
  const store = ctx.cluster.store;
  let portName = portStr;
  if (/^\d+$/.test(portStr)) {
    const svc = store.get("services", ctx.info.namespace, name);
    const match = (svc.spec?.ports ?? []).find((p: any) => p.port === Number(portStr));
    if (!match) throw serviceUnavailable(`no service port ${portStr} found for service "${name}"`);
    portName = match.name ?? "";
  }
  const endpoints: KubeObject = store.get("endpoints", ctx.info.namespace, name);
  const subsets: any[] = (endpoints as any).subsets ?? [];
  if (subsets.length === 0) throw serviceUnavailable(`no endpoints available for service "${name}"`);
  // Upstream picks a random subset and address; the first is as good and keeps replies reproducible.
  for (const ss of subsets) {
    if (!ss.addresses?.length) continue;
    const port = (ss.ports ?? []).find((p: any) => (p.name ?? "") === portName);
    if (port) return { host: ss.addresses[0].ip, port: port.port };
  }
  throw serviceUnavailable(`no endpoints available for service "${ctx.info.name}"`);
}

function nodeTarget(ctx: RequestContext, name: string, portStr: string): Target {
  const node = ctx.cluster.store.get("nodes", "", name);
  const address = (node.status?.addresses ?? []).find((a: any) => a.type === "InternalIP");
  const port = portStr ? Number(portStr) : (node.status?.daemonEndpoints?.kubeletEndpoint?.Port ?? 10250);
  return { host: address?.address ?? "", port };
}

/** Headers that describe the hop to the apiserver, not the request to forward. */
const HOP_HEADERS = new Set(["authorization", "connection", "host", "content-length", "transfer-encoding", "upgrade", "keep-alive"]);

export async function proxyRequest(ctx: RequestContext): Promise<KubeBodyResponse> {
  const parsed = splitSchemeNamePort(ctx.info.name);
  if (!parsed) throw newBadRequest(`invalid ${ctx.resource.resource === "services" ? "service" : "pod"} request "${ctx.info.name}"`);
  const target =
    ctx.resource.key === "pods"
      ? podTarget(ctx, parsed.name, parsed.port)
      : ctx.resource.key === "services"
        ? serviceTarget(ctx, parsed.name, parsed.port)
        : nodeTarget(ctx, parsed.name, parsed.port);
  const { rest, trailingSlash } = ctx.info;
  if (rest.length === 0 && !trailingSlash) {
    // upgradeaware.go: a proxy root without its slash is redirected, so relative links resolve.
    const location = `${ctx.req.path}/${ctx.req.query.size ? `?${ctx.req.query}` : ""}`;
    return { status: 301, headers: { location, "content-type": "text/html; charset=utf-8" }, body: `<a href="${location}">Moved Permanently</a>.\n\n` };
  }
  let path = "/" + rest.join("/");
  if (rest.length > 0 && trailingSlash) path += "/";
  const query = ctx.req.query.toString();
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(ctx.req.headers)) if (!HOP_HEADERS.has(k)) headers[k] = v;
  const result = await ctx.cluster.network.request({
    method: ctx.req.method,
    host: target.host,
    port: target.port,
    path: query ? `${path}?${query}` : path,
    headers,
    body: ctx.req.body,
  });
  if (!result.ok) throw serviceUnavailable(`error trying to reach service: ${dialError(result.error, target)}`);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(result.headers)) {
    const key = k.toLowerCase();
    if (!HOP_HEADERS.has(key)) out[key] = v;
  }
  return { status: result.status, headers: out, body: result.body };
}
