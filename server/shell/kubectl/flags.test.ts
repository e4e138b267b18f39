import { describe, expect, it } from "vitest";
import { FlagError, parseFlags, parseGoDuration, type FlagSpec } from "./flags";

const specs: FlagSpec[] = [
  { name: "namespace", shorthand: "n", type: "string", default: "" },
  { name: "watch", shorthand: "w", type: "bool", default: false },
  { name: "stdin", shorthand: "i", type: "bool", default: false },
  { name: "tty", shorthand: "t", type: "bool", default: false },
  { name: "replicas", type: "int", default: 0 },
  { name: "env", type: "stringArray", default: [] },
  { name: "dry-run", type: "string", default: "none", noOptDefault: "unchanged" },
];

describe("parseFlags (spf13/pflag)", () => {
  it("reads long, short, attached and clustered forms, interspersed with args", () => {
    const p = parseFlags(["get", "-nkube-system", "pods", "--watch", "-it", "--replicas=3", "--env", "A=1", "--env=B=2"], specs);
    expect(p.args).toEqual(["get", "pods"]);
    expect(p.values.get("namespace")).toBe("kube-system");
    expect(p.values.get("watch")).toBe(true);
    expect(p.values.get("stdin")).toBe(true);
    expect(p.values.get("tty")).toBe(true);
    expect(p.values.get("replicas")).toBe(3);
    expect(p.values.get("env")).toEqual(["A=1", "B=2"]);
  });
  it("stops at -- and remembers where", () => {
    const p = parseFlags(["pod", "--", "ls", "-la"], specs);
    expect(p.args).toEqual(["pod", "ls", "-la"]);
    expect(p.argsLenAtDash).toBe(1);
  });
  it("gives a flag without value its NoOptDefVal", () => {
    expect(parseFlags(["--dry-run"], specs).values.get("dry-run")).toBe("unchanged");
    expect(parseFlags(["--dry-run=client"], specs).values.get("dry-run")).toBe("client");
  });
  it("fails like pflag", () => {
    expect(() => parseFlags(["--foo"], specs)).toThrow(new FlagError("unknown flag: --foo"));
    expect(() => parseFlags(["-x"], specs)).toThrow(new FlagError("unknown shorthand flag: 'x' in -x"));
    expect(() => parseFlags(["-n"], specs)).toThrow(new FlagError("flag needs an argument: 'n' in -n"));
    expect(() => parseFlags(["--replicas=abc"], specs)).toThrow(
      new FlagError('invalid argument "abc" for "--replicas" flag: strconv.ParseInt: parsing "abc": invalid syntax'),
    );
  });
  it("parses Go durations", () => {
    expect(parseGoDuration("90s")).toBe(90000);
    expect(parseGoDuration("1m30s")).toBe(90000);
    expect(parseGoDuration("0")).toBe(0);
    expect(parseGoDuration("abc")).toBeUndefined();
  });
});
