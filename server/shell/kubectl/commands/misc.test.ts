import { describe, expect, it } from "vitest";
import { FakeTransport } from "../fake-transport";
import { tableFromGolden, testdata } from "../golden";
import { runWith } from "../test-io";

describe("more kubectl behaviours", () => {
  it("adds an EVENT column with --output-watch-events", async () => {
    const golden = testdata("getpods1.stdout");
    const t = new FakeTransport()
      .on("GET", "/api/v1/namespaces/default/pods?limit=500", tableFromGolden("pods", golden))
      .onStream("/api/v1/namespaces/default/pods?resourceVersion=100&watch=true", [
        JSON.stringify({ type: "DELETED", object: { ...tableFromGolden("pods", golden), columnDefinitions: null } }) + "\n",
      ]);
    const r = await runWith(["get", "pods", "-w", "--output-watch-events"], t);
    expect(r.stdout).toBe(
      "EVENT      NAME                          READY   STATUS    RESTARTS   AGE\n" +
        "ADDED      hello-node-7567d9fdc9-8rhjp   1/1     Running   0          5s\n" +
        "DELETED    hello-node-7567d9fdc9-8rhjp   1/1     Running   0          5s\n",
    );
  });

  it("prints only names with -o name after create", async () => {
    const t = new FakeTransport().route((req) => (req.method === "POST" ? { status: 201, headers: {}, body: req.body ?? "" } : undefined));
    const r = await runWith(["create", "namespace", "dev", "-o", "name"], t);
    expect(r.stdout).toBe("namespace/dev\n");
  });

  it("dumps cluster info into a directory", async () => {
    const files = new Map<string, string>();
    const t = new FakeTransport().route((req) => (req.method === "GET" && !req.path.includes("/log") ? { status: 200, headers: {}, body: '{"kind":"List","items":[]}' } : undefined));
    const r = await runWith(["cluster-info", "dump", "--output-directory=/tmp/dump"], t, {
      writeFile: async (p, c) => void files.set(p, c),
    });
    expect(r.stdout).toBe("Cluster info dumped to /tmp/dump\n");
    expect([...files.keys()]).toContain("/tmp/dump/nodes.json");
    expect([...files.keys()]).toContain("/tmp/dump/kube-system/pods.json");
  });

  it("refuses what the simulation lacks, plainly", async () => {
    expect((await runWith(["edit", "deploy/x"], new FakeTransport())).stderr).toBe("error: edit is not supported in this terminal yet; use kubectl patch or apply -f\n");
    expect((await runWith(["autoscale", "deploy/x", "--max=3"], new FakeTransport())).stderr).toBe('error: "kubectl autoscale" is not available in this simulated cluster\n');
    expect((await runWith(["--context=prod", "get", "pods"], new FakeTransport())).stderr).toBe("Error in configuration: context was not found for specified context: prod\n");
  });
});
