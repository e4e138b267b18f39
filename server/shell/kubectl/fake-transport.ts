/**
 * A KubeTransport for tests: answers from a table of canned responses and records every request,
 * so a test can compare the conversation with k8s-fixtures/requests_by_command.txt.
 */
import type { KubeRequest, KubeResponse, KubeTransport } from "./transport";

export type FakeRoute = (req: KubeRequest) => KubeResponse | undefined;

export class FakeTransport implements KubeTransport {
  readonly requests: KubeRequest[] = [];
  private routes: FakeRoute[] = [];
  /** Chunks a stream request gets, by exact path (without query when `path` has none). */
  private streams = new Map<string, string[]>();

  /** Serves `body` (an object is JSON-encoded with a trailing newline, as the API server writes it). */
  on(method: string, path: string, body: unknown, status = 200): this {
    this.routes.push((req) => {
      if (req.method !== method || req.path !== path) return undefined;
      return {
        status,
        headers: { "Content-Type": typeof body === "string" ? "text/plain" : "application/json" },
        body: typeof body === "string" ? body : JSON.stringify(body) + "\n",
      };
    });
    return this;
  }

  route(fn: FakeRoute): this {
    this.routes.push(fn);
    return this;
  }

  onStream(path: string, chunks: string[]): this {
    this.streams.set(path, chunks);
    return this;
  }

  async request(req: KubeRequest): Promise<KubeResponse> {
    this.requests.push(req);
    for (let i = this.routes.length - 1; i >= 0; i--) {
      const res = this.routes[i](req);
      if (res) return res;
    }
    return notFound();
  }

  async stream(req: KubeRequest, onChunk: (chunk: string) => void, signal: AbortSignal): Promise<KubeResponse> {
    this.requests.push(req);
    const chunks = this.streams.get(req.path);
    if (!chunks) return notFound();
    for (const c of chunks) {
      if (signal.aborted) break;
      onChunk(c);
      await Promise.resolve();
    }
    return { status: 200, headers: { "Content-Type": "application/json" }, body: "" };
  }

  /** `METHOD path` lines of what was sent, for comparing with the fixture request log. */
  log(): string[] {
    return this.requests.map((r) => `${r.method} ${r.path}`);
  }
}

/** What an API server answers for a path it does not serve. */
function notFound(): KubeResponse {
  return {
    status: 404,
    headers: { "Content-Type": "application/json" },
    body:
      JSON.stringify({
        kind: "Status",
        apiVersion: "v1",
        metadata: {},
        status: "Failure",
        message: "the server could not find the requested resource",
        reason: "NotFound",
        details: {},
        code: 404,
      }) + `\n`,
  };
}
