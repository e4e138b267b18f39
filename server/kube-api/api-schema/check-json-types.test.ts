import { describe, expect, it } from "vitest";
import type { KubeObject } from "@/server/cluster/types";
import { checkJsonTypes } from "./check-json-types";

const deployment = (spec: unknown) => ({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "d" }, spec }) as KubeObject;

describe("checkJsonTypes", () => {
  it("accepts well-typed objects, nulls and fields it does not describe", () => {
    expect(() =>
      checkJsonTypes(deployment({ replicas: 2, paused: null, selector: { matchLabels: { a: "b" } }, futureField: [1], template: { spec: { containers: [{ name: "c", image: "i", ports: [{ containerPort: 80 }], resources: { limits: { cpu: 1 } } }] } } })),
    ).not.toThrow();
  });

  it("reports the first mismatch as Go's decoder does", () => {
    expect(() => checkJsonTypes(deployment({ replicas: "three" }))).toThrow(
      'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32',
    );
    expect(() => checkJsonTypes(deployment({ template: { spec: { containers: {} } } }))).toThrow(
      "json: cannot unmarshal object into Go struct field PodSpec.spec.template.spec.containers of type []v1.Container",
    );
    expect(() => checkJsonTypes(deployment({ template: { spec: { containers: [{ name: "c", ports: [{ containerPort: 80.5 }] }] } } }))).toThrow(
      "cannot unmarshal number 80.5 into Go struct field ContainerPort.spec.template.spec.containers.ports.containerPort of type int32",
    );
    expect(() => checkJsonTypes({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "c", labels: { a: 1 } } } as unknown as KubeObject)).toThrow(
      "cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string",
    );
    expect(() => checkJsonTypes({ apiVersion: "v1", kind: "Node", metadata: { name: "n" }, spec: "x" } as unknown as KubeObject)).toThrow(
      "cannot unmarshal string into Go struct field Node.spec of type v1.NodeSpec",
    );
  });
});
