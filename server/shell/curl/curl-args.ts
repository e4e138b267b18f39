/**
 * curl 7.68's command line (src/tool_getparam.c) for the options a Kubernetes tutorial uses:
 * -s -S -i -I -v -f -L -k -X -H -d -o -m/--max-time, --connect-timeout, combined short flags (`-sSL`).
 */

export interface CurlOptions {
  urls: string[];
  silent: boolean;
  showError: boolean;
  include: boolean;
  head: boolean;
  verbose: boolean;
  fail: boolean;
  location: boolean;
  method?: string;
  headers: [string, string][];
  data?: string;
  output?: string;
  maxTimeMs?: number;
  connectTimeoutMs?: number;
}

export class CurlUsageError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

const WITH_VALUE: Record<string, string> = {
  "-X": "request",
  "--request": "request",
  "-H": "header",
  "--header": "header",
  "-d": "data",
  "--data": "data",
  "--data-raw": "data",
  "--data-binary": "data",
  "--data-ascii": "data",
  "-o": "output",
  "--output": "output",
  "-m": "max-time",
  "--max-time": "max-time",
  "--connect-timeout": "connect-timeout",
  "-u": "user",
  "--user": "user",
  "-A": "user-agent",
  "--user-agent": "user-agent",
  "-w": "write-out",
  "--write-out": "write-out",
  "--cacert": "ignored",
  "--cert": "ignored",
  "--key": "ignored",
};

const SWITCHES: Record<string, keyof CurlOptions | "ignored"> = {
  "-s": "silent",
  "--silent": "silent",
  "-S": "showError",
  "--show-error": "showError",
  "-i": "include",
  "--include": "include",
  "-I": "head",
  "--head": "head",
  "-v": "verbose",
  "--verbose": "verbose",
  "-f": "fail",
  "--fail": "fail",
  "-L": "location",
  "--location": "location",
  "-k": "ignored",
  "--insecure": "ignored",
  "-N": "ignored",
  "--no-buffer": "ignored",
};

export function parseCurlArgs(argv: string[]): CurlOptions {
  const opts: CurlOptions = {
    urls: [],
    silent: false,
    showError: false,
    include: false,
    head: false,
    verbose: false,
    fail: false,
    location: false,
    headers: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      opts.urls.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith("--") && arg.includes("=")) {
      const eq = arg.indexOf("=");
      applyValue(opts, arg.slice(0, eq), arg.slice(eq + 1));
      continue;
    }
    if (arg in WITH_VALUE) {
      if (i + 1 >= argv.length) throw new CurlUsageError(`curl: option ${arg}: requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n`, 2);
      applyValue(opts, arg, argv[++i]);
      continue;
    }
    if (arg in SWITCHES) {
      applySwitch(opts, arg);
      continue;
    }
    if (/^-[a-zA-Z]{2,}/.test(arg)) {
      // Combined short options: every letter but the last is a switch; the last may take a value.
      const letters = arg.slice(1).split("");
      for (let j = 0; j < letters.length; j++) {
        const flag = `-${letters[j]}`;
        if (flag in SWITCHES) applySwitch(opts, flag);
        else if (flag in WITH_VALUE) {
          const rest = arg.slice(j + 2);
          const value = rest || argv[++i];
          if (value === undefined) throw new CurlUsageError(`curl: option ${flag}: requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n`, 2);
          applyValue(opts, flag, value);
          break;
        } else throw unknownOption(arg);
      }
      continue;
    }
    if (arg.startsWith("-") && arg.length > 1) throw unknownOption(arg);
    opts.urls.push(arg);
  }
  return opts;
}

function unknownOption(arg: string): CurlUsageError {
  return new CurlUsageError(`curl: option ${arg}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n`, 2);
}

function applySwitch(opts: CurlOptions, flag: string): void {
  const key = SWITCHES[flag];
  if (key !== "ignored") (opts as unknown as Record<string, boolean>)[key] = true;
}

function applyValue(opts: CurlOptions, flag: string, value: string): void {
  switch (WITH_VALUE[flag]) {
    case "request":
      opts.method = value;
      break;
    case "header": {
      const colon = value.indexOf(":");
      if (colon > 0) opts.headers.push([value.slice(0, colon).trim(), value.slice(colon + 1).trim()]);
      break;
    }
    case "data":
      opts.data = opts.data === undefined ? value : `${opts.data}&${value}`;
      break;
    case "output":
      opts.output = value;
      break;
    case "max-time":
    case "connect-timeout": {
      const seconds = Number(value);
      if (!Number.isFinite(seconds) || seconds < 0) {
        throw new CurlUsageError(`curl: option ${flag}: expected a proper numerical parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n`, 2);
      }
      if (WITH_VALUE[flag] === "max-time") opts.maxTimeMs = seconds * 1000;
      else opts.connectTimeoutMs = seconds * 1000;
      break;
    }
    case "user-agent":
      opts.headers.push(["User-Agent", value]);
      break;
    default:
      break;
  }
}

export interface ParsedUrl {
  scheme: "http" | "https";
  host: string;
  port: number;
  /** Path with query string, as sent on the request line. */
  path: string;
  /** Host header value (host, with the port when it is not the default). */
  hostHeader: string;
}

/** Splits a URL as curl does, defaulting to http:// when no scheme is given. */
export function parseCurlUrl(raw: string): ParsedUrl | { error: string; exitCode: number } {
  let rest = raw;
  let scheme: "http" | "https" = "http";
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(rest);
  if (m) {
    const s = m[1].toLowerCase();
    if (s !== "http" && s !== "https") return { error: `curl: (1) Protocol "${m[1]}" not supported or disabled in libcurl\n`, exitCode: 1 };
    scheme = s;
    rest = rest.slice(m[0].length);
  }
  const slash = rest.search(/[/?#]/);
  const authority = slash < 0 ? rest : rest.slice(0, slash);
  let path = slash < 0 ? "/" : rest.slice(slash);
  if (path.startsWith("?")) path = `/${path}`;
  const hash = path.indexOf("#");
  if (hash >= 0) path = path.slice(0, hash);
  const at = authority.lastIndexOf("@");
  const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  const pm = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(hostPort);
  const host = pm?.[1] ?? "";
  if (!pm || host === "") return { error: `curl: (3) URL using bad/illegal format or missing URL\n`, exitCode: 3 };
  const defaultPort = scheme === "https" ? 443 : 80;
  const port = pm[2] ? Number(pm[2]) : defaultPort;
  if (port > 65535) return { error: `curl: (3) Port number too large: ${port}\n`, exitCode: 3 };
  return { scheme, host, port, path: path.replace(/ /g, "%20"), hostHeader: pm[2] ? `${host}:${port}` : host };
}
