/**
 * Command-line behaviour compared byte for byte with the real kubectl v1.20.2 binary (outputs captured
 * into testdata/cli without a cluster): unknown commands and suggestions, flag errors, usage errors,
 * help texts and exit codes.
 */
import { describe, expect, it } from "vitest";
import { FakeTransport } from "./fake-transport";
import { testdata } from "./golden";
import { runWith } from "./test-io";

const cases = testdata("cli/cases.txt")
  .trim()
  .split("\n")
  .map((l) => l.split("\t") as [string, string]);

describe("kubectl CLI behaviour matches the real binary", () => {
  for (const [id, line] of cases) {
    it(`kubectl ${line}`, async () => {
      const r = await runWith(line.split(" "), new FakeTransport());
      expect(r.stderr).toBe(testdata(`cli/${id}.stderr`));
      expect(r.stdout).toBe(testdata(`cli/${id}.stdout`));
      expect(String(r.code)).toBe(testdata(`cli/${id}.rc`).trim());
    });
  }

  it("prints the client version without a cluster, then the connection error", async () => {
    const r = await runWith(["version"], null);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Client Version: version\.Info\{Major:"1", Minor:"20", GitVersion:"v1\.20\.2", /);
    expect(r.stderr).toBe("The connection to the server localhost:8080 was refused - did you specify the right host or port?\n");
  });

  it("accepts global flags before the command", async () => {
    const t = new FakeTransport().on("GET", "/api/v1/namespaces/kube-system/pods?limit=500", { kind: "Table", columnDefinitions: [], rows: [] });
    const r = await runWith(["-n", "kube-system", "get", "pods"], t);
    expect(r.stderr).toBe("No resources found in kube-system namespace.\n");
  });

  it("reports top as unavailable", async () => {
    const r = await runWith(["top", "pods"], new FakeTransport());
    expect(r).toEqual({ code: 1, stdout: "", stderr: "error: Metrics API not available\n" });
  });
});
