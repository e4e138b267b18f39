import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { createTestCluster, type TestCluster } from "./testing/test-cluster";
import { call, request, TABLE_ACCEPT } from "./testing/kube-call";
import { isStreamResponse, readResponseBody } from "./types";

const discoveryDir = path.join(import.meta.dirname, "discovery");

const deployment = (name: string, image = "k8s.gcr.io/echoserver:1.4") => ({
  kind: "Deployment",
  apiVersion: "apps/v1",
  metadata: { name, creationTimestamp: null, labels: { app: name } },
  spec: {
    replicas: 1,
    selector: { matchLabels: { app: name } },
    template: { metadata: { creationTimestamp: null, labels: { app: name } }, spec: { containers: [{ name: "echoserver", image, resources: {} }] } },
    strategy: {},
  },
  status: {},
});

const pod = (name: string, containers = ["web"]) => ({
  apiVersion: "v1",
  kind: "Pod",
  metadata: { name, labels: { app: name } },
  spec: { containers: containers.map((c) => ({ name: c, image: "nginx" })) },
});

let cluster: TestCluster;
beforeEach(async () => {
  cluster = createTestCluster();
  for (const ns of ["default", "kube-system"]) {
    await call(cluster, "POST", "/api/v1/namespaces", { body: { apiVersion: "v1", kind: "Namespace", metadata: { name: ns } } });
    const token = { apiVersion: "v1", kind: "Secret", metadata: { name: "default-token-abcde", annotations: { "kubernetes.io/service-account.name": "default" } }, type: "kubernetes.io/service-account-token", data: {} };
    await call(cluster, "POST", `/api/v1/namespaces/${ns}/secrets`, { body: token });
    await call(cluster, "POST", `/api/v1/namespaces/${ns}/serviceaccounts`, {
      body: { apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "default" }, secrets: [{ name: "default-token-abcde" }] },
    });
  }
});

describe("non-resource endpoints", () => {
  it("/version is minikube's, indented, without a trailing newline", async () => {
    const r = await call(cluster, "GET", "/version?timeout=32s");
    expect(r.status).toBe(200);
    expect(r.text).toBe(readFileSync(path.join(discoveryDir, "version.json"), "utf8"));
  });

  it("health checks and the empty OpenAPI document", async () => {
    for (const p of ["/healthz", "/livez", "/readyz", "/healthz/ping"]) expect((await call(cluster, "GET", p)).text).toBe("ok");
    const openapi = await call(cluster, "GET", "/openapi/v2?timeout=32s");
    expect(openapi.status).toBe(200);
    expect(openapi.headers["content-type"]).toBe("application/octet-stream");
    expect(openapi.text).toBe("");
  });

  it("/ lists the served paths", async () => {
    const r = await call(cluster, "GET", "/");
    expect(r.json.paths).toContain("/apis/apps/v1");
    expect(r.json.paths).toContain("/version");
  });

  it("unknown paths are the apiserver's 404 Status", async () => {
    for (const p of ["/foo", "/api/v2", "/apis/autoscaling/v1", "/api/v1/foos", "/api/v1/namespaces/default/replicationcontrollers"]) {
      const r = await call(cluster, "GET", p);
      expect(r.status).toBe(404);
      expect(r.text).toBe(
        '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"the server could not find the requested resource","reason":"NotFound","details":{},"code":404}\n',
      );
    }
  });
});

describe("discovery", () => {
  it("/api is the real document", async () => {
    expect((await call(cluster, "GET", "/api?timeout=32s")).text).toBe(readFileSync(path.join(discoveryDir, "api.json"), "utf8"));
  });

  it("/api/v1 lists served resources and subresources only, in the real shapes", async () => {
    const r = await call(cluster, "GET", "/api/v1");
    const names = r.json.resources.map((x: { name: string }) => x.name);
    expect(names).toContain("pods/log");
    expect(names).toContain("services/proxy");
    expect(names).not.toContain("replicationcontrollers");
    expect(names).not.toContain("componentstatuses");
    const real = JSON.parse(readFileSync(path.join(discoveryDir, "api_v1.json"), "utf8"));
    const pods = real.resources.find((x: { name: string }) => x.name === "pods");
    expect(r.json.resources.find((x: { name: string }) => x.name === "pods")).toEqual(pods);
  });

  it("/apis lists only served groups and versions", async () => {
    const r = await call(cluster, "GET", "/apis");
    const gvs = r.json.groups.flatMap((g: { versions: { groupVersion: string }[] }) => g.versions.map((v) => v.groupVersion));
    expect(gvs.sort()).toEqual(["apps/v1", "batch/v1", "coordination.k8s.io/v1", "events.k8s.io/v1"]);
    const apps = await call(cluster, "GET", "/apis/apps");
    expect(apps.json).toMatchObject({ kind: "APIGroup", name: "apps", preferredVersion: { groupVersion: "apps/v1" } });
    const appsV1 = await call(cluster, "GET", "/apis/apps/v1");
    expect(appsV1.json.resources.map((x: { name: string }) => x.name)).toContain("deployments/scale");
  });
});

describe("CRUD and errors", () => {
  it("creates a deployment as kubectl create does, then refuses a duplicate", async () => {
    const url = "/apis/apps/v1/namespaces/default/deployments?fieldManager=kubectl-create";
    const r = await call(cluster, "POST", url, { body: deployment("hello-node") });
    expect(r.status).toBe(201);
    expect(r.json.metadata).toMatchObject({ name: "hello-node", namespace: "default", generation: 1 });
    const again = await call(cluster, "POST", url, { body: deployment("hello-node") });
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({ reason: "AlreadyExists", message: 'deployments.apps "hello-node" already exists' });
  });

  it("404s as upstream for a missing pod and a missing deployment", async () => {
    const r = await call(cluster, "GET", "/api/v1/namespaces/default/pods/x", { headers: { accept: TABLE_ACCEPT } });
    expect(r.text).toBe(
      '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods \\"x\\" not found","reason":"NotFound","details":{"name":"x","kind":"pods"},"code":404}\n',
    );
    const d = await call(cluster, "GET", "/apis/apps/v1/namespaces/default/deployments/x");
    expect(d.json.details).toEqual({ name: "x", group: "apps", kind: "deployments" });
  });

  it("pretty-prints for curl", async () => {
    const r = await call(cluster, "GET", "/api/v1/namespaces/default", { headers: { "user-agent": "curl/7.88.1" } });
    expect(r.text.startsWith('{\n  "kind": "Namespace",\n  "apiVersion": "v1",')).toBe(true);
    expect(r.text.endsWith("}")).toBe(true);
  });

  it("lists as a typed list whose items carry no kind, and as a Table", async () => {
    await call(cluster, "POST", "/api/v1/namespaces/default/pods", { body: pod("a") });
    const list = await call(cluster, "GET", "/api/v1/namespaces/default/pods?limit=500");
    expect(list.json.kind).toBe("PodList");
    expect(list.json.metadata.resourceVersion).toMatch(/^\d+$/);
    expect(list.json.items[0]).not.toHaveProperty("kind");
    const table = await call(cluster, "GET", "/api/v1/namespaces/default/pods?limit=500", { headers: { accept: TABLE_ACCEPT } });
    expect(table.json.kind).toBe("Table");
    expect(table.json.rows[0].cells.slice(0, 4)).toEqual(["a", "0/1", "Pending", 0]);
    expect(table.json.rows[0].object.kind).toBe("PartialObjectMetadata");
    const none = await call(cluster, "GET", "/api/v1/namespaces/default/pods?includeObject=None", { headers: { accept: TABLE_ACCEPT } });
    expect(none.json.rows[0].object).toBeNull();
  });

  it("answers metadata-only requests with PartialObjectMetadata(List)", async () => {
    await call(cluster, "POST", "/api/v1/namespaces/default/pods", { body: pod("m") });
    const accept = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json";
    const list = await call(cluster, "GET", "/api/v1/namespaces/default/pods", { headers: { accept } });
    expect(list.json).toMatchObject({ kind: "PartialObjectMetadataList", apiVersion: "meta.k8s.io/v1", items: [{ kind: "PartialObjectMetadata", metadata: { name: "m" } }] });
    expect(list.json.items[0]).not.toHaveProperty("spec");
  });

  it("refuses protobuf-only Accept headers with 406", async () => {
    const r = await call(cluster, "GET", "/api/v1/namespaces", { headers: { accept: "application/vnd.kubernetes.protobuf" } });
    expect(r.status).toBe(406);
  });

  it("filters with label selectors and pages with limit/continue", async () => {
    for (const n of ["a", "b", "c"]) await call(cluster, "POST", "/api/v1/namespaces/default/pods", { body: pod(n) });
    const sel = await call(cluster, "GET", "/api/v1/namespaces/default/pods?labelSelector=app%3Db");
    expect(sel.json.items.map((p: { metadata: { name: string } }) => p.metadata.name)).toEqual(["b"]);
    const page = await call(cluster, "GET", "/api/v1/namespaces/default/pods?limit=2");
    expect(page.json.items).toHaveLength(2);
    expect(page.json.metadata.remainingItemCount).toBe(1);
    const next = await call(cluster, "GET", `/api/v1/namespaces/default/pods?limit=2&continue=${encodeURIComponent(page.json.metadata.continue)}`);
    expect(next.json.items.map((p: { metadata: { name: string } }) => p.metadata.name)).toEqual(["c"]);
  });

  it("rejects bad bodies with 400, 422 and 413, never 500", async () => {
    const url = "/api/v1/namespaces/default/pods";
    const bad = await call(cluster, "POST", url, { body: "{not json" });
    expect(bad.status).toBe(400);
    expect(bad.json.message).toMatch(/^the object provided is unrecognized \(must be of type Pod\): couldn't get version\/kind; json parse error: invalid character/);
    const wrongKind = await call(cluster, "POST", url, { body: { ...deployment("x"), apiVersion: "v1" } });
    expect(wrongKind.status).toBe(400);
    const wrongVersion = await call(cluster, "POST", url, { body: deployment("x") });
    expect(wrongVersion.json.message).toBe("the API version in the data (apps/v1) does not match the expected API version (v1)");
    const wrongNs = await call(cluster, "POST", url, { body: { ...pod("x"), metadata: { name: "x", namespace: "kube-system" } } });
    expect(wrongNs.json.message).toBe("the namespace of the provided object does not match the namespace sent on the request");
    const invalid = await call(cluster, "POST", url, { body: pod("Bad_Name") });
    expect(invalid.status).toBe(422);
    expect(invalid.json.reason).toBe("Invalid");
    const huge = await call(cluster, "POST", url, { body: JSON.stringify({ ...pod("big"), pad: "x".repeat(3 * 1024 * 1024) }) });
    expect(huge.status).toBe(413);
    const labels = await call(cluster, "POST", url, { body: { ...pod("x"), metadata: { name: "x", labels: "nope" } } });
    expect(labels.status).toBe(400);
  });

  it("drops unknown fields silently and honours dryRun=All", async () => {
    const r = await call(cluster, "POST", "/api/v1/namespaces/default/pods?dryRun=All", { body: { ...pod("dry"), bogus: 1 } });
    expect(r.status).toBe(201);
    expect(r.json).not.toHaveProperty("bogus");
    expect((await call(cluster, "GET", "/api/v1/namespaces/default/pods/dry")).status).toBe(404);
  });

  it("updates with PUT, checking the name against the URL", async () => {
    const created = (await call(cluster, "POST", "/api/v1/namespaces/default/configmaps", { body: { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "cfg" }, data: { a: "1" } } })).json;
    const put = await call(cluster, "PUT", "/api/v1/namespaces/default/configmaps/cfg", { body: { ...created, data: { a: "2" } } });
    expect(put.status).toBe(200);
    expect(put.json.data).toEqual({ a: "2" });
    const mismatch = await call(cluster, "PUT", "/api/v1/namespaces/default/configmaps/other", { body: created });
    expect(mismatch.json.message).toBe("the name of the object (cfg) does not match the name on the URL (other)");
    const stale = await call(cluster, "PUT", "/api/v1/namespaces/default/configmaps/cfg", { body: created });
    expect(stale.status).toBe(409);
  });

  it("deletes: services answer a Success Status, pods the Pod, collections a list", async () => {
    const svc = { apiVersion: "v1", kind: "Service", metadata: { name: "web", labels: { app: "web" } }, spec: { selector: { app: "web" }, ports: [{ port: 80 }] } };
    const created = (await call(cluster, "POST", "/api/v1/namespaces/default/services", { body: svc })).json;
    const del = await call(cluster, "DELETE", "/api/v1/namespaces/default/services/web", { body: { propagationPolicy: "Background" } });
    expect(del.text).toBe(
      `{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Success","details":{"name":"web","kind":"services","uid":"${created.metadata.uid}"}}\n`,
    );
    await call(cluster, "POST", "/api/v1/namespaces/default/pods", { body: pod("p") });
    const delPod = await call(cluster, "DELETE", "/api/v1/namespaces/default/pods/p?gracePeriodSeconds=0");
    expect(delPod.json.kind).toBe("Pod");
    const missing = await call(cluster, "DELETE", "/api/v1/namespaces/default/pods/nosuchpod", { body: { propagationPolicy: "Background" } });
    expect(missing.json.message).toBe('pods "nosuchpod" not found');
    for (const n of ["c1", "c2"]) await call(cluster, "POST", "/api/v1/namespaces/default/configmaps", { body: { apiVersion: "v1", kind: "ConfigMap", metadata: { name: n } } });
    const coll = await call(cluster, "DELETE", "/api/v1/namespaces/default/configmaps");
    expect(coll.json.kind).toBe("ConfigMapList");
    expect(coll.json.items).toHaveLength(2);
    expect((await call(cluster, "DELETE", "/api/v1/namespaces/default/services")).status).toBe(405);
  });
});

describe("patch", () => {
  beforeEach(async () => {
    await call(cluster, "POST", "/apis/apps/v1/namespaces/default/deployments", { body: deployment("hello-node") });
  });

  it("applies kubectl set image's strategic merge patch", async () => {
    const r = await call(cluster, "PATCH", "/apis/apps/v1/namespaces/default/deployments/hello-node?fieldManager=kubectl-set", {
      headers: { "content-type": "application/strategic-merge-patch+json" },
      body: '{"spec":{"template":{"spec":{"$setElementOrder/containers":[{"name":"echoserver"}],"containers":[{"image":"k8s.gcr.io/echoserver:1.10","name":"echoserver"}]}}}}',
    });
    expect(r.status).toBe(200);
    expect(r.json.spec.template.spec.containers[0]).toMatchObject({ name: "echoserver", image: "k8s.gcr.io/echoserver:1.10", imagePullPolicy: "IfNotPresent" });
    expect(r.json.metadata.generation).toBe(2);
  });

  it("applies merge patches (kubectl label) and JSON patches (rollout undo)", async () => {
    const label = await call(cluster, "PATCH", "/apis/apps/v1/namespaces/default/deployments/hello-node", {
      headers: { "content-type": "application/merge-patch+json" },
      body: { metadata: { labels: { version: "v1" } } },
    });
    expect(label.json.metadata.labels).toEqual({ app: "hello-node", version: "v1" });
    const jp = await call(cluster, "PATCH", "/apis/apps/v1/namespaces/default/deployments/hello-node", {
      headers: { "content-type": "application/json-patch+json" },
      body: [{ op: "add", path: "/metadata/annotations", value: { "deployment.kubernetes.io/revision": "1" } }],
    });
    expect(jp.json.metadata.annotations).toEqual({ "deployment.kubernetes.io/revision": "1" });
    const failed = await call(cluster, "PATCH", "/apis/apps/v1/namespaces/default/deployments/hello-node", {
      headers: { "content-type": "application/json-patch+json" },
      body: [{ op: "test", path: "/spec/replicas", value: 7 }],
    });
    expect(failed.status).toBe(422);
    const unsupported = await call(cluster, "PATCH", "/apis/apps/v1/namespaces/default/deployments/hello-node", {
      headers: { "content-type": "application/apply-patch+yaml" },
      body: "{}",
    });
    expect(unsupported.status).toBe(415);
    const missing = await call(cluster, "PATCH", "/apis/apps/v1/namespaces/default/deployments/nope", {
      headers: { "content-type": "application/merge-patch+json" },
      body: {},
    });
    expect(missing.status).toBe(404);
  });

  it("serves the scale subresource as autoscaling/v1 Scale", async () => {
    const r = await call(cluster, "PATCH", "/apis/apps/v1/namespaces/default/deployments/hello-node/scale", {
      headers: { "content-type": "application/merge-patch+json" },
      body: '{"spec":{"replicas":3}}',
    });
    expect(r.status).toBe(200);
    expect(Object.keys(r.json)).toEqual(["kind", "apiVersion", "metadata", "spec", "status"]);
    expect(r.json).toMatchObject({ kind: "Scale", apiVersion: "autoscaling/v1", spec: { replicas: 3 }, status: { replicas: 0, selector: "app=hello-node" } });
    const neg = await call(cluster, "PATCH", "/apis/apps/v1/namespaces/default/deployments/hello-node/scale", {
      headers: { "content-type": "application/merge-patch+json" },
      body: '{"spec":{"replicas":-1}}',
    });
    expect(neg.status).toBe(422);
    expect(neg.json.message).toBe('Scale.autoscaling "hello-node" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0');
    const get = await call(cluster, "GET", "/apis/apps/v1/namespaces/default/deployments/hello-node/scale");
    expect(get.json.spec).toEqual({ replicas: 3 });
  });

  it("writes only status through the status subresource", async () => {
    const r = await call(cluster, "PATCH", "/apis/apps/v1/namespaces/default/deployments/hello-node/status", {
      headers: { "content-type": "application/merge-patch+json" },
      body: { status: { replicas: 5 }, spec: { replicas: 9 } },
    });
    expect(r.json.status.replicas).toBe(5);
    expect(r.json.spec.replicas).toBe(1);
  });
});

describe("watch", () => {
  it("streams events after the list's resourceVersion and ends at timeoutSeconds", async () => {
    const list = await call(cluster, "GET", "/api/v1/namespaces/default/pods");
    const res = await request(cluster, "GET", `/api/v1/namespaces/default/pods?watch=true&resourceVersion=${list.json.metadata.resourceVersion}&timeoutSeconds=5`);
    expect(isStreamResponse(res)).toBe(true);
    if (!isStreamResponse(res)) return;
    await call(cluster, "POST", "/api/v1/namespaces/default/pods", { body: pod("w") });
    cluster.clock.advance(5000);
    const lines: string[] = [];
    for await (const chunk of res.stream) lines.push(chunk);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ type: "ADDED", object: { kind: "Pod", metadata: { name: "w" } } });
  });

  it("sends Tables where only the first event has columnDefinitions", async () => {
    const ac = new AbortController();
    const res = await request(cluster, "GET", "/api/v1/namespaces/default/pods?watch=true", { headers: { accept: TABLE_ACCEPT }, signal: ac.signal });
    if (!isStreamResponse(res)) throw new Error("not a stream");
    await call(cluster, "POST", "/api/v1/namespaces/default/pods", { body: pod("t1") });
    await call(cluster, "POST", "/api/v1/namespaces/default/pods", { body: pod("t2") });
    ac.abort();
    const events = [];
    for await (const chunk of res.stream) events.push(JSON.parse(chunk));
    expect(events.map((e) => e.object.columnDefinitions === null)).toEqual([false, true]);
    expect(events[1].object.rows[0].cells[0]).toBe("t2");
  });

  it("sends a BOOKMARK a minute into a quiet watch that allows them", async () => {
    const res = await request(cluster, "GET", "/apis/apps/v1/namespaces/default/deployments?watch=true&allowWatchBookmarks=true&timeoutSeconds=90");
    cluster.clock.advance(90_000);
    const lines = (await readResponseBody(res)).trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { type: "BOOKMARK", object: { kind: "Deployment", apiVersion: "apps/v1", metadata: { resourceVersion: cluster.store.currentResourceVersion(), creationTimestamp: null } } },
    ]);
  });

  it("answers a too old resourceVersion with one ERROR event", async () => {
    for (let i = 0; i < 3; i++) await call(cluster, "POST", "/api/v1/namespaces/default/configmaps", { body: { apiVersion: "v1", kind: "ConfigMap", metadata: { name: `c${i}` } } });
    cluster.store.restore(cluster.store.entries(), 1000);
    const res = await request(cluster, "GET", "/api/v1/namespaces/default/configmaps?watch=true&resourceVersion=5&timeoutSeconds=1");
    cluster.clock.advance(1000);
    const text = await readResponseBody(res);
    expect(JSON.parse(text)).toMatchObject({ type: "ERROR", object: { kind: "Status", code: 410 } });
  });
});

describe("logs, proxy and streaming subresources", () => {
  beforeEach(async () => {
    await call(cluster, "POST", "/api/v1/namespaces/default/pods", { body: { ...pod("one"), spec: { ...pod("one").spec, nodeName: "minikube" } } });
    await call(cluster, "POST", "/api/v1/namespaces/default/pods", { body: { ...pod("two", ["a", "b"]), spec: { ...pod("two", ["a", "b"]).spec, nodeName: "minikube" } } });
  });

  it("serves logs as text/plain and asks for a container when there are several", async () => {
    cluster.logText.set("default/one/web", "Hello from fake container log\n");
    const r = await call(cluster, "GET", "/api/v1/namespaces/default/pods/one/log");
    expect(r.headers["content-type"]).toMatch(/^text\/plain/);
    expect(r.text).toBe("Hello from fake container log\n");
    const two = await call(cluster, "GET", "/api/v1/namespaces/default/pods/two/log");
    expect(two.json.message).toBe("a container name must be specified for pod two, choose one of: [a b]");
    const bad = await call(cluster, "GET", "/api/v1/namespaces/default/pods/two/log?container=c");
    expect(bad.json.message).toBe("container c is not valid for pod two");
    const follow = await call(cluster, "GET", "/api/v1/namespaces/default/pods/one/log?follow=true");
    expect(follow.text).toBe("Hello from fake container log\n");
  });

  it("proxies to pods through the simulated network and reports refusals as 503", async () => {
    const refused = await call(cluster, "GET", "/api/v1/namespaces/default/pods/one:8080/proxy/");
    expect(refused.status).toBe(503);
    const current = (await call(cluster, "GET", "/api/v1/namespaces/default/pods/one")).json;
    await call(cluster, "PUT", "/api/v1/namespaces/default/pods/one/status", { body: { ...current, status: { ...current.status, podIP: "172.17.0.5", podIPs: [{ ip: "172.17.0.5" }] } } });
    const refusedIP = await call(cluster, "GET", "/api/v1/namespaces/default/pods/one:8080/proxy/");
    expect(refusedIP.json.message).toBe("error trying to reach service: dial tcp 172.17.0.5:8080: connect: connection refused");
    cluster.answer = () => ({ ok: true, status: 200, headers: { "Content-Type": "text/plain" }, body: "CLIENT VALUES:\n" });
    const ok = await call(cluster, "GET", "/api/v1/namespaces/default/pods/one:8080/proxy/healthz?x=1");
    expect(ok.text).toBe("CLIENT VALUES:\n");
    expect(cluster.sent.at(-1)).toMatchObject({ host: "172.17.0.5", port: 8080, path: "/healthz?x=1", method: "GET" });
    const redirect = await call(cluster, "GET", "/api/v1/namespaces/default/pods/one:8080/proxy");
    expect(redirect.status).toBe(301);
  });

  it("refuses exec/attach/portforward with a clear 400", async () => {
    const r = await call(cluster, "POST", "/api/v1/namespaces/default/pods/one/exec?command=ls");
    expect(r.status).toBe(400);
    expect(r.json.message).toMatch(/streaming \(SPDY\/websocket\)/);
  });

  it("binds an unscheduled pod once, as the scheduler does", async () => {
    await call(cluster, "POST", "/api/v1/namespaces/default/pods", { body: pod("free") });
    const binding = { apiVersion: "v1", kind: "Binding", metadata: { name: "free" }, target: { apiVersion: "v1", kind: "Node", name: "minikube" } };
    const r = await call(cluster, "POST", "/api/v1/namespaces/default/pods/free/binding", { body: binding });
    expect(r.status).toBe(201);
    expect((await call(cluster, "GET", "/api/v1/namespaces/default/pods/free")).json.spec.nodeName).toBe("minikube");
    const again = await call(cluster, "POST", "/api/v1/namespaces/default/pods/free/binding", { body: binding });
    expect(again.status).toBe(409);
    expect(again.json.message).toBe('Operation cannot be fulfilled on pods/binding "free": pod free is already assigned to node "minikube"');
  });

  it("evicts pods with a 201 Success Status", async () => {
    const r = await call(cluster, "POST", "/api/v1/namespaces/default/pods/one/eviction", {
      body: { apiVersion: "policy/v1beta1", kind: "Eviction", metadata: { name: "one", namespace: "default" }, deleteOptions: { gracePeriodSeconds: 0 } },
    });
    expect(r.status).toBe(201);
    expect(r.text).toBe('{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Success","code":201}\n');
  });
});
