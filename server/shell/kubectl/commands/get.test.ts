import { describe, expect, it } from "vitest";
import { FakeTransport } from "../fake-transport";
import { tableFromGolden, testdata, testJSON } from "../golden";
import { runWith } from "../test-io";
import { TABLE_ACCEPT } from "../transport";

const PODS = "/api/v1/namespaces/default/pods";

function servesTable(t: FakeTransport, path: string, kind: string, golden: string) {
  return t.on("GET", path, tableFromGolden(kind, testdata(golden)));
}

const EMPTY_TABLE = { kind: "Table", apiVersion: "meta.k8s.io/v1", metadata: { resourceVersion: "5" }, columnDefinitions: [], rows: [] };

describe("kubectl get (golden)", () => {
  const cases: [string[], string, string, string][] = [
    [["get", "pods"], `${PODS}?limit=500`, "pods", "getpods2.stdout"],
    [["get", "pods", "-o", "wide"], `${PODS}?limit=500`, "pods", "getpodswide1.stdout"],
    [["get", "po", "--show-labels"], `${PODS}?limit=500`, "pods", "getpodslabels.stdout"],
    [["get", "pods", "-A"], "/api/v1/pods?limit=500", "pods", "getpodsA.stdout"],
    [["get", "pods", "-l", "app=badimg"], `${PODS}?labelSelector=app%3Dbadimg&limit=500`, "pods", "getpods_bad.stdout"],
    [["get", "deployments"], "/apis/apps/v1/namespaces/default/deployments?limit=500", "deployments", "getdeploy1.stdout"],
    [["get", "deploy", "-o", "wide"], "/apis/apps/v1/namespaces/default/deployments?limit=500", "deployments", "getdeploywide.stdout"],
    [["get", "rs"], "/apis/apps/v1/namespaces/default/replicasets?limit=500", "replicasets", "getrs2.stdout"],
    [["get", "replicasets", "-o", "wide"], "/apis/apps/v1/namespaces/default/replicasets?limit=500", "replicasets", "getrs3.stdout"],
    [["get", "services"], "/api/v1/namespaces/default/services?limit=500", "services", "getsvc.stdout"],
    [["get", "svc", "-o", "wide"], "/api/v1/namespaces/default/services?limit=500", "services", "getsvcwide.stdout"],
    [["get", "nodes", "-o", "wide"], "/api/v1/nodes?limit=500", "nodes", "getnodeswide.stdout"],
    [["get", "ns"], "/api/v1/namespaces?limit=500", "namespaces", "getns.stdout"],
    [["get", "endpoints"], "/api/v1/namespaces/default/endpoints?limit=500", "endpoints", "getendpoints.stdout"],
  ];
  for (const [argv, path, kind, golden] of cases) {
    it(`${argv.join(" ")} matches ${golden}`, async () => {
      const t = servesTable(new FakeTransport(), path, kind, golden);
      const r = await runWith(argv, t);
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe(testdata(golden));
      expect(t.log()).toEqual([`GET ${path}`]);
      expect(t.requests[0].headers.Accept).toBe(TABLE_ACCEPT);
    });
  }

  it("get all prints each kind with its prefix, separated by blank lines", async () => {
    const golden = testdata("getall.stdout");
    const [pods, svcs, deps, rss] = golden.trimEnd().split("\n\n").map((b) => b.replace(/^(\S+?\/)|(\n)\S+?\//g, "$2") + "\n");
    const t = new FakeTransport()
      .route((req) => (req.method === "GET" && req.path.includes("?limit=500") ? { status: 200, headers: {}, body: JSON.stringify(EMPTY_TABLE) } : undefined))
      .on("GET", `${PODS}?limit=500`, tableFromGolden("pods", pods))
      .on("GET", "/api/v1/namespaces/default/services?limit=500", tableFromGolden("services", svcs))
      .on("GET", "/apis/apps/v1/namespaces/default/deployments?limit=500", tableFromGolden("deployments", deps))
      .on("GET", "/apis/apps/v1/namespaces/default/replicasets?limit=500", tableFromGolden("replicasets", rss));
    const r = await runWith(["get", "all"], t);
    expect(r.stdout).toBe(golden);
    expect(t.log().map((l) => l.replace(/\?.*/, ""))).toEqual([
      "GET /api/v1/namespaces/default/pods",
      "GET /api/v1/namespaces/default/replicationcontrollers",
      "GET /api/v1/namespaces/default/services",
      "GET /apis/apps/v1/namespaces/default/daemonsets",
      "GET /apis/apps/v1/namespaces/default/deployments",
      "GET /apis/apps/v1/namespaces/default/replicasets",
      "GET /apis/apps/v1/namespaces/default/statefulsets",
      "GET /apis/autoscaling/v1/namespaces/default/horizontalpodautoscalers",
      "GET /apis/batch/v1/namespaces/default/jobs",
      "GET /apis/batch/v1beta1/namespaces/default/cronjobs",
    ]);
  });

  it("says No resources found on stderr for an empty list", async () => {
    const t = new FakeTransport().on("GET", "/api/v1/namespaces/default/services?labelSelector=app%3Dhello-node&limit=500", EMPTY_TABLE);
    const r = await runWith(["get", "services", "-l", "app=hello-node"], t);
    expect(r).toEqual({ code: 0, stdout: "", stderr: testdata("getsvcnone.stderr") });
  });

  it("prints the server's NotFound for a missing name", async () => {
    const t = new FakeTransport().on(
      "GET",
      `${PODS}/nosuchpod`,
      { kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message: 'pods "nosuchpod" not found', reason: "NotFound", details: { name: "nosuchpod", kind: "pods" }, code: 404 },
      404,
    );
    const r = await runWith(["get", "pod", "nosuchpod"], t);
    expect(r).toEqual({ code: 1, stdout: "", stderr: testdata("get404.stderr") });
  });

  it("rejects an unknown resource type", async () => {
    const r = await runWith(["get", "foo"], new FakeTransport());
    expect(r).toEqual({ code: 1, stdout: "", stderr: testdata("getfoo.stderr") });
  });

  it("prints a deployment as YAML", async () => {
    const t = new FakeTransport().on("GET", "/apis/apps/v1/namespaces/default/deployments/hello-node", testJSON("deployment_hello-node.json"));
    const r = await runWith(["get", "deployment", "hello-node", "-o", "yaml"], t);
    expect(r.stdout).toBe(testdata("getpodyaml.stdout"));
    expect(t.requests[0].headers.Accept).toBe("application/json");
  });

  it("supports -o name, jsonpath and go-template over lists", async () => {
    const list = { kind: "PodList", apiVersion: "v1", metadata: { resourceVersion: "9" }, items: [{ metadata: { name: "a" } }, { metadata: { name: "b" } }] };
    const t = new FakeTransport().on("GET", `${PODS}?limit=500`, list);
    expect((await runWith(["get", "pods", "-o", "name"], t)).stdout).toBe("pod/a\npod/b\n");
    expect((await runWith(["get", "pods", "-o", "jsonpath={.items[*].metadata.name}"], t)).stdout).toBe("a b");
    expect((await runWith(["get", "pods", "-o", 'go-template={{range .items}}{{.kind}}:{{.metadata.name}}{{"\\n"}}{{end}}'], t)).stdout).toBe("Pod:a\nPod:b\n");
    expect((await runWith(["get", "pods", "-o", "custom-columns=NAME:.metadata.name,KIND:.kind"], t)).stdout).toBe("NAME   KIND\na      Pod\nb      Pod\n");
  });

  it("watches with remembered column widths (getpodsw.stdout)", async () => {
    const golden = testdata("getpodsw.stdout").split("\n");
    const initial = golden.slice(0, 4).join("\n") + "\n";
    const t = new FakeTransport().on("GET", `${PODS}?limit=500`, tableFromGolden("pods", initial));
    const header = golden[0];
    const chunks = golden.slice(4, -1).map((line) => {
      // event rows were printed with the widths of the first block; rebuild their cells from the line
      const table = tableFromGolden("pods", header + "\n" + line.replace(/ {2,}/g, "   ") + "\n");
      return JSON.stringify({ type: "MODIFIED", object: { ...table, columnDefinitions: null } }) + "\n";
    });
    t.onStream(`${PODS}?resourceVersion=100&watch=true`, chunks);
    const r = await runWith(["get", "pods", "-w"], t);
    expect(r.stdout).toBe(testdata("getpodsw.stdout"));
  });

  it("needs a resource type", async () => {
    const r = await runWith(["get"], new FakeTransport());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("You must specify the type of resource to get.");
  });

  it("says the connection was refused without a cluster", async () => {
    const r = await runWith(["get", "pods"], null);
    expect(r).toEqual({ code: 1, stdout: "", stderr: "The connection to the server localhost:8080 was refused - did you specify the right host or port?\n" });
  });
});
