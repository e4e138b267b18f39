/**
 * `curl` inside the simulated network: requests go to the host's ports (kubectl proxy, port-forward)
 * or to `cluster.network`, never to a real socket. Messages and exit codes are curl 7.68's (Ubuntu
 * 20.04): `curl: (7) Failed to connect to 10.0.0.1 port 8080: Connection refused`, (6) for names that
 * do not resolve, (28) for timeouts, (22) with --fail.
 */
import { defineCommand, type Command } from "just-bash";
import type { HostResult, HostStreamResult } from "../../sandbox/host-ports";
import { CommandOutput } from "../run-context";
import type { Shell } from "../shell";
import { CurlUsageError, parseCurlArgs, parseCurlUrl, type CurlOptions, type ParsedUrl } from "./curl-args";
import { canonicalHeader, httpDate, reasonPhrase } from "./http-status";

export const CURL_USER_AGENT = "curl/7.68.0";
/** Linux gives up a connect to a silent address after about this long (tcp_syn_retries = 6). */
const SYN_TIMEOUT_MS = 129_000;

export interface CurlRequest {
  method: string;
  host: string;
  port: number;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** Where a machine's requests go: the host's network or a pod's. */
export type CurlNetwork = (req: CurlRequest, signal: AbortSignal) => Promise<HostResult>;

export function curlCommand(shell: Shell, network: CurlNetwork): Command {
  return defineCommand("curl", async (args, ctx) => {
    const out = CommandOutput.for(shell.currentRun(), ctx, "curl");
    let opts: CurlOptions;
    try {
      opts = parseCurlArgs(args);
    } catch (err) {
      if (err instanceof CurlUsageError) return { stdout: "", stderr: err.message, exitCode: err.exitCode };
      throw err;
    }
    if (opts.urls.length === 0) {
      return { stdout: "", stderr: "curl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2 };
    }
    let code = 0;
    for (const raw of opts.urls) {
      code = await fetchOne(shell, network, opts, raw, out, ctx.cwd, ctx.fs);
    }
    return out.result(code);
  });
}

type Fs = Parameters<Parameters<typeof defineCommand>[1]>[1]["fs"];

async function fetchOne(shell: Shell, network: CurlNetwork, opts: CurlOptions, raw: string, out: CommandOutput, cwd: string, fs: Fs): Promise<number> {
  let target = raw;
  for (let redirects = 0; ; redirects++) {
    const url = parseCurlUrl(target);
    if ("error" in url) return fail(opts, out, url.error, url.exitCode);
    const method = opts.method ?? (opts.head ? "HEAD" : opts.data !== undefined ? "POST" : "GET");
    const headers: Record<string, string> = { Host: url.hostHeader, "User-Agent": CURL_USER_AGENT, Accept: "*/*" };
    if (opts.data !== undefined) {
      headers["Content-Length"] = String(Buffer.byteLength(opts.data));
      headers["Content-Type"] = "application/x-www-form-urlencoded";
    }
    for (const [k, v] of opts.headers) headers[canonicalHeader(k)] = v;
    if (opts.verbose) out.err(`*   Trying ${url.host}:${url.port}...\n* TCP_NODELAY set\n`);
    const lower: Record<string, string> = {};
    for (const [k, v] of Object.entries(headers)) lower[k.toLowerCase()] = v;
    const signal = shell.currentRun().signal;
    const result = await network({ method, host: url.host, port: url.port, path: url.path, headers: lower, body: opts.data }, signal);
    if (!result.ok) return connectError(shell, opts, out, url, result);
    if (opts.verbose) {
      out.err(`* Connected to ${url.host} (${url.host}) port ${url.port} (#0)\n`);
      out.err(`> ${method} ${url.path} HTTP/1.1\n${Object.entries(headers).map(([k, v]) => `> ${k}: ${v}\n`).join("")}> \n`);
      if (opts.data !== undefined) out.err(`* upload completely sent off: ${Buffer.byteLength(opts.data)} out of ${Buffer.byteLength(opts.data)} bytes\n`);
      out.err("* Mark bundle as not supporting multiuse\n");
    }
    const head = responseHead(shell, result.status, result.headers, "stream" in result ? undefined : result.body);
    if (opts.verbose) out.err(head.map((l) => `< ${l}\n`).join("") + "< \n");
    const location = headerValue(result.headers, "location");
    if (opts.location && location && result.status >= 300 && result.status < 400 && redirects < 50) {
      if (opts.include) out.out(head.join("\r\n") + "\r\n\r\n");
      if (opts.verbose) out.err(`* Issue another request to this URL: '${location}'\n`);
      target = location.startsWith("/") ? `${url.scheme}://${url.hostHeader}${location}` : location;
      continue;
    }
    if (opts.fail && result.status >= 400) {
      return fail(opts, out, `curl: (22) The requested URL returned error: ${result.status} ${reasonPhrase(result.status)}\n`, 22);
    }
    let text = opts.include || opts.head ? head.join("\r\n") + "\r\n\r\n" : "";
    if ("stream" in result) {
      out.out(text);
      await shell.sandbox.waitingOn(signal, drain(result, out, signal));
      return signal.aborted ? 130 : 0;
    }
    if (method !== "HEAD") text += result.body;
    if (opts.output) {
      await fs.writeFile(fs.resolvePath(cwd, opts.output), text);
      if (!opts.silent) out.err(progressMeter(Buffer.byteLength(text)));
    } else {
      if (!opts.silent && !out.live) out.err(progressMeter(Buffer.byteLength(text)));
      out.out(text);
    }
    if (opts.verbose) out.err(`* Connection #0 to host ${url.host} left intact\n`);
    return 0;
  }
}

function headerValue(headers: Record<string, string>, name: string): string | undefined {
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return v;
  return undefined;
}

/** Writes a streamed body (a watch through kubectl proxy) as it comes, until it ends or Ctrl-C. */
async function drain(result: HostStreamResult, out: CommandOutput, signal: AbortSignal): Promise<void> {
  const iterator = result.stream[Symbol.asyncIterator]();
  const stop = () => void iterator.return?.();
  signal.addEventListener("abort", stop, { once: true });
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done || signal.aborted) break;
      out.out(next.value);
    }
  } finally {
    signal.removeEventListener("abort", stop);
  }
}

/** Status line and headers as a Go HTTP server sends them (a stream is chunked). */
function responseHead(shell: Shell, status: number, raw: Record<string, string>, body: string | undefined): string[] {
  const headers = new Map<string, string>();
  for (const [k, v] of Object.entries(raw)) headers.set(canonicalHeader(k), v);
  if (!headers.has("Date")) headers.set("Date", httpDate(shell.sandbox.clock.now()));
  if (!headers.has("Content-Length") && !headers.has("Transfer-Encoding")) {
    if (body === undefined) headers.set("Transfer-Encoding", "chunked");
    else headers.set("Content-Length", String(Buffer.byteLength(body)));
  }
  const sorted = [...headers.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [`HTTP/1.1 ${status} ${reasonPhrase(status)}`.trimEnd(), ...sorted.map(([k, v]) => `${k}: ${v}`)];
}

async function connectError(
  shell: Shell,
  opts: CurlOptions,
  out: CommandOutput,
  url: ParsedUrl,
  result: Extract<HostResult, { ok: false }>,
): Promise<number> {
  if (opts.verbose && (result.error === "refused" || result.error === "unreachable")) {
    const why = result.error === "refused" ? "Connection refused" : "No route to host";
    out.err(`* connect to ${url.host} port ${url.port} failed: ${why}\n* Failed to connect to ${url.host} port ${url.port}: ${why}\n* Closing connection 0\n`);
  }
  switch (result.error) {
    case "unresolved":
      return fail(opts, out, `curl: (6) Could not resolve host: ${url.host}\n`, 6);
    case "refused":
      return fail(opts, out, `curl: (7) Failed to connect to ${url.host} port ${url.port}: Connection refused\n`, 7);
    case "unreachable":
      return fail(opts, out, `curl: (7) Failed to connect to ${url.host} port ${url.port}: No route to host\n`, 7);
    case "timeout": {
      const limit = Math.min(opts.maxTimeMs ?? Infinity, opts.connectTimeoutMs ?? Infinity);
      const waited = await shell.sandbox.wait(Number.isFinite(limit) ? limit : SYN_TIMEOUT_MS, shell.currentRun().signal);
      if (!waited) return 130;
      if (Number.isFinite(limit)) {
        return fail(opts, out, `curl: (28) Connection timed out after ${Math.round(limit) + 1} milliseconds\n`, 28);
      }
      return fail(opts, out, `curl: (7) Failed to connect to ${url.host} port ${url.port}: Connection timed out\n`, 7);
    }
  }
}

function fail(opts: CurlOptions, out: CommandOutput, message: string, code: number): number {
  if (!opts.silent || opts.showError) out.err(message);
  return code;
}

/** The last frame of curl's progress meter (tool_progress.c), shown when the body does not go to a terminal. */
function progressMeter(bytes: number): string {
  const size = String(bytes).padStart(5);
  const speed = String(bytes * 10).padStart(6);
  return (
    "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n" +
    "                                 Dload  Upload   Total   Spent    Left  Speed\n" +
    `100 ${size}  100 ${size}    0     0 ${speed}      0 --:--:-- --:--:-- --:--:-- ${speed}\n`
  );
}
