/**
 * Real kubectl v1.20.2 (Debian's build, the one the fixtures were recorded with) against a sandbox served
 * on 127.0.0.1: outputs compared with testdata/outputs byte for byte once ages, generated names and
 * allocated addresses are normalised. Skipped, with the reason, only when apt cannot fetch the binary.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveSandbox, type ServedSandbox } from "@/server/cli/serve-sandbox";
import { kubectl1202 } from "./testing/kubectl-binary";
import { KubectlRunner, normalise, type KubectlResult } from "./testing/kubectl-runner";
import { isRolloutStatusLine, NGINX_DEPLOYMENT } from "./testing/kubectl-scenario";

const binary = await kubectl1202();
if ("skip" in binary) console.warn(`kubectl-compat: skipped: ${binary.skip}`);
const outputs = path.join(import.meta.dirname, "testdata", "outputs");
const fixture = (name: string) => readFileSync(path.join(outputs, name), "utf8");

let served: ServedSandbox;
let k: KubectlRunner;

async function kubectl(...args: string[]): Promise<KubectlResult> {
  return k.run(args);
}

/** Compares stdout (and stderr, when the fixture has one) with a recorded output after normalising. */
function expectLike(r: KubectlResult, name: string, opts: { sortLines?: boolean } = {}): void {
  const prep = (s: string) => {
    const n = normalise(s);
    return opts.sortLines ? n.split("\n").sort().join("\n") : n;
  };
  expect(prep(r.stdout)).toBe(prep(fixture(`${name}.stdout`)));
  let stderr = "";
  try {
    stderr = fixture(`${name}.stderr`);
  } catch {
    // no stderr recorded: none expected
  }
  expect(r.stderr).toBe(stderr);
}

/** Polls the served cluster's store until `check` holds (simulated time runs 20× faster). */
async function until(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function deploymentReady(name: string, replicas: number): boolean {
  try {
    const d = served.cluster!.store.get("deployments.apps", "default", name);
    const s = d.status ?? {};
    return (
      (d.metadata.generation ?? 0) <= (s.observedGeneration ?? 0) &&
      s.updatedReplicas === replicas && s.availableReplicas === replicas && s.replicas === replicas
    );
  } catch {
    return false;
  }
}

function podNames(prefix: string): string[] {
  return served.cluster!.store.list("pods", "default").items.map((p) => p.metadata.name!).filter((n) => n.startsWith(prefix)).sort();
}

describe.skipIf("skip" in binary)("kubectl v1.20.2 against a served sandbox", () => {
  beforeAll(async () => {
    served = await serveSandbox("127.0.0.1", 0, { speed: 20, untilSigint: false });
    k = new KubectlRunner((binary as { path: string }).path, served.url);
  });
  afterAll(async () => {
    k?.dispose();
    await served?.close();
  });

  it("version: the Debian client and minikube's server", async () => {
    const r = await kubectl("version");
    const [client] = fixture("version.stdout").split("\n");
    expect(r.stdout).toBe(
      `${client}\nServer Version: version.Info{Major:"1", Minor:"20", GitVersion:"v1.20.2", GitCommit:"faecb196815e248d3ecfb03c680a4507229c2a56", GitTreeState:"clean", BuildDate:"2021-01-13T13:20:00Z", GoVersion:"go1.15.5", Compiler:"gc", Platform:"linux/amd64"}\n`,
    );
  });

  it("cluster-info", async () => {
    const r = await kubectl("cluster-info");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`is running at \u001b[0;33m${served.url}\u001b[0m`);
    expect(r.stdout).toContain(`${served.url}/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy`);
  });

  it("get nodes -o wide, get namespaces, an empty get pods", async () => {
    expectLike(await kubectl("get", "nodes", "-o", "wide"), "getnodeswide");
    expectLike(await kubectl("get", "namespaces"), "getns");
    expectLike(await kubectl("get", "pods"), "getpods_cold");
  });

  it("create deployment, and AlreadyExists the second time", async () => {
    expectLike(await kubectl("create", "deployment", "hello-node", "--image=k8s.gcr.io/echoserver:1.4"), "create_deploy");
    const again = await kubectl("create", "deployment", "hello-node", "--image=k8s.gcr.io/echoserver:1.4");
    expect(again.code).toBe(1);
    expectLike(again, "create409");
    await until(() => deploymentReady("hello-node", 1), "hello-node to be available");
  });

  it("get deployments, pods (plain and wide) and replica sets", async () => {
    expectLike(await kubectl("get", "deployments"), "getdeploy1");
    expectLike(await kubectl("get", "pods"), "getpods1");
    expectLike(await kubectl("get", "pods", "-o", "wide"), "getpodswide1");
    expectLike(await kubectl("get", "rs", "-o", "wide"), "getrs1");
  });

  it("get -o yaml and -o json", async () => {
    const yaml = await kubectl("get", "deployment", "hello-node", "-o", "yaml");
    expect(yaml.stdout.startsWith("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  annotations:\n    deployment.kubernetes.io/revision: \"1\"\n")).toBe(true);
    const json = JSON.parse((await kubectl("get", "pods", "-o", "json")).stdout);
    expect(json).toMatchObject({ apiVersion: "v1", kind: "List" });
    expect(json.items[0]).toMatchObject({ apiVersion: "v1", kind: "Pod", status: { phase: "Running" } });
  });

  it("expose and get services", async () => {
    expectLike(await kubectl("expose", "deployment", "hello-node", "--type=NodePort", "--port", "8080"), "expose");
    expectLike(await kubectl("get", "services"), "getsvc");
    expectLike(await kubectl("get", "services", "-o", "wide"), "getsvcwide");
  });

  it("scale to 3, get pods and endpoints", async () => {
    expectLike(await kubectl("scale", "deployment", "hello-node", "--replicas=3"), "scale");
    await until(() => deploymentReady("hello-node", 3), "3 available replicas");
    expectLike(await kubectl("get", "pods"), "getpods2");
    await until(() => (served.cluster!.store.get("endpoints", "default", "hello-node") as { subsets?: { addresses?: unknown[] }[] }).subsets?.[0]?.addresses?.length === 3, "3 endpoints");
    expectLike(await kubectl("get", "endpoints"), "getendpoints", { sortLines: true });
  });

  it("label, get -l, --show-labels", async () => {
    const first = podNames("hello-node-")[0];
    expectLike(await kubectl("label", "pods", first, "version=v1"), "label");
    expectLike(await kubectl("get", "pods", "-l", "version=v1"), "getpods_l");
    expectLike(await kubectl("get", "pods", "--show-labels"), "getpodslabels", { sortLines: true });
  });

  it("describe pod, deployment, service and node", async () => {
    for (const [args, name] of [
      [["describe", "pods", podNames("hello-node-")[0]], "describepod1"],
      [["describe", "deployment", "hello-node"], "describedeploy"],
      [["describe", "services", "hello-node"], "describesvc"],
      [["describe", "nodes", "minikube"], "describenode"],
    ] as const) {
      const r = await kubectl(...args);
      expect(r.code, name).toBe(0);
      // The top block (up to the first list) is the same shape as recorded.
      const head = (s: string) => normalise(s).split("\n").slice(0, 3).join("\n");
      expect(head(r.stdout), name).toBe(head(fixture(`${name}.stdout`)));
    }
    // The service's state matches the recording's (3 endpoints), so all of it compares.
    expect(normalise((await kubectl("describe", "services", "hello-node")).stdout)).toBe(normalise(fixture("describesvc.stdout")));
  });

  it("set image, rollout status, get rs", async () => {
    expectLike(await kubectl("set", "image", "deployment/hello-node", "echoserver=k8s.gcr.io/echoserver:1.10"), "setimage");
    const status = await kubectl("rollout", "status", "deployment/hello-node");
    expect(status.code).toBe(0);
    const lines = status.stdout.trimEnd().split("\n");
    expect(lines.every((l) => isRolloutStatusLine(l, "hello-node")), status.stdout).toBe(true);
    expect(lines.at(-1)).toBe('deployment "hello-node" successfully rolled out');
    await until(() => deploymentReady("hello-node", 3) && podNames("hello-node-").length === 3, "the old pods to go");
    expectLike(await kubectl("get", "rs"), "getrs2");
  });

  it("rollout history and undo", async () => {
    const history = await kubectl("rollout", "history", "deployment/hello-node");
    expect(history.stdout).toBe("deployment.apps/hello-node \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n");
    expectLike(await kubectl("rollout", "undo", "deployment/hello-node"), "undo");
    expect((await kubectl("rollout", "status", "deployment/hello-node")).code).toBe(0);
    await until(() => deploymentReady("hello-node", 3) && podNames("hello-node-").length === 3, "the undone rollout");
    expectLike(await kubectl("get", "rs", "-o", "wide"), "getrs3");
  });

  it("get all", async () => {
    expectLike(await kubectl("get", "all"), "getall");
  });

  it("logs", async () => {
    const r = await kubectl("logs", podNames("hello-node-")[0]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expectLike(await kubectl("logs", "nosuchpod"), "logs404");
  });

  it("get pods -w prints the table, then a row per change", async () => {
    const watching = k.run(["get", "pods", "-w"], 5000);
    await new Promise((r) => setTimeout(r, 800));
    const store = served.cluster!.store;
    const victim = podNames("hello-node-")[0];
    const d = store.get("deployments.apps", "default", "hello-node");
    store.update("deployments.apps", { ...d, spec: { ...d.spec, replicas: 4 } });
    store.delete("pods", "default", victim, {});
    const r = await watching;
    expect(r.code).not.toBe(0); // ended by the timeout, as `timeout 5 kubectl get pods -w`
    const lines = r.stdout.trimEnd().split("\n");
    expect(normalise(lines[0])).toBe(normalise("NAME                          READY   STATUS    RESTARTS   AGE"));
    const rows = lines.slice(1).map((l) => l.split(/ +/));
    expect(rows.slice(0, 3).map((c) => c[2])).toEqual(["Running", "Running", "Running"]);
    const later = rows.slice(3);
    expect(later.some((c) => c[0] === victim && c[2] === "Terminating")).toBe(true);
    const added = later.filter((c) => c[0] !== victim).map((c) => c[2]);
    expect(added[0]).toBe("Pending");
    expect(added).toContain("Running");
    const back = store.get("deployments.apps", "default", "hello-node");
    store.update("deployments.apps", { ...back, spec: { ...back.spec, replicas: 3 } });
    await until(() => deploymentReady("hello-node", 3) && podNames("hello-node-").length === 3, "3 pods again");
  });

  it("get events", async () => {
    const r = await kubectl("get", "events");
    expect(r.stdout.split("\n")[0]).toMatch(/^LAST SEEN +TYPE +REASON +OBJECT +MESSAGE$/);
    expect(r.stdout).toMatch(/Normal +ScalingReplicaSet +deployment\/hello-node +Scaled up replica set hello-node-7567d9fdc9 to 1/);
  });

  it("delete service -l, then nothing matches", async () => {
    expectLike(await kubectl("delete", "service", "-l", "app=hello-node"), "deletesvc");
    expectLike(await kubectl("get", "services", "-l", "app=hello-node"), "getsvcnone");
  });

  it("apply -f creates, then leaves unchanged; undo without history fails", async () => {
    const file = k.file("nginx-deployment.yaml", NGINX_DEPLOYMENT);
    expectLike(await kubectl("apply", "-f", file), "applyf");
    const again = await kubectl("apply", "-f", file);
    expect(again.stdout).toBe("deployment.apps/nginx-deployment unchanged\n");
    // A changed file goes out as a strategic merge patch with $setElementOrder and last-applied.
    const changed = k.file("nginx-deployment.yaml", NGINX_DEPLOYMENT.replace("nginx:1.14.2", "nginx:1.16.1").replace("replicas: 3", "replicas: 2"));
    expect((await kubectl("apply", "-f", changed)).stdout).toBe("deployment.apps/nginx-deployment configured\n");
    const live = served.cluster!.store.get("deployments.apps", "default", "nginx-deployment");
    expect(live.spec.replicas).toBe(2);
    expect(live.spec.template.spec.containers).toMatchObject([{ name: "nginx", image: "nginx:1.16.1", ports: [{ containerPort: 80 }] }]);
    await until(() => deploymentReady("nginx-deployment", 2), "nginx-deployment rolled out");
    const fresh = k.file("other.yaml", NGINX_DEPLOYMENT.replace(/nginx-deployment/g, "other"));
    await kubectl("apply", "-f", fresh);
    const undo = await kubectl("rollout", "undo", "deployment/other");
    expect(undo.code).toBe(1);
    expect(undo.stderr).toBe(fixture("rollout_undo_none.stderr").replace("nginx-deployment", "other"));
  });

  it("run a pod, reach it through the API server proxy; exec is refused clearly", async () => {
    expectLike(await kubectl("run", "nginx", "--image=nginx"), "run");
    await until(() => served.cluster!.store.get("pods", "default", "nginx").status?.phase === "Running", "nginx to run");
    const page = await kubectl("get", "--raw", "/api/v1/namespaces/default/pods/nginx:80/proxy/");
    expect(page.stdout).toContain("<title>Welcome to nginx!</title>");
    const exec = await kubectl("exec", "nginx", "--", "ls");
    expect(exec.code).toBe(1);
    expect(exec.stderr).toMatch(/^Error from server \(BadRequest\): exec is not supported by this sandbox yet: .*streaming \(SPDY\/websocket\)/);
  });

  it("an image that cannot be pulled: ImagePullBackOff, and logs refused by the kubelet", async () => {
    await kubectl("create", "deployment", "badimg", "--image=nginx:doesnotexist");
    const reason = () => {
      const pod = served.cluster!.store.list("pods", "default", { labelSelector: "app=badimg" }).items[0];
      return pod?.status?.containerStatuses?.[0]?.state?.waiting?.reason;
    };
    await until(() => reason() === "ImagePullBackOff", "ImagePullBackOff");
    expectLike(await kubectl("get", "pods", "-l", "app=badimg"), "getpods_bad");
    const pod = podNames("badimg-")[0];
    const logs = await kubectl("logs", pod);
    expect(logs.code).toBe(1);
    expect(logs.stderr).toMatch(
      new RegExp(`^Error from server \\(BadRequest\\): container "nginx" in pod "${pod}" is waiting to start: (trying and failing to pull image|image can't be pulled)\n$`),
    );
    await kubectl("delete", "deployment", "badimg");
  });

  it("NotFound and unknown-resource errors", async () => {
    expectLike(await kubectl("get", "pods", "nosuchpod"), "get404");
    expectLike(await kubectl("describe", "pods", "nosuchpod"), "describe404");
    expectLike(await kubectl("delete", "pod", "nosuchpod"), "delete404");
    expectLike(await kubectl("get", "deployment", "nosuch"), "deploy404");
    expectLike(await kubectl("get", "foo"), "getfoo");
  });

  it("delete pod waits for the graceful deletion; delete deployment", async () => {
    const victim = podNames("hello-node-")[0];
    const r = await k.run(["delete", "pod", victim], 60_000);
    expect(normalise(r.stdout)).toBe(normalise(fixture("deletepod.stdout")));
    const d = await kubectl("delete", "deployment", "hello-node");
    expect(d.stdout).toBe('deployment.apps "hello-node" deleted\n');
  });
});
