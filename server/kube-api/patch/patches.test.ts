import { describe, expect, it } from "vitest";
import { applyJsonPatch, JsonPatchError, parseJsonPatch } from "./json-patch";
import { applyMergePatch } from "./merge-patch";
import { applyStrategicMergePatch } from "./strategic-merge-patch";

/* eslint-disable @typescript-eslint/no-explicit-any */
const deployment = (): any => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "hello-node", labels: { app: "hello-node" }, finalizers: ["a"] },
  spec: {
    replicas: 1,
    strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: "25%", maxUnavailable: "25%" } },
    template: {
      metadata: { labels: { app: "hello-node" } },
      spec: {
        containers: [
          { name: "echoserver", image: "k8s.gcr.io/echoserver:1.4", env: [{ name: "A", value: "1" }], ports: [{ containerPort: 8080 }] },
          { name: "sidecar", image: "busybox" },
        ],
        volumes: [{ name: "data", emptyDir: {} }],
      },
    },
  },
});

describe("merge patch (RFC 7386)", () => {
  it("merges maps, deletes nulls, replaces lists", () => {
    const out = applyMergePatch(deployment(), { metadata: { labels: { version: "v1", app: null } }, spec: { template: { spec: { containers: [] } } } });
    expect(out).toMatchObject({ metadata: { labels: { version: "v1" } }, spec: { replicas: 1, template: { spec: { containers: [] } } } });
    expect((out as { metadata: { labels: object } }).metadata.labels).toEqual({ version: "v1" });
  });
});

describe("JSON patch (RFC 6902)", () => {
  it("applies kubectl rollout undo's replace operations", () => {
    const ops = parseJsonPatch(
      JSON.stringify([
        { op: "replace", path: "/spec/template", value: { metadata: { labels: { app: "x" } }, spec: { containers: [] } } },
        { op: "replace", path: "/metadata/labels", value: { app: "x" } },
        { op: "add", path: "/metadata/annotations", value: { a: "b" } },
        { op: "add", path: "/metadata/finalizers/-", value: "z" },
        { op: "test", path: "/spec/replicas", value: 1 },
        { op: "copy", from: "/spec/replicas", path: "/spec/minReadySeconds" },
        { op: "move", from: "/metadata/annotations/a", path: "/metadata/annotations/c~1d" },
        { op: "remove", path: "/spec/strategy" },
      ]),
    );
    const out = applyJsonPatch(deployment(), ops) as ReturnType<typeof deployment> & Record<string, never>;
    expect(out.spec.template).toEqual({ metadata: { labels: { app: "x" } }, spec: { containers: [] } });
    expect(out.metadata).toMatchObject({ labels: { app: "x" }, annotations: { "c/d": "b" }, finalizers: ["a", "z"] });
    expect(out.spec).not.toHaveProperty("strategy");
    expect(out.spec).toHaveProperty("minReadySeconds", 1);
  });

  it("fails tests and missing paths without touching the input", () => {
    const doc = deployment();
    expect(() => applyJsonPatch(doc, [{ op: "test", path: "/spec/replicas", value: 2 }])).toThrow(JsonPatchError);
    expect(() => applyJsonPatch(doc, [{ op: "replace", path: "/spec/nope/x", value: 2 }])).toThrow(/missing/);
    expect(() => parseJsonPatch("{}")).toThrow(JsonPatchError);
    expect(doc.spec.replicas).toBe(1);
  });
});

describe("strategic merge patch", () => {
  it("merges containers by name as kubectl set image sends it", () => {
    const patch: any = {
      spec: { template: { spec: { "$setElementOrder/containers": [{ name: "echoserver" }, { name: "sidecar" }], containers: [{ image: "k8s.gcr.io/echoserver:1.10", name: "echoserver" }] } } },
    };
    const out = applyStrategicMergePatch(deployment(), patch, "Deployment") as ReturnType<typeof deployment>;
    expect(out.spec.template.spec.containers.map((c: any) => [c.name, c.image])).toEqual([
      ["echoserver", "k8s.gcr.io/echoserver:1.10"],
      ["sidecar", "busybox"],
    ]);
    expect(out.spec.template.spec.containers[0].env).toEqual([{ name: "A", value: "1" }]);
  });

  it("honours $setElementOrder when it reorders", () => {
    const patch = { spec: { template: { spec: { "$setElementOrder/containers": [{ name: "sidecar" }, { name: "echoserver" }] } } } };
    const out = applyStrategicMergePatch(deployment(), patch, "Deployment") as ReturnType<typeof deployment>;
    expect(out.spec.template.spec.containers.map((c: any) => c.name)).toEqual(["sidecar", "echoserver"]);
  });

  it("merges env by name and ports by containerPort, deletes with $patch: delete", () => {
    const patch: any = {
      spec: {
        template: {
          spec: {
            containers: [
              { name: "echoserver", env: [{ name: "B", value: "2" }, { name: "A", $patch: "delete" }], ports: [{ containerPort: 8080, name: "http" }] },
              { name: "sidecar", $patch: "delete" },
            ],
          },
        },
      },
    };
    const out = applyStrategicMergePatch(deployment(), patch, "Deployment") as ReturnType<typeof deployment>;
    const c = out.spec.template.spec.containers;
    expect(c).toHaveLength(1);
    expect(c[0].env).toEqual([{ name: "B", value: "2" }]);
    expect(c[0].ports).toEqual([{ containerPort: 8080, name: "http" }]);
  });

  it("replaces lists without a strategy and whole maps with $patch: replace", () => {
    const patch = { spec: { strategy: { $patch: "replace", type: "Recreate" }, template: { spec: { tolerations: [{ key: "k" }] } } } };
    const out = applyStrategicMergePatch(deployment(), patch, "Deployment") as ReturnType<typeof deployment> & { spec: { template: { spec: { tolerations: unknown } } } };
    expect(out.spec.strategy).toEqual({ type: "Recreate" });
    expect(out.spec.template.spec.tolerations).toEqual([{ key: "k" }]);
  });

  it("applies $retainKeys, $deleteFromPrimitiveList and merges finalizers", () => {
    const patch: any = {
      metadata: { finalizers: ["b"], "$deleteFromPrimitiveList/finalizers": ["a"] },
      spec: { strategy: { $retainKeys: ["type"], type: "Recreate" } },
    };
    const out = applyStrategicMergePatch(deployment(), patch, "Deployment") as ReturnType<typeof deployment>;
    expect(out.metadata.finalizers).toEqual(["b"]);
    expect(out.spec.strategy).toEqual({ type: "Recreate" });
  });

  it("replaces a list wholesale with a $patch: replace element", () => {
    const patch: any = { spec: { template: { spec: { volumes: [{ $patch: "replace" }, { name: "cfg", configMap: { name: "c" } }] } } } };
    const out = applyStrategicMergePatch(deployment(), patch, "Deployment") as ReturnType<typeof deployment>;
    expect(out.spec.template.spec.volumes).toEqual([{ name: "cfg", configMap: { name: "c" } }]);
  });

  it("merges service ports by port", () => {
    const svc: any = { apiVersion: "v1", kind: "Service", metadata: { name: "s" }, spec: { ports: [{ port: 80, targetPort: 8080 }, { port: 443 }] } };
    const out = applyStrategicMergePatch(svc, { spec: { ports: [{ port: 80, targetPort: 9090 }] } }, "Service") as typeof svc;
    expect(out.spec.ports).toEqual([{ port: 80, targetPort: 9090 }, { port: 443 }]);
  });
});
