import type { CommandRecord, CurlRoute, HttpTrace } from "./types";

/**
 * The HTTP requests a history record made. Shells that trace requests fill `record.requests`; for the
 * rest the route is read from the curl command line, and the answering pod from the bootcamp app's reply
 * ("Hello Kubernetes bootcamp! | Running on: <pod> | v=1", server.js in the seed tutorial).
 */
export function tracesOf(rec: CommandRecord, namespace = "default"): HttpTrace[] {
  if (rec.requests) return rec.requests;
  const curl = /(?:^|[\s;|&(])curl\s+(.*)$/.exec(rec.command);
  if (!curl) return [];
  const url = firstUrlArgument(curl[1] as string);
  if (url === undefined) return [];
  const viaExec = /\bkubectl\s+exec\b/.test(rec.command.slice(0, curl.index + 1));
  const via = routeOf(url, viaExec || (rec.shell !== undefined && rec.shell !== "host"));
  const replies = [...rec.output.matchAll(/Running on: ([a-z0-9][a-z0-9.-]*)/g)];
  const ok = rec.exitCode === 0 && !/"status":\s*"Failure"/.test(rec.output);
  if (replies.length === 0) return via ? [{ via, url, status: ok ? 200 : undefined }] : [];
  return replies.map((m) => ({
    via: via ?? "pod",
    url,
    status: ok ? 200 : undefined,
    pod: { namespace, name: m[1] as string },
  }));
}

/** The first argument that is not an option (nor an option's value). */
function firstUrlArgument(args: string): string | undefined {
  const tokens = shellWords(args);
  const takesValue = new Set(["-X", "-H", "-d", "-o", "-m", "--max-time", "--request", "--header", "--data", "--output", "-u", "-w"]);
  for (let i = 0; i < tokens.length; i++) {
    const t = (tokens[i] as string).replace(/^["']|["']$/g, "");
    if (takesValue.has(t)) i++;
    else if (!t.startsWith("-") && !/^[|;&]/.test(t)) return t;
    else if (/^[|;&]/.test(t)) return undefined;
  }
  return undefined;
}

/** Splits on blanks outside quotes and `$( )`, keeping quotes (stripped later): enough to find curl's URL. */
function shellWords(text: string): string[] {
  const words: string[] = [];
  let word = "";
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
    } else if (ch === "$" && text[i + 1] === "(") {
      depth++;
    } else if (ch === ")" && depth > 0) {
      depth--;
    } else if (/\s/.test(ch) && depth === 0) {
      if (word) words.push(word);
      word = "";
      continue;
    }
    word += ch;
  }
  if (word) words.push(word);
  return words;
}

function routeOf(url: string, fromInsidePod: boolean): CurlRoute | undefined {
  const m = /^(?:https?:\/\/)?([^/:]+|\$\([^)]*\))(?::([^/]+))?/.exec(url);
  if (!m) return undefined;
  const host = m[1] as string;
  const port = m[2] ?? "80";
  const local = host === "localhost" || host === "127.0.0.1";
  if (local && fromInsidePod) return "pod";
  if (local && (port === "8001" || /\/proxy\b/.test(url))) return "proxy";
  if (/minikube\s+ip/.test(host) || /NODE_PORT/.test(port) || inRange(port, 30000, 32767)) return "nodeport";
  // ClusterIPs come from minikube's 10.96.0.0/12; pod IPs from the pod network (172.17/16 by default).
  if (/^10\.(9[6-9]|10[0-9]|11[01])\./.test(host) || /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/.test(host)) return "service";
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host) || /POD_IP/i.test(host)) return "pod";
  return undefined;
}

function inRange(port: string, lo: number, hi: number): boolean {
  const n = Number(port);
  return Number.isInteger(n) && n >= lo && n <= hi;
}
