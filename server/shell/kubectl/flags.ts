/**
 * Command-line flags parsed the way spf13/pflag (flag.go) does for kubectl's cobra commands:
 * `--name=value`, `--name value`, bool flags without a value, shorthand clusters (`-it`), `-nvalue`,
 * `--` ending flag parsing, flags interspersed with arguments. Error texts are pflag's.
 */

export type FlagType = "bool" | "string" | "int" | "stringArray" | "stringSlice" | "duration";

export interface FlagSpec {
  name: string;
  shorthand?: string;
  type: FlagType;
  /** Go default as `--help` prints it; the parsed default for lookups. */
  default?: string | number | boolean | string[];
  /** A bool flag that may carry no value still accepts `--flag=false`; a string flag with NoOptDefVal accepts `--flag` alone. */
  noOptDefault?: string;
  /** cobra MarkFlagRequired: the command refuses to run without it. */
  required?: boolean;
}

export type FlagValue = string | number | boolean | string[];

export interface ParsedFlags {
  args: string[];
  /** Index in `args` where `--` appeared (cobra's ArgsLenAtDash), -1 without it. */
  argsLenAtDash: number;
  values: Map<string, FlagValue>;
  /** Flags the user actually set (cobra's `Changed`). */
  changed: Set<string>;
  help: boolean;
}

export class FlagError extends Error {}

/** Parses `argv` against `specs`. Throws FlagError with pflag's message for a bad flag. */
export function parseFlags(argv: string[], specs: FlagSpec[]): ParsedFlags {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.shorthand).map((s) => [s.shorthand as string, s]));
  const out: ParsedFlags = { args: [], argsLenAtDash: -1, values: new Map(), changed: new Set(), help: false };
  for (const s of specs) if (s.default !== undefined) out.values.set(s.name, s.default);

  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      out.argsLenAtDash = out.args.length;
      out.args.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--") && a.length > 2) {
      const eq = a.indexOf("=");
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      if (name === "help") {
        out.help = true;
        continue;
      }
      const spec = byName.get(name);
      if (!spec) throw new FlagError(`unknown flag: --${name}`);
      if (eq >= 0) setValue(out, spec, a.slice(eq + 1));
      else if (spec.type === "bool") setValue(out, spec, "true");
      else if (spec.noOptDefault !== undefined) setValue(out, spec, spec.noOptDefault);
      else if (i + 1 < argv.length) setValue(out, spec, argv[++i]);
      else throw new FlagError(`flag needs an argument: --${name}`);
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      let j = 1;
      while (j < a.length) {
        const c = a[j];
        if (c === "h" && !byShort.has("h")) {
          out.help = true;
          j++;
          continue;
        }
        const spec = byShort.get(c);
        if (!spec) throw new FlagError(`unknown shorthand flag: '${c}' in ${a}`);
        const rest = a.slice(j + 1);
        if (rest.startsWith("=")) {
          setValue(out, spec, rest.slice(1));
          break;
        }
        if (spec.type === "bool") {
          setValue(out, spec, "true");
          j++;
          continue;
        }
        if (rest.length > 0) setValue(out, spec, rest);
        else if (spec.noOptDefault !== undefined) setValue(out, spec, spec.noOptDefault);
        else if (i + 1 < argv.length) setValue(out, spec, argv[++i]);
        else throw new FlagError(`flag needs an argument: '${c}' in ${a}`);
        break;
      }
      continue;
    }
    out.args.push(a);
  }
  return out;
}

function flagLabel(spec: FlagSpec): string {
  return spec.shorthand ? `-${spec.shorthand}, --${spec.name}` : `--${spec.name}`;
}

function setValue(out: ParsedFlags, spec: FlagSpec, raw: string): void {
  const bad = (fn: string) =>
    new FlagError(`invalid argument "${raw}" for "${flagLabel(spec)}" flag: ${fn}: parsing "${raw}": invalid syntax`);
  let value: FlagValue;
  switch (spec.type) {
    case "bool": {
      const v = parseGoBool(raw);
      if (v === undefined) throw bad("strconv.ParseBool");
      value = v;
      break;
    }
    case "int":
      if (!/^[+-]?\d+$/.test(raw)) throw bad("strconv.ParseInt");
      value = parseInt(raw, 10);
      break;
    case "stringArray": {
      const prev = out.changed.has(spec.name) ? (out.values.get(spec.name) as string[]) : [];
      value = [...prev, raw];
      break;
    }
    case "stringSlice": {
      const prev = out.changed.has(spec.name) ? (out.values.get(spec.name) as string[]) : [];
      value = [...prev, ...(raw === "" ? [] : raw.split(","))];
      break;
    }
    default:
      value = raw;
  }
  out.values.set(spec.name, value);
  out.changed.add(spec.name);
}

/** strconv.ParseBool. */
export function parseGoBool(raw: string): boolean | undefined {
  if (["1", "t", "T", "TRUE", "true", "True"].includes(raw)) return true;
  if (["0", "f", "F", "FALSE", "false", "False"].includes(raw)) return false;
  return undefined;
}

/** Typed accessors over ParsedFlags. */
export class Flags {
  constructor(readonly parsed: ParsedFlags) {}
  str(name: string): string {
    const v = this.parsed.values.get(name);
    return v === undefined ? "" : String(v);
  }
  bool(name: string): boolean {
    return this.parsed.values.get(name) === true;
  }
  int(name: string, fallback = 0): number {
    const v = this.parsed.values.get(name);
    return typeof v === "number" ? v : fallback;
  }
  list(name: string): string[] {
    const v = this.parsed.values.get(name);
    return Array.isArray(v) ? v : [];
  }
  changed(name: string): boolean {
    return this.parsed.changed.has(name);
  }
}

/**
 * time.ParseDuration for the forms kubectl users type (`30s`, `5m`, `1h30m`, `0`, `500ms`).
 * Returns milliseconds, or undefined when the text is not a Go duration.
 */
export function parseGoDuration(raw: string): number | undefined {
  if (raw === "0") return 0;
  const re = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/y;
  const unit: Record<string, number> = { ns: 1e-6, us: 1e-3, "µs": 1e-3, ms: 1, s: 1000, m: 60000, h: 3600000 };
  let total = 0;
  let pos = 0;
  const sign = raw.startsWith("-") ? -1 : 1;
  const body = raw.replace(/^[+-]/, "");
  if (!body) return undefined;
  while (pos < body.length) {
    re.lastIndex = pos;
    const m = re.exec(body);
    if (!m) return undefined;
    total += parseFloat(m[1]) * unit[m[2]];
    pos = re.lastIndex;
  }
  return sign * total;
}
