import { describe, expect, it } from "vitest";
import { checkSchema, type CheckInput } from "../check-schema";
import { runCheck } from "../run-check";
import { fakeCluster, readyPod } from "../testing/fake-cluster";
import type { CommandRecord } from "../types";

const check = (c: CheckInput) => checkSchema.parse(c);
const rec = (command: string, exitCode = 0, output = "", extra: Partial<CommandRecord> = {}): CommandRecord => ({ command, exitCode, output, ...extra });
const hello = (pod: string, v = 1) => `Hello Kubernetes bootcamp! | Running on: ${pod} | v=${v}\n`;

describe("commandRan", () => {
  const getNodes = check({ type: "commandRan", pattern: "^kubectl\\s+get\\s+(nodes?|no)\\b", example: "kubectl get nodes" });

  it("passes for a matching successful command", () => {
    expect(runCheck(getNodes, { cluster: null, history: [rec("kubectl get nodes")] }).ok).toBe(true);
    expect(runCheck(getNodes, { cluster: null, history: [rec("kubectl get no -o wide")] }).ok).toBe(true);
  });

  it("a failed command does not count, and the reason quotes it", () => {
    const r = runCheck(getNodes, { cluster: null, history: [rec("kubectl get nodes", 1, "The connection to the server was refused")] });
    expect(r.ok).toBe(false);
    expect(r.reasons[0]?.en).toBe("`kubectl get nodes` failed (exit code 1); read its error message and try again.");
  });

  it("suggests the example when nothing matched", () => {
    const r = runCheck(getNodes, { cluster: null, history: [rec("kubectl get pods")] });
    expect(r.reasons).toEqual([{ en: "Run `kubectl get nodes`.", "zh-CN": "请执行 `kubectl get nodes`。" }]);
  });

  it("honours minTimes, succeeded: false and after", () => {
    const twice = check({ type: "commandRan", pattern: "curl", minTimes: 2 });
    expect(runCheck(twice, { cluster: null, history: [rec("curl a")] }).ok).toBe(false);
    expect(runCheck(twice, { cluster: null, history: [rec("curl a"), rec("curl b")] }).ok).toBe(true);

    const failsAfterDelete = check({ type: "commandRan", pattern: "^curl", succeeded: false, after: "kubectl delete (service|svc)" });
    const earlyFailure = [rec("curl $(minikube ip):$NODE_PORT", 7), rec("kubectl delete service -l app=kubernetes-bootcamp")];
    expect(runCheck(failsAfterDelete, { cluster: null, history: earlyFailure }).ok).toBe(false);
    expect(runCheck(failsAfterDelete, { cluster: null, history: [...earlyFailure, rec("curl $(minikube ip):$NODE_PORT")] }).ok).toBe(false);
    expect(runCheck(failsAfterDelete, { cluster: null, history: [...earlyFailure, rec("curl $(minikube ip):$NODE_PORT", 7)] }).ok).toBe(true);
  });

  it("tells host and pod shells apart when the shell says where a line ran", () => {
    const inPod = check({ type: "commandRan", pattern: "^cat server\\.js", insidePod: true });
    expect(runCheck(inPod, { cluster: null, history: [rec("cat server.js", 1, "", { shell: "host" })] }).ok).toBe(false);
    const r = runCheck(inPod, { cluster: null, history: [rec("cat server.js", 0, "", { shell: "host" })] });
    expect(r.reasons.some((x) => x.en.includes("inside the pod's shell"))).toBe(true);
    expect(runCheck(inPod, { cluster: null, history: [rec("cat server.js", 0, "", { shell: "default/p" })] }).ok).toBe(true);
    expect(runCheck(inPod, { cluster: null, history: [rec("cat server.js")] }).ok).toBe(true);
  });
});

describe("outputShowed", () => {
  it("matches output, even of a failed command, optionally only from some commands", () => {
    const c = check({ type: "outputShowed", pattern: "ImagePullBackOff|ErrImagePull", commandPattern: "kubectl (get|describe) pods?" });
    expect(runCheck(c, { cluster: null, history: [rec("kubectl get pods", 0, "NAME READY STATUS\nx 1/1 Running")] }).ok).toBe(false);
    expect(runCheck(c, { cluster: null, history: [rec("echo ImagePullBackOff", 0, "ImagePullBackOff")] }).ok).toBe(false);
    expect(runCheck(c, { cluster: null, history: [rec("kubectl get pods", 0, "x 0/1 ImagePullBackOff 0 1m")] }).ok).toBe(true);
    const refused = check({ type: "outputShowed", pattern: "Connection refused|Failed to connect" });
    expect(runCheck(refused, { cluster: null, history: [rec("curl 192.168.49.2:31006", 7, "curl: (7) Failed to connect to 192.168.49.2 port 31006: Connection refused")] }).ok).toBe(true);
  });

  it("says whether the command ran at all", () => {
    const c = check({ type: "outputShowed", pattern: "v=2", commandPattern: "curl", example: "curl $(minikube ip):$NODE_PORT" });
    expect(runCheck(c, { cluster: null, history: [] }).reasons[0]?.en).toBe("Run `curl $(minikube ip):$NODE_PORT`.");
    expect(runCheck(c, { cluster: null, history: [rec("curl x", 0, hello("p", 1))] }).reasons[0]?.en).toContain("did not show");
  });
});

describe("curlReached", () => {
  it("recognises the route from the command line and the answering pod from the reply", () => {
    const nodeport = check({ type: "curlReached", via: "nodeport" });
    expect(runCheck(nodeport, { cluster: null, history: [rec("curl $(minikube ip):$NODE_PORT", 0, hello("p1"))] }).ok).toBe(true);
    expect(runCheck(nodeport, { cluster: null, history: [rec("curl 192.168.49.2:31006", 0, hello("p1"))] }).ok).toBe(true);
    expect(runCheck(nodeport, { cluster: null, history: [rec("curl 10.96.12.4:8080", 0, hello("p1"))] }).ok).toBe(false);
    const service = check({ type: "curlReached", via: "service" });
    expect(runCheck(service, { cluster: null, history: [rec("curl 10.96.12.4:8080", 0, hello("p1"))] }).ok).toBe(true);
    const proxy = check({ type: "curlReached", via: "proxy" });
    expect(runCheck(proxy, { cluster: null, history: [rec("curl http://localhost:8001/version", 0, '{"major": "1"}')] }).ok).toBe(true);
    const pod = check({ type: "curlReached", via: "pod" });
    expect(runCheck(pod, { cluster: null, history: [rec("kubectl exec -ti $POD_NAME -- curl localhost:8080", 0, hello("p1"))] }).ok).toBe(true);
    expect(runCheck(pod, { cluster: null, history: [rec("curl localhost:8080", 0, hello("p1"), { shell: "default/p1" })] }).ok).toBe(true);
    expect(runCheck(pod, { cluster: null, history: [rec("curl localhost:8080", 7, "curl: (7) Failed to connect", { shell: "host" })] }).ok).toBe(false);
  });

  it("a failed curl does not count", () => {
    const r = runCheck(check({ type: "curlReached", via: "nodeport" }), {
      cluster: null,
      history: [rec("curl $(minikube ip):$NODE_PORT", 7, "curl: (7) Failed to connect to 192.168.49.2 port 31006: Connection refused")],
    });
    expect(r.ok).toBe(false);
    expect(r.reasons[0]?.en).toContain("did not get an answer");
  });

  it("a proxy answer that is a Kubernetes error does not count", () => {
    const notFound = '{\n  "kind": "Status",\n  "status": "Failure",\n  "reason": "NotFound",\n  "code": 404\n}';
    const c = check({ type: "curlReached", via: "proxy" });
    expect(runCheck(c, { cluster: null, history: [rec("curl http://localhost:8001/api/v1/namespaces/default/pods/nope/proxy/", 0, notFound)] }).ok).toBe(false);
  });

  it("checks the answering pod against podSelector in the cluster", () => {
    const cluster = fakeCluster();
    cluster.store.create("pods", "default", readyPod("kb-1", { app: "kubernetes-bootcamp" }));
    const c = check({ type: "curlReached", via: "proxy", podSelector: "app=kubernetes-bootcamp" });
    const url = "curl http://localhost:8001/api/v1/namespaces/default/pods/$POD_NAME/proxy/";
    expect(runCheck(c, { cluster, history: [rec(url, 0, hello("kb-1"))] }).ok).toBe(true);
    expect(runCheck(c, { cluster, history: [rec(url, 0, hello("other-pod"))] }).ok).toBe(false);
    expect(runCheck(c, { cluster, history: [rec("curl http://localhost:8001/version", 0, "{}")] }).ok).toBe(false);
  });

  it("distinctPods needs answers from that many different pods; responsePattern filters answers", () => {
    const spread = check({ type: "curlReached", via: "nodeport", distinctPods: 2 });
    const same = [rec("curl $(minikube ip):$NODE_PORT", 0, hello("a")), rec("curl $(minikube ip):$NODE_PORT", 0, hello("a"))];
    const r = runCheck(spread, { cluster: null, history: same });
    expect(r.ok).toBe(false);
    expect(r.reasons[0]?.en).toContain("from 1 different pod(s); the step needs 2");
    expect(runCheck(spread, { cluster: null, history: [...same, rec("curl $(minikube ip):$NODE_PORT", 0, hello("b"))] }).ok).toBe(true);

    const v2 = check({ type: "curlReached", via: "nodeport", responsePattern: "v=2" });
    expect(runCheck(v2, { cluster: null, history: same }).ok).toBe(false);
    expect(runCheck(v2, { cluster: null, history: [rec("curl $(minikube ip):$NODE_PORT", 0, hello("c", 2))] }).ok).toBe(true);
  });

  it("counts every answer of a curl loop", () => {
    const loop = rec("for i in 1 2 3 4; do curl -s $(minikube ip):$NODE_PORT; done", 0, hello("a") + hello("b") + hello("c") + hello("a"));
    const c = check({ type: "curlReached", via: "nodeport", distinctPods: 3, minTimes: 4 });
    expect(runCheck(c, { cluster: null, history: [loop] }).ok).toBe(true);
  });

  it("uses the shell's request traces when present", () => {
    const c = check({ type: "curlReached", via: "service", distinctPods: 1 });
    const traced = rec("curl kubernetes-bootcamp:8080", 0, "whatever", {
      requests: [{ via: "service", url: "http://kubernetes-bootcamp:8080/", status: 200, pod: { namespace: "default", name: "a" } }],
    });
    expect(runCheck(c, { cluster: null, history: [traced] }).ok).toBe(true);
  });
});
