/**
 * k8s.gcr.io/echoserver (kubernetes/contrib echoserver, nginx + lua on 8080): it answers every request
 * with a description of the request. 1.4 prints the "CLIENT VALUES / SERVER VALUES / HEADERS RECEIVED"
 * layout of the hello-minikube tutorial; 1.10 the tab-indented layout with the pod's hostname.
 * nginx stops at once on SIGTERM.
 */
import { text, type AppFactory, type AppRequest } from "./simulated-app";

function splitPath(path: string): { real: string; query: string | undefined } {
  const q = path.indexOf("?");
  return q < 0 ? { real: path, query: undefined } : { real: path.slice(0, q), query: path.slice(q + 1) };
}

function hostWithoutPort(req: AppRequest): string {
  return (req.headers.host ?? "").replace(/:\d+$/, "");
}

const headerLines = (req: AppRequest, indent: string) =>
  Object.entries(req.headers)
    .map(([k, v]) => [k.toLowerCase(), v] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${indent}${k}=${v}`)
    .join("\n");

function echo14(req: AppRequest): string {
  const { real, query } = splitPath(req.path);
  return [
    "CLIENT VALUES:",
    `client_address=${req.clientIP}`,
    `command=${req.method}`,
    `real path=${real}`,
    `query=${query ?? "nil"}`,
    "request_version=1.1",
    `request_uri=http://${hostWithoutPort(req)}:${req.port}${req.path}`,
    "",
    "SERVER VALUES:",
    "server_version=nginx: 1.10.0 - lua: 10001",
    "",
    "HEADERS RECEIVED:",
    headerLines(req, ""),
    "BODY:",
    req.body ? req.body : "-no body in request-",
  ].join("\n");
}

function echo110(req: AppRequest, podName: string): string {
  const { real, query } = splitPath(req.path);
  return [
    "",
    "",
    `Hostname: ${podName}`,
    "",
    "Pod Information:",
    "\t-no pod information available-",
    "",
    "Server values:",
    "\tserver_version=nginx: 1.13.3 - lua: 10008",
    "",
    "Request Information:",
    `\tclient_address=${req.clientIP}`,
    `\tmethod=${req.method}`,
    `\treal path=${real}`,
    `\tquery=${query ?? ""}`,
    "\trequest_version=1.1",
    "\trequest_scheme=http",
    `\trequest_uri=http://${hostWithoutPort(req)}:${req.port}${req.path}`,
    "",
    "Request Headers:",
    headerLines(req, "\t"),
    "",
    "Request Body:",
    req.body ? `\t${req.body}` : "\t-no body in request-",
    "",
    "",
  ].join("\n");
}

export function echoserver(version: "1.4" | "1.10"): AppFactory {
  return (env) => ({
    ports: [8080],
    sigterm: "exit",
    stopMs: 100,
    handle(req) {
      const body = version === "1.4" ? echo14(req) : echo110(req, env.podName);
      return text(200, body);
    },
  });
}
