import { describe, expect, it } from "vitest";
import { executeGoTemplate, parseGoTemplate } from "./go-template";

const run = (src: string, data: unknown, missingKey: "default" | "error" = "default") =>
  executeGoTemplate(parseGoTemplate(src), data, { missingKey });

const pods = {
  kind: "List",
  items: [
    { metadata: { name: "a", labels: { app: "x" } }, status: { phase: "Running", podIP: "172.17.0.4" }, spec: { containers: [{ name: "c1", image: "nginx" }] } },
    { metadata: { name: "b" }, status: { phase: "Pending" }, spec: { containers: [{ name: "c2", image: "redis" }, { name: "c3", image: "busybox" }] } },
  ],
};

describe("go-template", () => {
  it("ranges over items with newlines", () => {
    expect(run('{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}', pods)).toBe("a\nb\n");
  });
  it("supports if/else and eq", () => {
    expect(run('{{range .items}}{{if eq .status.phase "Running"}}up{{else}}down{{end}} {{end}}', pods)).toBe("up down ");
  });
  it("else if chains", () => {
    const t = '{{range .items}}{{if eq .status.phase "X"}}x{{else if eq .status.phase "Pending"}}p{{else}}o{{end}}{{end}}';
    expect(run(t, pods)).toBe("op");
  });
  it("declares variables and ranges with index", () => {
    expect(run("{{range $i, $p := .items}}{{$i}}={{$p.metadata.name}};{{end}}", pods)).toBe("0=a;1=b;");
    expect(run("{{$n := len .items}}{{$n}}", pods)).toBe("2");
  });
  it("uses index, printf, len and pipelines", () => {
    expect(run('{{index .items 1 | len}}', pods)).toBe("3");
    expect(run('{{(index .items 0).metadata.name}}', pods)).toBe("a");
    expect(run('{{index .items 0 "metadata" "labels" "app"}}', pods)).toBe("x");
    expect(run('{{printf "%s-%d" "x" 3}}', pods)).toBe("x-3");
    expect(run('{{printf "%-5s|" "ab"}}', pods)).toBe("ab   |");
  });
  it("with, trimming and comments", () => {
    expect(run("{{with .items}}{{len .}}{{end}}  {{- /* c */ -}}  \n {{ .kind }}", pods)).toBe("2List");
  });
  it("prints maps and slices as fmt %v and missing keys as <no value>", () => {
    expect(run("{{(index .items 0).metadata.labels}} {{.nope}}", pods)).toBe("map[app:x] <no value>");
    expect(run("{{range .items}}{{range .spec.containers}}{{.image}} {{end}}{{end}}", pods)).toBe("nginx redis busybox ");
  });
  it("fails on missing keys when asked to", () => {
    expect(() => run("{{.nope}}", pods, "error")).toThrow(/map has no entry for key "nope"/);
  });
  it("compares with lt/ne/and/or/not", () => {
    expect(run("{{if and (lt 1 2) (ne 1 2) (not false)}}y{{end}}{{or 0 \"z\"}}", {})).toBe("yz");
  });
  it("range else on empty", () => {
    expect(run("{{range .items}}x{{else}}none{{end}}", { items: [] })).toBe("none");
  });
});
