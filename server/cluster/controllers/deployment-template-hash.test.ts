import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { computeTemplateHash, fnv32a, safeEncodeString } from "./deployment-template-hash";
import { spewPodTemplate } from "./deployment-template-spew";
import { defaultedTemplate } from "./deployment-template-defaults";

const fixture = (name: string) => readFileSync(`/work/shared/k8s-fixtures/spew_template_${name}.txt`, "utf8").trimEnd();

/** The template `kubectl create deployment <name> --image=<image>` sends (KUBECTL_REFERENCE §1). */
const created = (app: string, container: string, image: string) => ({
  metadata: { creationTimestamp: null, labels: { app } },
  spec: { containers: [{ name: container, image, resources: {} }] },
});

const nginxDocs = {
  metadata: { labels: { app: "nginx" } },
  spec: { containers: [{ name: "nginx", image: "nginx:1.14.2", ports: [{ containerPort: 80 }] }] },
};

describe("pod-template-hash", () => {
  it("spews the hello-node template byte for byte", () => {
    expect(spewPodTemplate(defaultedTemplate(created("hello-node", "echoserver", "k8s.gcr.io/echoserver:1.4")))).toBe(fixture("hello-node"));
  });

  it("spews the nginx docs template byte for byte", () => {
    expect(spewPodTemplate(defaultedTemplate(nginxDocs))).toBe(fixture("nginx-deployment"));
  });

  it.each([
    [created("hello-node", "echoserver", "k8s.gcr.io/echoserver:1.4"), "7567d9fdc9"],
    [created("hello-node", "echoserver", "k8s.gcr.io/echoserver:1.10"), "59bffcc9fd"],
    [nginxDocs, "66b6c48dd5"],
    [created("badimg", "nginx", "nginx:doesnotexist"), "bd6cd6db5"],
  ])("hashes known templates like the real controller (%#)", (template, hash) => {
    expect(computeTemplateHash(template)).toBe(hash);
  });

  /** The seed tutorial's ReplicaSets: `kubectl create deployment` (no port), then a template with containerPort 8080. */
  it.each([
    ["gcr.io/google-samples/kubernetes-bootcamp:v1", undefined, "57978f5f5d"],
    ["gcr.io/google-samples/kubernetes-bootcamp:v1", 8080, "fb5c67579"],
    ["jocatalin/kubernetes-bootcamp:v2", 8080, "7d44784b7c"],
    ["gcr.io/google-samples/kubernetes-bootcamp:v10", 8080, "59b7598c77"],
  ])("reproduces the seed's hash for %s (port %s)", (image, port, hash) => {
    const t = created("kubernetes-bootcamp", "kubernetes-bootcamp", image) as { spec: { containers: Record<string, unknown>[] } };
    if (port) t.spec.containers[0].ports = [{ containerPort: port }];
    expect(computeTemplateHash(t)).toBe(hash);
  });

  it("maps decimal digits through the safe alphabet", () => {
    expect(safeEncodeString("0123456789")).toBe("456789bcdf");
    expect(fnv32a(new TextEncoder().encode(fixture("hello-node")))).toBe(3123859875);
  });

  it("changes with the collision count", () => {
    const t = created("hello-node", "echoserver", "k8s.gcr.io/echoserver:1.4");
    expect(computeTemplateHash(t, 1)).not.toBe(computeTemplateHash(t));
  });
});
