import { describe, expect, it } from "vitest";
import { FakeTransport } from "../fake-transport";
import { runWith } from "../test-io";
import { wrap } from "./explain";

describe("kubectl explain", () => {
  it("explains a kind with its fields", async () => {
    const r = await runWith(["explain", "pods"], new FakeTransport());
    expect(r.stdout.startsWith("KIND:     Pod\nVERSION:  v1\n\nDESCRIPTION:\n     Pod is a collection of containers that can run on your host. This resource\n     is created by clients and scheduled onto hosts.\n\nFIELDS:\n   apiVersion\t<string>\n")).toBe(true);
    expect(r.stdout).toContain("\n   spec\t<Object>\n");
  });
  it("explains a nested object field", async () => {
    const r = await runWith(["explain", "deployment.spec.template.spec.containers"], new FakeTransport());
    expect(r.stdout).toContain("KIND:     Deployment\nVERSION:  apps/v1\n\nRESOURCE: containers <[]Object>\n\nDESCRIPTION:\n");
    expect(r.stdout).toContain("   name\t<string> -required-\n");
  });
  it("explains a primitive field", async () => {
    const r = await runWith(["explain", "svc.spec.type"], new FakeTransport());
    expect(r.stdout.startsWith("KIND:     Service\nVERSION:  v1\n\nFIELD:    type <string>\n\nDESCRIPTION:\n     type determines")).toBe(true);
  });
  it("rejects unknown fields", async () => {
    const r = await runWith(["explain", "pods.spec.nope"], new FakeTransport());
    expect(r).toEqual({ code: 1, stdout: "", stderr: 'error: field "nope" does not exist\n' });
  });
  it("wraps greedily", () => {
    expect(wrap("aa bb cc", 5)).toEqual(["aa bb", "cc"]);
  });
});
