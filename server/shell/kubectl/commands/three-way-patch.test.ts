import { describe, expect, it } from "vitest";
import { threeWayMergePatch } from "./three-way-patch";

const base = {
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "x", labels: { app: "x", tier: "web" } },
  spec: { replicas: 3, template: { spec: { containers: [{ name: "c", image: "nginx:1", ports: [{ containerPort: 80 }] }] } } },
};

describe("threeWayMergePatch (client-side apply)", () => {
  it("is empty when nothing changed, whatever the server defaulted", () => {
    const live = structuredClone(base) as any;
    live.spec.template.spec.containers[0].ports[0].protocol = "TCP";
    live.spec.template.spec.containers[0].imagePullPolicy = "IfNotPresent";
    live.status = { replicas: 3 };
    expect(threeWayMergePatch(base, base, live)).toEqual({});
  });
  it("changes fields and merges containers by name", () => {
    const modified = structuredClone(base) as any;
    modified.spec.replicas = 2;
    modified.spec.template.spec.containers[0].image = "nginx:2";
    expect(threeWayMergePatch(base, modified, base)).toEqual({
      spec: { replicas: 2, template: { spec: { containers: [{ image: "nginx:2", name: "c" }] } } },
    });
  });
  it("deletes what the last applied configuration had and the new one drops", () => {
    const modified = structuredClone(base) as any;
    delete modified.metadata.labels.tier;
    expect(threeWayMergePatch(base, modified, base)).toEqual({ metadata: { labels: { tier: null } } });
  });
  it("removes a container that left the configuration", () => {
    const original = structuredClone(base) as any;
    original.spec.template.spec.containers.push({ name: "side", image: "busybox" });
    expect(threeWayMergePatch(original, base, original)).toEqual({
      spec: { template: { spec: { containers: [{ $patch: "delete", name: "side" }] } } },
    });
  });
});
