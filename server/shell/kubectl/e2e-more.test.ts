/**
 * More end-to-end coverage against kube-api + the simulated cluster: generators, labels and
 * annotations, patch, wait, logs -f, sorting and label columns, namespaces, exec/proxy hooks.
 */
import { describe, expect, it } from "vitest";
import { newScenario } from "@/server/cluster/scenarios/scenario-harness";
import { handleKubeRequest } from "@/server/kube-api/handle-kube-request";
import { inProcessTransport } from "@/server/shell/kube/in-process-transport";
import type { KubectlIO } from "./io";
import { runKubectl } from "./run-kubectl";

function harness() {
  const s = newScenario();
  const transport = inProcessTransport(s.cluster, handleKubeRequest);
  const hooks: string[] = [];
  async function kubectl(argv: string[] | string, opts: { abortAfter?: number } = {}) {
    let out = "";
    let err = "";
    const ctrl = new AbortController();
    const io: KubectlIO = {
      stdout: (x) => (out += x),
      stderr: (x) => (err += x),
      signal: ctrl.signal,
      env: {},
      transport,
      clock: s.clock,
      listenProxy: async (req) => {
        hooks.push(`proxy ${req.address}:${req.port}`);
        return { address: `${req.address}:${req.port}`, serve: async () => 0 };
      },
      portForward: async (req) => {
        hooks.push(`forward ${req.pod} ${JSON.stringify(req.ports)}`);
        return 0;
      },
    };
    let done = false;
    const p = runKubectl(typeof argv === "string" ? argv.split(" ") : argv, io).finally(() => (done = true));
    for (let i = 0; i < 120 && !done; i++) {
      for (let k = 0; k < 20 && !done; k++) await new Promise((r) => setImmediate(r));
      if (done) break;
      if (opts.abortAfter !== undefined && i >= opts.abortAfter) ctrl.abort();
      s.clock.advance(1000);
    }
    return { code: await p, out, err };
  }
  const advance = async (n: number) => {
    for (let i = 0; i < n; i++) {
      s.clock.advance(1000);
      await new Promise((r) => setImmediate(r));
    }
  };
  return { kubectl, advance, hooks };
}

describe("kubectl end to end, continued", () => {
  it("creates with the generators and reads back", async () => {
    const { kubectl, advance } = harness();
    await advance(5);
    expect((await kubectl("create namespace dev")).out).toBe("namespace/dev created\n");
    expect((await kubectl("create configmap app-config --from-literal=color=blue --from-literal=size=L")).out).toBe("configmap/app-config created\n");
    expect((await kubectl("create secret generic db --from-literal=password=s3cret")).out).toBe("secret/db created\n");
    expect((await kubectl("create service externalname ext --external-name=example.com")).out).toBe("service/ext created\n");
    expect((await kubectl("create deployment web -n dev --image=nginx --replicas=2 --port=80")).out).toBe("deployment.apps/web created\n");
    const cm = await kubectl(["get", "configmap", "app-config", "-o", "go-template={{.data.color}}"]);
    expect(cm.out).toBe("blue");
    const secret = await kubectl(["get", "secret", "db", "-o", "jsonpath={.data.password}"]);
    expect(Buffer.from(secret.out, "base64").toString()).toBe("s3cret");
    await advance(20);
    const devPods = await kubectl("get pods -n dev");
    expect(devPods.out.split("\n").filter(Boolean)).toHaveLength(3);
    const dry = await kubectl("create deployment x --image=nginx --dry-run=client -o yaml");
    expect(dry.out).toBe(
      "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: x\n  name: x\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: x\n  strategy: {}\n  template:\n    metadata:\n      creationTimestamp: null\n      labels:\n        app: x\n    spec:\n      containers:\n      - image: nginx\n        name: nginx\n        resources: {}\nstatus: {}\n",
    );
    const ns = await kubectl("describe namespace dev");
    expect(ns.out).toBe("Name:         dev\nLabels:       <none>\nAnnotations:  <none>\nStatus:       Active\n");
  });

  it("labels, annotates, patches and waits", async () => {
    const { kubectl, advance } = harness();
    await advance(5);
    await kubectl("run nginx --image=nginx --labels=app=web,tier=front");
    await kubectl("run redis --image=redis");
    const waited = await kubectl("wait --for=condition=Ready pod/nginx --timeout=60s");
    expect(waited).toEqual({ code: 0, out: "pod/nginx condition met\n", err: "" });
    expect((await kubectl("label pod nginx tier=back --overwrite")).out).toBe("pod/nginx labeled\n");
    expect((await kubectl("label pod nginx tier-")).out).toBe("pod/nginx labeled\n");
    expect((await kubectl("annotate pod nginx note=hello")).out).toBe("pod/nginx annotated\n");
    const cols = await kubectl("get pods -L app --sort-by=.metadata.name");
    expect(cols.out.split("\n")[0]).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE +APP$/);
    expect(cols.out.split("\n")[1]).toMatch(/^nginx +1\/1 +Running +0 +\S+ +web$/);
    expect(cols.out.split("\n")[2]).toMatch(/^redis /);
    const patched = await kubectl(["patch", "pod", "nginx", "-p", '{"metadata":{"labels":{"patched":"yes"}}}']);
    expect(patched.out).toBe("pod/nginx patched\n");
    const same = await kubectl(["patch", "pod", "nginx", "-p", '{"metadata":{"labels":{"patched":"yes"}}}']);
    expect(same.out).toBe("pod/nginx patched (no change)\n");
    const shown = await kubectl("get pod nginx --show-labels --no-headers");
    expect(shown.out).toMatch(/app=web,patched=yes,run=nginx|app=web,patched=yes\n/);
    const gone = await kubectl("delete pod redis --now");
    expect(gone.out).toBe('pod "redis" deleted\n');
    const waitDel = await kubectl("wait --for=delete pod/redis --timeout=5s");
    expect(waitDel.code).toBe(0);
  });

  it("follows logs until Ctrl-C and hands proxy/port-forward to the shell", async () => {
    const { kubectl, advance, hooks } = harness();
    await advance(5);
    await kubectl("create deployment hello --image=k8s.gcr.io/echoserver:1.4");
    await advance(20);
    const logs = await kubectl("logs -f deployment/hello", { abortAfter: 3 });
    expect(logs.code).toBe(130);
    const proxy = await kubectl("proxy --port=8080");
    expect(proxy.out).toBe("Starting to serve on 127.0.0.1:8080\n");
    const pf = await kubectl("port-forward deployment/hello 8080:8080");
    expect(pf.out).toBe("Forwarding from 127.0.0.1:8080 -> 8080\nForwarding from [::1]:8080 -> 8080\n");
    expect(hooks).toEqual(["proxy 127.0.0.1:8080", expect.stringMatching(/^forward hello-\S+ \[\{"local":8080,"remote":8080\}\]$/)]);
    const explain = await kubectl("explain deploy.spec.replicas");
    expect(explain.out).toContain("FIELD:    replicas <integer>");
  });
});
