/**
 * End to end: the simulated kubectl against the real kube-api and simulated cluster (FakeClock),
 * following the seed tutorial's commands (create, get, describe, logs, expose, label, scale, set image,
 * rollout status/undo, delete) and checking the outputs' shapes against real kubectl's.
 */
import { describe, expect, it } from "vitest";
import { newScenario, type Scenario } from "@/server/cluster/scenarios/scenario-harness";
import { handleKubeRequest } from "@/server/kube-api/handle-kube-request";
import { inProcessTransport } from "@/server/shell/kube/in-process-transport";
import type { KubectlIO } from "./io";
import { runKubectl } from "./run-kubectl";

interface Run {
  code: number;
  out: string;
  err: string;
}

function harness() {
  const s: Scenario = newScenario();
  const transport = inProcessTransport(s.cluster, handleKubeRequest);
  /** Runs kubectl, moving cluster time on in 1 s steps while the command waits. */
  async function kubectl(line: string, opts: { stdin?: string; maxSeconds?: number; abortAfter?: number } = {}): Promise<Run> {
    let out = "";
    let err = "";
    const ctrl = new AbortController();
    const io: KubectlIO = {
      stdout: (x) => (out += x),
      stderr: (x) => (err += x),
      stdin: opts.stdin,
      signal: ctrl.signal,
      env: {},
      transport,
      clock: s.clock,
    };
    let done = false;
    const p = runKubectl(line.split(" ").filter(Boolean), io).finally(() => (done = true));
    for (let i = 0; i < (opts.maxSeconds ?? 120) && !done; i++) {
      for (let k = 0; k < 20 && !done; k++) await new Promise((r) => setImmediate(r));
      if (done) break;
      if (opts.abortAfter !== undefined && i >= opts.abortAfter) ctrl.abort();
      s.clock.advance(1000);
    }
    const code = await p;
    return { code, out, err };
  }
  const advance = async (seconds: number) => {
    for (let i = 0; i < seconds; i++) {
      s.clock.advance(1000);
      await new Promise((r) => setImmediate(r));
    }
  };
  return { s, kubectl, advance };
}

describe("kubectl end to end (kube-api + simulated cluster)", () => {
  it("runs the seed tutorial", async () => {
    const { s, kubectl, advance } = harness();
    await advance(60);

    const nodes = await kubectl("get nodes");
    expect(nodes.err).toBe("");
    expect(nodes.out).toMatch(/^NAME       STATUS   ROLES                  AGE   VERSION\nminikube   Ready    control-plane,master   \S+\s+v1\.20\.2\n$/);

    const version = await kubectl("version");
    expect(version.out).toContain('Server Version: version.Info{Major:"1", Minor:"20", GitVersion:"v1.20.2"');

    const created = await kubectl("create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1");
    expect(created).toEqual({ code: 0, out: "deployment.apps/kubernetes-bootcamp created\n", err: "" });
    await advance(30);

    const deploys = await kubectl("get deployments");
    expect(deploys.out).toMatch(/^NAME                  READY   UP-TO-DATE   AVAILABLE   AGE\nkubernetes-bootcamp   1\/1     1            1           30s\n$/);

    const pods = await kubectl("get pods");
    expect(pods.out).toMatch(/^NAME +READY   STATUS    RESTARTS   AGE\nkubernetes-bootcamp-[a-z0-9]+-[a-z0-9]{5}   1\/1     Running   0          30s\n$/);
    const podName = pods.out.split("\n")[1].split(" ")[0];

    const describePods = await kubectl("describe pods");
    expect(describePods.err).toBe("");
    expect(describePods.out).toContain(`Name:         ${podName}\nNamespace:    default\nPriority:     0\nNode:         minikube/`);
    expect(describePods.out).toContain("Controlled By:  ReplicaSet/");
    expect(describePods.out).toMatch(/Events:\n  Type    Reason     Age   From               Message\n  ----    ------     ----  ----               -------\n  Normal  Scheduled  30s   default-scheduler  Successfully assigned default\//);

    const logs = await kubectl(`logs ${podName}`);
    expect(logs.code).toBe(0);
    expect(logs.out).toContain("Kubernetes Bootcamp App Started At:");

    const exposed = await kubectl("expose deployment/kubernetes-bootcamp --type=NodePort --port 8080");
    expect(exposed).toEqual({ code: 0, out: "service/kubernetes-bootcamp exposed\n", err: "" });
    const svcs = await kubectl("get services");
    expect(svcs.out).toMatch(/kubernetes-bootcamp   NodePort    10\.\d+\.\d+\.\d+ +<none>        8080:3\d{4}\/TCP/);

    const describeSvc = await kubectl("describe services/kubernetes-bootcamp");
    expect(describeSvc.out).toMatch(/^Name:                     kubernetes-bootcamp\nNamespace:                default\nLabels:                   app=kubernetes-bootcamp\nAnnotations:              <none>\nSelector:                 app=kubernetes-bootcamp\nType:                     NodePort\nIP Families:              <none>\n/);
    expect(describeSvc.out).toMatch(/Endpoints:                172\.\d+\.\d+\.\d+:8080\n/);

    const labeled = await kubectl(`label pods ${podName} version=v1`);
    expect(labeled.out).toBe(`pod/${podName} labeled\n`);
    const again = await kubectl(`label pods ${podName} version=v2`);
    expect(again).toEqual({ code: 1, out: "", err: "error: 'version' already has a value (v1), and --overwrite is false\n" });
    const byLabel = await kubectl("get pods -l version=v1");
    expect(byLabel.out.split("\n")[1]).toContain(podName);

    const deletedSvc = await kubectl("delete service -l app=kubernetes-bootcamp");
    expect(deletedSvc).toEqual({ code: 0, out: 'service "kubernetes-bootcamp" deleted\n', err: "" });

    const scaled = await kubectl("scale deployments/kubernetes-bootcamp --replicas=4");
    expect(scaled.out).toBe("deployment.apps/kubernetes-bootcamp scaled\n");
    const status = await kubectl("rollout status deployments/kubernetes-bootcamp");
    expect(status.code).toBe(0);
    expect(status.out.trimEnd().split("\n").at(-1)).toBe('deployment "kubernetes-bootcamp" successfully rolled out');
    const rs = await kubectl("get rs");
    expect(rs.out).toMatch(/kubernetes-bootcamp-[a-z0-9]+   4         4         4       /);

    const setImage = await kubectl("set image deployments/kubernetes-bootcamp kubernetes-bootcamp=jocatalin/kubernetes-bootcamp:v2");
    expect(setImage.out).toBe("deployment.apps/kubernetes-bootcamp image updated\n");
    const status2 = await kubectl("rollout status deployments/kubernetes-bootcamp");
    expect(status2.out).toContain("Waiting for deployment \"kubernetes-bootcamp\" rollout to finish:");
    expect(status2.out.trimEnd().split("\n").at(-1)).toBe('deployment "kubernetes-bootcamp" successfully rolled out');

    const history = await kubectl("rollout history deployment/kubernetes-bootcamp");
    expect(history.out).toBe("deployment.apps/kubernetes-bootcamp \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n");

    const undo = await kubectl("rollout undo deployments/kubernetes-bootcamp");
    expect(undo).toEqual({ code: 0, out: "deployment.apps/kubernetes-bootcamp rolled back\n", err: "" });
    const status3 = await kubectl("rollout status deployments/kubernetes-bootcamp");
    expect(status3.out.trimEnd().split("\n").at(-1)).toBe('deployment "kubernetes-bootcamp" successfully rolled out');
    const describeDeploy = await kubectl("describe deployment");
    expect(describeDeploy.out).toContain("Annotations:            deployment.kubernetes.io/revision: 3\n");
    expect(describeDeploy.out).toContain("    Image:        gcr.io/google-samples/kubernetes-bootcamp:v1\n");

    const delPod = await kubectl(`delete pod ${podName}`, { maxSeconds: 120 });
    expect(delPod.out).toBe(`pod "${podName}" deleted\n`);
    expect(delPod.code).toBe(0);

    const yaml = await kubectl("get deployment kubernetes-bootcamp -o yaml");
    expect(yaml.out).toMatch(/^apiVersion: apps\/v1\nkind: Deployment\nmetadata:\n  annotations:\n    deployment.kubernetes.io\/revision: "3"\n/);
    const jp = await kubectl("get pods -o jsonpath={.items[*].status.phase}");
    expect(jp.out.split(" ").every((p) => p === "Running" || p === "Pending")).toBe(true);
    expect(s.errors).toEqual([]);
  });

  it("applies, re-applies and deletes a manifest from stdin", async () => {
    const { kubectl, advance } = harness();
    await advance(5);
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
      "",
    ].join("\n");
    expect(await kubectl("apply -f -", { stdin: manifest })).toEqual({ code: 0, out: "deployment.apps/nginx-deployment created\n", err: "" });
    await advance(10);
    expect((await kubectl("apply -f -", { stdin: manifest })).out).toBe("deployment.apps/nginx-deployment unchanged\n");
    expect((await kubectl("apply -f -", { stdin: manifest.replace("replicas: 3", "replicas: 2") })).out).toBe("deployment.apps/nginx-deployment configured\n");
    const d = await kubectl("get deploy nginx-deployment -o jsonpath={.spec.replicas}");
    expect(d.out).toBe("2");
    const undoNone = await kubectl("rollout undo deployment/nginx-deployment");
    expect(undoNone).toEqual({ code: 1, out: "", err: 'error: no rollout history found for deployment "nginx-deployment"\n' });
    const del = await kubectl("delete -f -", { stdin: manifest });
    expect(del.out).toBe('deployment.apps "nginx-deployment" deleted\n');
  });

  it("reports errors as kubectl does", async () => {
    const { kubectl, advance } = harness();
    await advance(5);
    expect(await kubectl("get pod nosuchpod")).toEqual({ code: 1, out: "", err: 'Error from server (NotFound): pods "nosuchpod" not found\n' });
    expect(await kubectl("get foo")).toEqual({ code: 1, out: "", err: 'error: the server doesn\'t have a resource type "foo"\n' });
    expect(await kubectl("get pods")).toEqual({ code: 0, out: "", err: "No resources found in default namespace.\n" });
    await kubectl("create deployment hello-node --image=k8s.gcr.io/echoserver:1.4");
    expect(await kubectl("create deployment hello-node --image=k8s.gcr.io/echoserver:1.4")).toEqual({
      code: 1,
      out: "",
      err: 'error: failed to create deployment: deployments.apps "hello-node" already exists\n',
    });
    expect(await kubectl("logs nosuchpod")).toEqual({ code: 1, out: "", err: 'Error from server (NotFound): pods "nosuchpod" not found\n' });
    expect(await kubectl("delete pod nosuchpod")).toEqual({ code: 1, out: "", err: 'Error from server (NotFound): pods "nosuchpod" not found\n' });
    expect(await kubectl("describe deployment nosuch")).toEqual({ code: 1, out: "", err: 'Error from server (NotFound): deployments.apps "nosuch" not found\n' });
    const run = await kubectl("run nginx --image=nginx");
    expect(run.out).toBe("pod/nginx created\n");
    const all = await kubectl("get all");
    expect(all.out).toContain("pod/nginx");
    expect(all.out).toContain("service/kubernetes");
    expect(all.out).toContain("deployment.apps/hello-node");
  });
});
