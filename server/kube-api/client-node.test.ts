/**
 * @kubernetes/client-node v1 (the library a student's scripts would use) against a served sandbox:
 * list, create, patch, delete, watch and logs over HTTP.
 */
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppsV1Api, CoreV1Api, KubeConfig, Log, PatchStrategy, Watch, setHeaderOptions, type V1Deployment } from "@kubernetes/client-node";
import { serveSandbox, type ServedSandbox } from "@/server/cli/serve-sandbox";

let served: ServedSandbox;
let kc: KubeConfig;

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const deployment: V1Deployment = {
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "hello-node", labels: { app: "hello-node" } },
  spec: {
    replicas: 1,
    selector: { matchLabels: { app: "hello-node" } },
    template: { metadata: { labels: { app: "hello-node" } }, spec: { containers: [{ name: "echoserver", image: "k8s.gcr.io/echoserver:1.4" }] } },
  },
};

describe("@kubernetes/client-node against a served sandbox", () => {
  beforeAll(async () => {
    served = await serveSandbox("127.0.0.1", 0, { speed: 20, untilSigint: false });
    kc = new KubeConfig();
    kc.loadFromOptions({
      clusters: [{ name: "minikube", server: served.url, skipTLSVerify: true }],
      users: [{ name: "student" }],
      contexts: [{ name: "minikube", cluster: "minikube", user: "student", namespace: "default" }],
      currentContext: "minikube",
    });
  });
  afterAll(async () => {
    await served?.close();
  });

  it("lists namespaces and system pods", async () => {
    const core = kc.makeApiClient(CoreV1Api);
    const ns = await core.listNamespace();
    expect(ns.items.map((n) => n.metadata?.name).sort()).toEqual(["default", "kube-node-lease", "kube-public", "kube-system"]);
    const pods = await core.listNamespacedPod({ namespace: "kube-system" });
    expect(pods.items.some((p) => p.metadata?.name?.startsWith("coredns-74ff55c5b-"))).toBe(true);
  });

  it("creates, patches and watches a deployment, reads its pod's logs, deletes it", async () => {
    const apps = kc.makeApiClient(AppsV1Api);
    const core = kc.makeApiClient(CoreV1Api);
    const created = await apps.createNamespacedDeployment({ namespace: "default", body: deployment });
    expect(created.metadata?.uid).toBeTruthy();

    const events: string[] = [];
    const watch = new Watch(kc);
    const ctl = await watch.watch(
      "/apis/apps/v1/namespaces/default/deployments",
      { resourceVersion: created.metadata?.resourceVersion },
      (type, obj) => events.push(`${type} ${obj.metadata.name} ${obj.spec.replicas}`),
      () => {},
    );

    const patched = await apps.patchNamespacedDeployment(
      { name: "hello-node", namespace: "default", body: { spec: { replicas: 2 } } },
      setHeaderOptions("Content-Type", PatchStrategy.MergePatch),
    );
    expect(patched.spec?.replicas).toBe(2);
    await until(async () => events.some((e) => e === "MODIFIED hello-node 2"), "the watch to see the patch");
    ctl.abort();

    await until(async () => (await apps.readNamespacedDeployment({ name: "hello-node", namespace: "default" })).status?.availableReplicas === 2, "2 available");
    const pods = await core.listNamespacedPod({ namespace: "default", labelSelector: "app=hello-node" });
    expect(pods.items).toHaveLength(2);
    const name = pods.items[0].metadata!.name!;
    const text = await core.readNamespacedPodLog({ name, namespace: "default" });
    expect(typeof text).toBe("string");
    let streamed = "";
    const sink = new Writable({
      write(chunk, _enc, cb) {
        streamed += chunk.toString();
        cb();
      },
    });
    await new Log(kc).log("default", name, "echoserver", sink, { follow: false });
    await until(async () => streamed === text, "the streamed log");

    await apps.deleteNamespacedDeployment({ name: "hello-node", namespace: "default" });
    await expect(apps.readNamespacedDeployment({ name: "hello-node", namespace: "default" })).rejects.toMatchObject({ code: 404 });
  });
});
