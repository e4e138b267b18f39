import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeK8sProtobuf } from "./decode-k8s-protobuf";

/** Bodies kubectl v1.32 sent for `kubectl create ...` (captured from the wire). */
const body = (name: string) => new Uint8Array(readFileSync(path.join(import.meta.dirname, "..", "testdata", "protobuf", `${name}.pb`)));

describe("decodeK8sProtobuf", () => {
  it("kubectl create deployment d2 --image=nginx --replicas=2 --port=80", () => {
    expect(decodeK8sProtobuf(body("deployments"))).toEqual({
      kind: "Deployment",
      apiVersion: "apps/v1",
      metadata: { name: "d2", labels: { app: "d2" } },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app: "d2" } },
        template: {
          metadata: { labels: { app: "d2" } },
          spec: { containers: [{ name: "nginx", image: "nginx", ports: [{ containerPort: 80 }] }] },
        },
      },
    });
  });

  it("kubectl create service nodeport s2 --tcp=80:8080", () => {
    expect(decodeK8sProtobuf(body("services"))).toEqual({
      kind: "Service",
      apiVersion: "v1",
      metadata: { name: "s2", labels: { app: "s2" } },
      spec: { ports: [{ name: "80-8080", protocol: "TCP", port: 80, targetPort: 8080 }], selector: { app: "s2" }, type: "NodePort" },
    });
  });

  it("configmaps, secrets (bytes as base64), jobs, namespaces, service accounts", () => {
    expect(decodeK8sProtobuf(body("configmaps"))).toEqual({ kind: "ConfigMap", apiVersion: "v1", metadata: { name: "c1" }, data: { a: "b", c: "d" } });
    expect(decodeK8sProtobuf(body("secrets"))).toEqual({ kind: "Secret", apiVersion: "v1", metadata: { name: "s1" }, data: { a: "Yg==" } });
    expect(decodeK8sProtobuf(body("jobs"))).toMatchObject({
      kind: "Job",
      spec: { template: { spec: { containers: [{ name: "j1", image: "busybox", command: ["echo", "hi"] }], restartPolicy: "Never" } } },
    });
    expect(decodeK8sProtobuf(body("namespaces"))).toEqual({ kind: "Namespace", apiVersion: "v1", metadata: { name: "n1" } });
    expect(decodeK8sProtobuf(body("serviceaccounts"))).toEqual({ kind: "ServiceAccount", apiVersion: "v1", metadata: { name: "sa1" } });
  });

  it("rejects what is not a k8s protobuf envelope with a 400", () => {
    expect(() => decodeK8sProtobuf(new TextEncoder().encode("{}"))).toThrow(/not a valid protobuf/);
    expect(() => decodeK8sProtobuf(new Uint8Array([0x6b, 0x38, 0x73, 0, 0x0a, 0xff]))).toThrow(/unable to decode/);
  });
});
