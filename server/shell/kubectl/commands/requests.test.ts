/**
 * The requests each command sends, compared with what real kubectl v1.20.2 sent for the same command
 * (requests_by_command.txt): methods, paths and query strings, Accept and Content-Type, bodies.
 */
import { describe, expect, it } from "vitest";
import { FakeTransport } from "../fake-transport";
import { asRecorded, recordedRequests } from "../fixture-requests";
import { testdata, testJSON } from "../golden";
import { runWith } from "../test-io";

/* eslint-disable @typescript-eslint/no-explicit-any */
const deployment = () => testJSON<any>("deployment_hello-node.json");
const ok = (body: unknown, status = 200) => ({ status, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) + "\n" });
const status409 = {
  kind: "Status",
  apiVersion: "v1",
  metadata: {},
  status: "Failure",
  message: 'deployments.apps "hello-node" already exists',
  reason: "AlreadyExists",
  details: { name: "hello-node", group: "apps", kind: "deployments" },
  code: 409,
};
const pod = (name: string, uid = "u1") => ({
  kind: "Pod",
  apiVersion: "v1",
  metadata: { name, namespace: "default", uid, resourceVersion: "600", labels: { app: "hello-node" } },
  spec: { containers: [{ name: "echoserver", image: "k8s.gcr.io/echoserver:1.4" }] },
  status: { phase: "Running" },
});

async function check(name: string, argv: string[], t: FakeTransport, expected: { stdout?: string; stderr?: string; code?: number } = {}) {
  const r = await runWith(argv, t);
  const want = recordedRequests(name);
  expect(asRecorded(t.requests, want)).toEqual(want);
  if (expected.stdout !== undefined) expect(r.stdout).toBe(expected.stdout);
  else expect(r.stdout).toBe(testdata(`${name}.stdout`));
  expect(r.stderr).toBe(expected.stderr ?? "");
  expect(r.code).toBe(expected.code ?? 0);
}

describe("requests sent, as real kubectl sends them", () => {
  it("create deployment", async () => {
    const t = new FakeTransport().route((req) => (req.method === "POST" ? ok(JSON.parse(req.body ?? "{}"), 201) : undefined));
    await check("create_deploy", ["create", "deployment", "hello-node", "--image=k8s.gcr.io/echoserver:1.4"], t);
  });

  it("create deployment that exists", async () => {
    const t = new FakeTransport().route((req) => (req.method === "POST" ? ok(status409, 409) : undefined));
    await check("create409", ["create", "deployment", "hello-node", "--image=k8s.gcr.io/echoserver:1.4"], t, { stdout: "", stderr: testdata("create409.stderr"), code: 1 });
  });

  it("run", async () => {
    const t = new FakeTransport().route((req) => (req.method === "POST" ? ok(JSON.parse(req.body ?? "{}"), 201) : undefined));
    await check("run", ["run", "nginx", "--image=nginx"], t);
  });

  it("expose", async () => {
    const t = new FakeTransport()
      .on("GET", "/apis/apps/v1/namespaces/default/deployments/hello-node", deployment())
      .route((req) => (req.method === "POST" ? ok(JSON.parse(req.body ?? "{}"), 201) : undefined));
    await check("expose", ["expose", "deployment", "hello-node", "--type=NodePort", "--port", "8080"], t);
  });

  it("scale", async () => {
    const t = new FakeTransport()
      .on("GET", "/apis/apps/v1/namespaces/default/deployments/hello-node", deployment())
      .route((req) => (req.method === "PATCH" ? ok({ kind: "Scale", apiVersion: "autoscaling/v1", metadata: { name: "hello-node" }, spec: { replicas: 3 } }) : undefined));
    await check("scale", ["scale", "deployment", "hello-node", "--replicas=3"], t);
  });

  it("set image", async () => {
    const t = new FakeTransport()
      .on("GET", "/apis/apps/v1/namespaces/default/deployments/hello-node", deployment())
      .route((req) => (req.method === "PATCH" ? ok(deployment()) : undefined));
    await check("setimage", ["set", "image", "deployment/hello-node", "echoserver=k8s.gcr.io/echoserver:1.10"], t);
  });

  it("label", async () => {
    const name = "hello-node-7567d9fdc9-2r7fb";
    const t = new FakeTransport()
      .on("GET", `/api/v1/namespaces/default/pods/${name}`, pod(name))
      .route((req) => (req.method === "PATCH" ? ok(pod(name)) : undefined));
    await check("label", ["label", "pods", name, "version=v1"], t);
  });

  it("logs", async () => {
    const name = "hello-node-7567d9fdc9-2r7fb";
    const t = new FakeTransport()
      .on("GET", `/api/v1/namespaces/default/pods/${name}`, pod(name))
      .on("GET", `/api/v1/namespaces/default/pods/${name}/log`, "Hello from fake container log\n");
    await check("logs", ["logs", name], t);
  });

  it("delete pod waits for it to be gone", async () => {
    const name = "hello-node-7567d9fdc9-5xv2t";
    const t = new FakeTransport()
      .route((req) => (req.method === "DELETE" ? ok(pod(name)) : undefined))
      .on("GET", `/api/v1/namespaces/default/pods?fieldSelector=metadata.name%3D${name}`, { kind: "PodList", metadata: { resourceVersion: "614" }, items: [pod(name)] })
      .onStream(`/api/v1/namespaces/default/pods?fieldSelector=metadata.name%3D${name}&resourceVersion=614&watch=true`, [
        JSON.stringify({ type: "MODIFIED", object: pod(name) }) + "\n",
        JSON.stringify({ type: "DELETED", object: pod(name) }) + "\n",
      ]);
    await check("deletepod", ["delete", "pod", name], t);
  });

  it("delete service by label", async () => {
    const svc = { metadata: { name: "hello-node", namespace: "default", uid: "s1" } };
    const t = new FakeTransport()
      .on("GET", "/api/v1/namespaces/default/services?labelSelector=app%3Dhello-node", { kind: "ServiceList", metadata: { resourceVersion: "700" }, items: [svc] })
      .route((req) => (req.method === "DELETE" ? ok({ kind: "Status", apiVersion: "v1", metadata: {}, status: "Success", details: { name: "hello-node", kind: "services", uid: "s1" } }) : undefined))
      .on("GET", "/api/v1/namespaces/default/services?fieldSelector=metadata.name%3Dhello-node", { kind: "ServiceList", metadata: { resourceVersion: "701" }, items: [] });
    await check("deletesvc", ["delete", "service", "-l", "app=hello-node"], t);
  });

  it("delete a missing pod", async () => {
    const t = new FakeTransport().route((req) =>
      req.method === "DELETE" ? ok({ kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message: 'pods "nosuchpod" not found', reason: "NotFound", details: { name: "nosuchpod", kind: "pods" }, code: 404 }, 404) : undefined,
    );
    await check("delete404", ["delete", "pod", "nosuchpod"], t, { stdout: "", stderr: testdata("delete404.stderr"), code: 1 });
  });

  it("rollout undo", async () => {
    const d = deployment();
    const rsList = testJSON<any>("replicasets_hello-node.json");
    // the live deployment runs revision 2 (echoserver:1.10); revision 1 (7567d9fdc9, 1.4) is the previous one
    d.spec.template = structuredClone(rsList.items[0].spec.template);
    delete d.spec.template.metadata.labels["pod-template-hash"];
    d.metadata.annotations["deployment.kubernetes.io/revision"] = "2";
    rsList.items[1].metadata.annotations["deployment.kubernetes.io/revision"] = "1";
    delete rsList.items[1].metadata.annotations["deployment.kubernetes.io/revision-history"];
    const t = new FakeTransport()
      .on("GET", "/apis/apps/v1/namespaces/default/deployments/hello-node", d)
      .on("GET", "/apis/apps/v1/namespaces/default/replicasets?labelSelector=app%3Dhello-node", rsList)
      .route((req) => (req.method === "PATCH" ? ok(d) : undefined));
    const r = await runWith(["rollout", "undo", "deployment/hello-node"], t);
    expect(r.stdout).toBe(testdata("undo.stdout"));
    const want = recordedRequests("undo");
    expect(asRecorded(t.requests, want)).toEqual(want);
    const patch = JSON.parse(t.requests[3].body ?? "[]");
    expect(patch[1]).toEqual({ op: "replace", path: "/metadata/annotations", value: { "deployment.kubernetes.io/revision": "2" } });
  });

  it("rollout undo without history", async () => {
    const d = testJSON<any>("deployment_hello-node.json");
    d.metadata.name = "nginx-deployment";
    d.spec.selector.matchLabels = { app: "nginx" };
    const rs = testJSON<any>("replicasets_hello-node.json");
    rs.items = [rs.items[1]];
    rs.items[0].metadata.ownerReferences[0].uid = d.metadata.uid;
    const t = new FakeTransport()
      .on("GET", "/apis/apps/v1/namespaces/default/deployments/nginx-deployment", d)
      .on("GET", "/apis/apps/v1/namespaces/default/replicasets?labelSelector=app%3Dnginx", rs);
    await check("rollout_undo_none", ["rollout", "undo", "deployment/nginx-deployment"], t, { stdout: "", stderr: testdata("rollout_undo_none.stderr"), code: 1 });
  });

  it("apply creates with the last-applied annotation", async () => {
    const manifest = [
      "apiVersion: apps/v1",
      "kind: Deployment",
      "metadata:",
      "  name: nginx-deployment",
      "  labels:",
      "    app: nginx",
      "spec:",
      "  replicas: 3",
      "  selector:",
      "    matchLabels:",
      "      app: nginx",
      "  template:",
      "    metadata:",
      "      labels:",
      "        app: nginx",
      "    spec:",
      "      containers:",
      "      - name: nginx",
      "        image: nginx:1.14.2",
      "        ports:",
      "        - containerPort: 80",
    ].join("\n");
    const t = new FakeTransport()
      .on("GET", "/openapi/v2?timeout=32s", "")
      .route((req) => (req.method === "POST" ? ok(JSON.parse(req.body ?? "{}"), 201) : undefined));
    const r = await runWith(["apply", "-f", "nginx.yaml"], t, { readFile: async () => manifest });
    expect(r.stdout).toBe(testdata("applyf.stdout"));
    const want = recordedRequests("applyf");
    expect(asRecorded(t.requests, want)).toEqual(want);
  });

  it("create service sends kubectl's generated Service", async () => {
    const t = new FakeTransport().route((req) => (req.method === "POST" ? ok(JSON.parse(req.body ?? "{}"), 201) : undefined));
    const r = await runWith(["create", "service", "nodeport", "web", "--tcp=80:8080"], t);
    expect(r.stdout).toBe("service/web created\n");
    expect(t.requests[0].path).toBe("/api/v1/namespaces/default/services?fieldManager=kubectl-create");
    expect(t.requests[0].body).toBe(
      '{"kind":"Service","apiVersion":"v1","metadata":{"name":"web","creationTimestamp":null,"labels":{"app":"web"}},"spec":{"ports":[{"name":"80-8080","protocol":"TCP","port":80,"targetPort":8080}],"selector":{"app":"web"},"type":"NodePort"},"status":{"loadBalancer":{}}}',
    );
  });

  it("version", async () => {
    const t = new FakeTransport().on("GET", "/version?timeout=32s", testJSON("version.json"));
    const r = await runWith(["version"], t);
    expect(asRecorded(t.requests, [])).toEqual(recordedRequests("version"));
    expect(r.stdout).toBe(
      'Client Version: version.Info{Major:"1", Minor:"20", GitVersion:"v1.20.2", GitCommit:"faecb196815e248d3ecfb03c680a4507229c2a56", GitTreeState:"clean", BuildDate:"2021-01-13T13:28:09Z", GoVersion:"go1.15.5", Compiler:"gc", Platform:"linux/amd64"}\n' +
        'Server Version: version.Info{Major:"1", Minor:"20", GitVersion:"v1.20.2", GitCommit:"faecb196815e248d3ecfb03c680a4507229c2a56", GitTreeState:"clean", BuildDate:"2021-01-13T13:20:00Z", GoVersion:"go1.15.5", Compiler:"gc", Platform:"linux/amd64"}\n',
    );
  });
});
