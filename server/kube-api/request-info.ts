/**
 * What a request path names, as apiserver's RequestInfoFactory
 * (k8s.io/apiserver/pkg/endpoints/request/requestinfo.go, v1.20) works it out:
 * `/api/v1/namespaces/default/pods/web-1/log` → group "", version v1, namespace default,
 * resource pods, name web-1, subresource log. Parts after the subresource (proxy paths) are kept.
 */

export interface ResourceRequestInfo {
  kind: "resource";
  /** get, list, watch, create, update, patch, delete, deletecollection. */
  verb: string;
  group: string;
  version: string;
  /** The namespace from the path ("" when absent). */
  namespace: string;
  resource: string;
  name: string;
  subresource: string;
  /** Path segments after the subresource (`/proxy/a/b` → ["a", "b"]), still encoded as sent. */
  rest: string[];
  /** True when the raw path ended with "/" (proxy paths keep it). */
  trailingSlash: boolean;
}

export interface NonResourceRequestInfo {
  kind: "nonresource";
  path: string;
}

export type RequestInfo = ResourceRequestInfo | NonResourceRequestInfo;

/** Subresources of a namespace, which `/namespaces/<ns>/<x>` must not mistake for a resource (requestinfo.go). */
const NAMESPACE_SUBRESOURCES = new Set(["status", "finalize"]);

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** Parses a request path; non-API paths (`/version`, `/healthz`, `/apis`) come back as `nonresource`. */
export function parseRequestInfo(method: string, path: string, query: URLSearchParams): RequestInfo {
  const trimmed = path.replace(/^\/+/, "");
  const raw = trimmed.split("/");
  const trailingSlash = path.length > 1 && path.endsWith("/");
  if (raw[raw.length - 1] === "") raw.pop();
  let parts: string[];
  let group: string;
  let version: string;
  if (raw[0] === "api" && raw.length >= 3) {
    group = "";
    version = raw[1];
    parts = raw.slice(2);
  } else if (raw[0] === "apis" && raw.length >= 4) {
    group = raw[1];
    version = raw[2];
    parts = raw.slice(3);
  } else {
    return { kind: "nonresource", path: "/" + raw.join("/") };
  }
  // Resource, namespace and names are decoded; what follows a subresource (proxy paths) is forwarded raw.
  const head = parts.slice(0, 6).map(decode);
  if (head.some((p) => p === undefined)) return { kind: "nonresource", path };
  let current = parts.map((p, i) => (i < 6 ? (head[i] as string) : p));
  // The deprecated `/api/v1/watch/...` prefix (requestinfo.go): a watch of what follows.
  const legacyWatch = current[0] === "watch" && method === "GET";
  if (legacyWatch) {
    current = current.slice(1);
    parts = parts.slice(1);
  }

  let namespace = "";
  if (current[0] === "namespaces" && current.length > 1) {
    namespace = current[1];
    if (current.length > 2 && !NAMESPACE_SUBRESOURCES.has(current[2])) current = current.slice(2);
  }
  const resource = current[0] ?? "";
  const name = current[1] ?? "";
  const subresource = current[2] ?? "";
  const rest = parts.slice(parts.length - Math.max(0, current.length - 3));
  const isNamespaceItself = resource === "namespaces" && namespace !== "" && name === namespace;

  let verb: string;
  switch (method) {
    case "POST":
      verb = "create";
      break;
    case "GET":
    case "HEAD":
      verb = "get";
      break;
    case "PUT":
      verb = "update";
      break;
    case "PATCH":
      verb = "patch";
      break;
    case "DELETE":
      verb = "delete";
      break;
    default:
      verb = method.toLowerCase();
  }
  if (!name && verb === "get") verb = isWatch(query) || legacyWatch ? "watch" : "list";
  else if (!name && verb === "delete") verb = "deletecollection";
  else if (name && verb === "get" && !subresource && (isWatch(query) || legacyWatch)) verb = "watch";

  return {
    kind: "resource",
    verb,
    group,
    version,
    // `/api/v1/namespaces/foo` is the namespace object itself, which is cluster-scoped.
    namespace: isNamespaceItself ? "" : namespace,
    resource,
    name,
    subresource,
    rest: current.length > 3 ? rest : [],
    trailingSlash,
  };
}

function isWatch(query: URLSearchParams): boolean {
  const w = query.get("watch");
  return w === "true" || w === "1";
}
