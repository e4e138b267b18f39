import { describe, expect, it } from "vitest";
import type { KubeObject } from "../types";
import { matchesFields, parseFieldSelector } from "./field-selector";

const pod = { apiVersion: "v1", kind: "Pod", metadata: { name: "p", namespace: "default" }, spec: { nodeName: "minikube" }, status: { phase: "Running" } } as KubeObject;

describe("field selectors", () => {
  it("supports =, == and != on the fields describe node uses", () => {
    const sel = parseFieldSelector("spec.nodeName=minikube,status.phase!=Failed,status.phase!=Succeeded", "pods");
    expect(matchesFields(sel, "pods", pod)).toBe(true);
    expect(matchesFields(parseFieldSelector("metadata.name==q", "pods"), "pods", pod)).toBe(false);
  });

  it("selects events by involvedObject", () => {
    const ev = { apiVersion: "v1", kind: "Event", metadata: { name: "e", namespace: "" }, involvedObject: { kind: "Node", name: "minikube", uid: "minikube", namespace: "" } } as KubeObject;
    const sel = parseFieldSelector("involvedObject.kind=Node,involvedObject.uid=minikube,involvedObject.name=minikube,involvedObject.namespace=", "events");
    expect(matchesFields(sel, "events", ev)).toBe(true);
  });

  it("rejects unknown fields and garbage with 400s", () => {
    expect(() => parseFieldSelector("spec.foo=x", "pods")).toThrow("field label not supported: spec.foo");
    expect(() => parseFieldSelector("spec.foo=x", "deployments.apps")).toThrow('"spec.foo" is not a known field selector: only "metadata.name", "metadata.namespace"');
    expect(() => parseFieldSelector("metadata.name", "pods")).toThrow("invalid selector: 'metadata.name'; can't understand 'metadata.name'");
  });
});
