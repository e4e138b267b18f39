import { describe, expect, it } from "vitest";
import { withQuery } from "../client";
import { FakeTransport } from "../fake-transport";
import { testdata, testJSON } from "../golden";
import { runWith } from "../test-io";

/* eslint-disable @typescript-eslint/no-explicit-any */
const clockAt = (iso: string) => ({ clock: { now: () => Date.parse(iso) } });
const notFound = (kind: string, name: string, group = "") => ({
  kind: "Status",
  apiVersion: "v1",
  metadata: {},
  status: "Failure",
  message: `${group ? `${kind}.${group}` : kind} "${name}" not found`,
  reason: "NotFound",
  details: { name, kind, ...(group ? { group } : {}) },
  code: 404,
});
const eventsPath = (ns: string, terms: string[]) => withQuery(`/api/v1/namespaces/${ns}/events`, { fieldSelector: terms.join(",") });

function podTransport(fx: any): FakeTransport {
  const p = fx.pod;
  return new FakeTransport()
    .on("GET", `/api/v1/namespaces/default/pods/${p.metadata.name}`, p)
    .on("GET", eventsPath("default", [`involvedObject.name=${p.metadata.name}`, "involvedObject.namespace=default", `involvedObject.uid=${p.metadata.uid}`]), { kind: "EventList", items: fx.events });
}

describe("kubectl describe (golden)", () => {
  it("describes a running pod (describepod1.stdout)", async () => {
    const fx = testJSON<any>("describe/pod1.json");
    const t = podTransport(fx);
    const r = await runWith(["describe", "pod", fx.pod.metadata.name], t, clockAt(fx.now));
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(testdata("describepod1.stdout"));
    expect(t.requests.map((q) => `${q.method} ${q.path.replace(/\?.*/, "")} ${q.headers.Accept}`)).toEqual([
      `GET /api/v1/namespaces/default/pods/${fx.pod.metadata.name} application/json`,
      `GET /api/v1/namespaces/default/pods/${fx.pod.metadata.name} application/json, */*`,
      "GET /api/v1/namespaces/default/events application/json, */*",
    ]);
  });

  it("describes a pod stuck in ImagePullBackOff (describe_bad.stdout)", async () => {
    const fx = testJSON<any>("describe/badpod.json");
    const r = await runWith(["describe", "pods", fx.pod.metadata.name], podTransport(fx), clockAt(fx.now));
    expect(r.stdout).toBe(testdata("describe_bad.stdout"));
  });

  it("describes a deployment with its replica sets and combined events (describedeploy.stdout)", async () => {
    const fx = testJSON<any>("describe/deploy.json");
    const d = fx.deployment;
    const t = new FakeTransport()
      .on("GET", "/apis/apps/v1/namespaces/default/deployments/hello-node", d)
      .on("GET", eventsPath("default", ["involvedObject.kind=Deployment", "involvedObject.name=hello-node", "involvedObject.namespace=default", `involvedObject.uid=${d.metadata.uid}`]), { items: fx.events })
      .on("GET", "/apis/apps/v1/namespaces/default/replicasets?labelSelector=app%3Dhello-node", fx.replicasets);
    const r = await runWith(["describe", "deployment", "hello-node"], t, clockAt(fx.now));
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(testdata("describedeploy.stdout"));
  });

  it("describes a NodePort service (describesvc.stdout)", async () => {
    const fx = testJSON<any>("describe/service.json");
    const t = new FakeTransport()
      .on("GET", "/api/v1/namespaces/default/services/hello-node", fx.service)
      .on("GET", "/api/v1/namespaces/default/endpoints/hello-node", fx.endpoints)
      .route((req) => (req.path.startsWith("/api/v1/namespaces/default/events?") ? { status: 200, headers: {}, body: '{"items":[]}' } : undefined));
    const r = await runWith(["describe", "services/hello-node"], t, clockAt(fx.now));
    expect(r.stdout).toBe(testdata("describesvc.stdout"));
  });

  it("describes a node without a lease (describenode.stdout)", async () => {
    const fx = testJSON<any>("describe/node.json");
    fx.node.spec.taints = [{ key: "node.kubernetes.io/not-ready", effect: "NoSchedule" }];
    const t = new FakeTransport()
      .on("GET", "/api/v1/nodes/minikube", fx.node)
      .on("GET", "/api/v1/pods?fieldSelector=spec.nodeName%3Dminikube%2Cstatus.phase%21%3DFailed%2Cstatus.phase%21%3DSucceeded", { items: fx.pods })
      .on("GET", "/api/v1/events?fieldSelector=involvedObject.kind%3DNode%2CinvolvedObject.name%3Dminikube%2CinvolvedObject.namespace%3D%2CinvolvedObject.uid%3Dminikube", { items: [] })
      .on("GET", "/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/minikube", notFound("leases", "minikube", "coordination.k8s.io"), 404);
    const r = await runWith(["describe", "node", "minikube"], t, clockAt(fx.now));
    expect(r.stdout).toBe(testdata("describenode.stdout"));
  });

  it("prints the lease block when the node has one (describenode2.stdout)", async () => {
    const fx = testJSON<any>("describe/node.json");
    const t = new FakeTransport()
      .on("GET", "/api/v1/nodes/minikube", fx.node)
      .route((req) => (req.path.startsWith("/api/v1/pods?") || req.path.startsWith("/api/v1/events?") ? { status: 200, headers: {}, body: '{"items":[]}' } : undefined))
      .on("GET", "/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/minikube", fx.lease);
    const r = await runWith(["describe", "no", "minikube"], t, clockAt(fx.now));
    const upTo = (s: string) => s.slice(0, s.indexOf("Conditions:"));
    expect(upTo(r.stdout)).toBe(upTo(testdata("describenode2.stdout")));
  });

  it("describes every pod whose name starts with the prefix (describe_prefix layout)", async () => {
    const a = testJSON<any>("describe/pod1.json");
    const b = JSON.parse(JSON.stringify(a).replaceAll("8rhjp", "zzzzz"));
    b.pod.metadata.uid = "u2";
    const t = podTransport(a)
      .route((req) => (req.path === `/api/v1/namespaces/default/pods/${b.pod.metadata.name}` ? { status: 200, headers: {}, body: JSON.stringify(b.pod) } : undefined))
      .route((req) => (req.path.startsWith("/api/v1/namespaces/default/events?") && req.path.includes("u2") ? { status: 200, headers: {}, body: JSON.stringify({ items: b.events }) } : undefined))
      .on("GET", "/api/v1/namespaces/default/pods/hello-node", notFound("pods", "hello-node"), 404)
      .on("GET", "/api/v1/namespaces/default/pods", { items: [a.pod, b.pod, { metadata: { name: "other" } }] });
    const r = await runWith(["describe", "pod", "hello-node"], t, clockAt(a.now));
    const one = testdata("describepod1.stdout");
    expect(r.stdout).toBe(one + "\n" + one.replaceAll("8rhjp", "zzzzz") + "\n");
    expect(t.log().slice(0, 2)).toEqual(["GET /api/v1/namespaces/default/pods/hello-node", "GET /api/v1/namespaces/default/pods"]);
  });

  it("reports NotFound when nothing matches (describe404.stderr)", async () => {
    const t = new FakeTransport()
      .on("GET", "/api/v1/namespaces/default/pods/nosuchpod", notFound("pods", "nosuchpod"), 404)
      .on("GET", "/api/v1/namespaces/default/pods", { items: [] });
    const r = await runWith(["describe", "pod", "nosuchpod"], t);
    expect(r).toEqual({ code: 1, stdout: "", stderr: testdata("describe404.stderr") });
  });

  it("needs a resource type", async () => {
    const r = await runWith(["describe"], new FakeTransport());
    expect(r.stderr).toBe('error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n');
  });

  it("describes a namespace", async () => {
    const t = new FakeTransport()
      .on("GET", "/api/v1/namespaces/default", { metadata: { name: "default" }, status: { phase: "Active" } })
      .on("GET", "/api/v1/namespaces/default/resourcequotas", { items: [] })
      .on("GET", "/api/v1/namespaces/default/limitranges", { items: [] });
    const r = await runWith(["describe", "ns", "default"], t);
    expect(r.stdout).toBe("Name:         default\nLabels:       <none>\nAnnotations:  <none>\nStatus:       Active\n");
  });
});
