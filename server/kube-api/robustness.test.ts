/**
 * "Never a 500 for bad input": malformed paths, bodies, patches and query parameters must come back as
 * 4xx Status replies, as the apiserver's decoders and validation answer them.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { call } from "./testing/kube-call";
import { createTestCluster, type TestCluster } from "./testing/test-cluster";

let cluster: TestCluster;
beforeAll(async () => {
  cluster = createTestCluster();
  await call(cluster, "POST", "/api/v1/namespaces", { body: { apiVersion: "v1", kind: "Namespace", metadata: { name: "default" } } });
  await call(cluster, "POST", "/api/v1/namespaces/default/configmaps", { body: { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "cm" } } });
  await call(cluster, "POST", "/apis/apps/v1/namespaces/default/deployments", {
    body: {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: "d" },
      spec: { selector: { matchLabels: { a: "b" } }, template: { metadata: { labels: { a: "b" } }, spec: { containers: [{ name: "c", image: "nginx" }] } } },
    },
  });
});

const deploy = "/apis/apps/v1/namespaces/default/deployments";
const MERGE = { "content-type": "application/merge-patch+json" };
const SMP = { "content-type": "application/strategic-merge-patch+json" };
const JSONPATCH = { "content-type": "application/json-patch+json" };

const cases: [string, string, string, { body?: unknown; headers?: Record<string, string> }][] = [
  ["empty body", "POST", deploy, { body: "" }],
  ["array body", "POST", deploy, { body: "[1,2]" }],
  ["number body", "POST", deploy, { body: "42" }],
  ["null body", "POST", deploy, { body: "null" }],
  ["string body", "POST", deploy, { body: '"x"' }],
  ["truncated JSON", "POST", deploy, { body: '{"kind":"Deployment",' }],
  ["spec is a string", "POST", deploy, { body: { kind: "Deployment", apiVersion: "apps/v1", metadata: { name: "x" }, spec: "nope" } }],
  ["metadata is a list", "POST", deploy, { body: { kind: "Deployment", apiVersion: "apps/v1", metadata: [] } }],
  ["name is a number", "POST", deploy, { body: { kind: "Deployment", apiVersion: "apps/v1", metadata: { name: 5 } } }],
  ["labels with numbers", "POST", deploy, { body: { kind: "Deployment", apiVersion: "apps/v1", metadata: { name: "x", labels: { a: 1 } } } }],
  ["no spec", "POST", deploy, { body: { kind: "Deployment", apiVersion: "apps/v1", metadata: { name: "x" } } }],
  ["replicas as a string", "POST", deploy, { body: { kind: "Deployment", apiVersion: "apps/v1", metadata: { name: "x" }, spec: { replicas: "three" } } }],
  ["containers as an object", "POST", deploy, { body: { kind: "Deployment", apiVersion: "apps/v1", metadata: { name: "x" }, spec: { template: { spec: { containers: {} } } } } }],
  ["a name too long", "POST", "/api/v1/namespaces/default/configmaps", { body: { kind: "ConfigMap", apiVersion: "v1", metadata: { name: "x".repeat(300) } } }],
  ["a unicode name", "POST", "/api/v1/namespaces/default/configmaps", { body: { kind: "ConfigMap", apiVersion: "v1", metadata: { name: "ünï" } } }],
  ["no name", "POST", "/api/v1/namespaces/default/configmaps", { body: { kind: "ConfigMap", apiVersion: "v1", metadata: {} } }],
  ["YAML garbage", "POST", "/api/v1/namespaces/default/configmaps", { body: "a: [", headers: { "content-type": "application/yaml" } }],
  ["unknown body type", "POST", "/api/v1/namespaces/default/configmaps", { body: "x", headers: { "content-type": "text/csv" } }],
  ["merge patch not JSON", "PATCH", `${deploy}/d`, { body: "{", headers: MERGE }],
  ["merge patch that renames", "PATCH", `${deploy}/d`, { body: { metadata: { name: "other" } }, headers: MERGE }],
  ["merge patch that breaks spec", "PATCH", `${deploy}/d`, { body: { spec: "x" }, headers: MERGE }],
  ["merge patch that removes the template", "PATCH", `${deploy}/d`, { body: { spec: { template: null } }, headers: MERGE }],
  ["strategic patch with a bad directive", "PATCH", `${deploy}/d`, { body: { spec: { $patch: "explode" } }, headers: SMP }],
  ["strategic patch without merge key", "PATCH", `${deploy}/d`, { body: { spec: { template: { spec: { containers: [{ image: "x" }] } } } }, headers: SMP }],
  ["strategic patch with a bad $retainKeys", "PATCH", `${deploy}/d`, { body: { spec: { $retainKeys: "x" } }, headers: SMP }],
  ["JSON patch object", "PATCH", `${deploy}/d`, { body: {}, headers: JSONPATCH }],
  ["JSON patch bad op", "PATCH", `${deploy}/d`, { body: [{ op: "frobnicate", path: "/spec" }], headers: JSONPATCH }],
  ["JSON patch bad path", "PATCH", `${deploy}/d`, { body: [{ op: "add", path: "spec" }], headers: JSONPATCH }],
  ["JSON patch bad index", "PATCH", `${deploy}/d`, { body: [{ op: "add", path: "/spec/template/spec/containers/9", value: {} }], headers: JSONPATCH }],
  ["JSON patch removing the kind", "PATCH", `${deploy}/d`, { body: [{ op: "remove", path: "/kind" }], headers: JSONPATCH }],
  ["JSON patch replacing the root", "PATCH", `${deploy}/d`, { body: [{ op: "replace", path: "", value: 1 }], headers: JSONPATCH }],
  ["scale patch with a string", "PATCH", `${deploy}/d/scale`, { body: { spec: { replicas: "x" } }, headers: MERGE }],
  ["bad label selector", "GET", `${deploy}?labelSelector=${encodeURIComponent("a in (b")}`, {}],
  ["bad field selector", "GET", `${deploy}?fieldSelector=spec.foo%3Dbar`, {}],
  ["bad limit", "GET", `${deploy}?limit=abc`, {}],
  ["bad continue", "GET", `${deploy}?limit=1&continue=garbage`, {}],
  ["bad resourceVersion on watch", "GET", `${deploy}?watch=true&resourceVersion=abc`, {}],
  ["bad timeoutSeconds", "GET", `${deploy}?watch=true&timeoutSeconds=x`, {}],
  ["bad includeObject", "GET", `${deploy}?includeObject=Everything`, { headers: { accept: "application/json;as=Table;v=v1;g=meta.k8s.io" } }],
  ["bad grace period", "DELETE", "/api/v1/namespaces/default/configmaps/cm", { body: { gracePeriodSeconds: "soon" } }],
  ["bad propagation policy", "DELETE", "/api/v1/namespaces/default/configmaps/cm", { body: { propagationPolicy: "Sideways" } }],
  ["DeleteOptions not an object", "DELETE", "/api/v1/namespaces/default/configmaps/cm", { body: "[1]" }],
  ["bad percent-encoding", "GET", "/api/v1/namespaces/%E0%A4%A/pods", {}],
  ["log of a missing pod", "GET", "/api/v1/namespaces/default/pods/nope/log?tailLines=x", {}],
  ["PUT without body", "PUT", `${deploy}/d`, {}],
  ["PUT of another name", "PUT", "/api/v1/namespaces/default/configmaps/cm", { body: { kind: "ConfigMap", apiVersion: "v1", metadata: { name: "zz" } } }],
  ["POST to a named object", "POST", `${deploy}/d`, { body: {} }],
  ["scale of configmaps", "GET", "/api/v1/namespaces/default/configmaps/cm/scale", {}],
  ["proxy with a bad name", "GET", "/api/v1/namespaces/default/pods/a:b:c:d/proxy/", {}],
  ["a namespaced kind without namespace, by name", "GET", "/api/v1/pods/x", {}],
  ["a cluster kind inside a namespace", "GET", "/api/v1/namespaces/default/nodes", {}],
  ["PATCH without content type", "PATCH", `${deploy}/d`, { body: "{}", headers: { "content-type": "" } }],
];

describe("bad input gets a 4xx Status, never a 500", () => {
  it.each(cases)("%s", async (_name, method, url, opts) => {
    const r = await call(cluster, method, url, opts);
    expect(r.status, r.text).toBeGreaterThanOrEqual(400);
    expect(r.status, r.text).toBeLessThan(500);
    expect(r.json).toMatchObject({ kind: "Status", status: "Failure" });
  });
});
