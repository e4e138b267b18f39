import { describe, expect, it } from "vitest";
import { testSandbox, testSession, TEST_EPOCH } from "../shell/testing/test-sandbox";
import { clusterProvider, MemoryClusterStorage } from "./cluster-provider";
import { Sandbox } from "./sandbox";
import { SandboxManager } from "./sandbox-manager";
import type { SandboxState, SandboxStateStore } from "./sandbox-types";
import { VirtualClock } from "./virtual-clock";

class MemoryStateStore implements SandboxStateStore {
  readonly states = new Map<string, SandboxState>();
  async load(id: string) {
    return this.states.get(id) ?? null;
  }
  async save(id: string, state: SandboxState) {
    this.states.set(id, JSON.parse(JSON.stringify(state)));
  }
}

describe("sandbox", () => {
  it("has no cluster before minikube start and after minikube delete", async () => {
    const { sandbox } = testSandbox();
    expect(sandbox.minikube()).toBe("none");
    expect(await sandbox.runningCluster()).toBeNull();
    expect(await sandbox.startMinikube()).toBe("created");
    expect(await sandbox.runningCluster()).not.toBeNull();
    expect(await sandbox.fs.readFile("/home/student/.kube/config")).toContain("server: https://192.168.49.2:8443");
    expect(await sandbox.deleteMinikube()).toBe(true);
    expect(sandbox.minikube()).toBe("none");
    expect(await sandbox.runningCluster()).toBeNull();
    expect(await sandbox.fs.exists("/home/student/.kube/config")).toBe(false);
  });

  it("minikube stop clears kubectl's current context and minikube start sets it again", async () => {
    const { sandbox } = testSandbox();
    const t = testSession(sandbox);
    await t.run("minikube start");
    await t.run("minikube stop");
    expect(await sandbox.fs.readFile("/home/student/.kube/config")).toContain('current-context: ""');
    expect((await t.run("kubectl get pods")).out).toContain("The connection to the server localhost:8080 was refused");
    await t.run("minikube start");
    expect(await sandbox.fs.readFile("/home/student/.kube/config")).toContain("current-context: minikube");
    expect((await t.run("kubectl get pods")).out).toBe("No resources found in default namespace.\n");
  });

  it("minikube stop keeps the objects and freezes the cluster's time", async () => {
    const { sandbox, clock } = testSandbox();
    const t = testSession(sandbox);
    await t.run("minikube start");
    await t.run("kubectl create deployment web --image=nginx");
    const cluster = await sandbox.loadedCluster();
    const frozenAt = cluster!.clock.now();
    await t.run("minikube stop");
    expect(await sandbox.runningCluster()).toBeNull();
    (clock as VirtualClock).advance(3600_000);
    expect(cluster!.clock.now() - frozenAt).toBeLessThan(10_000);
    expect((await t.run("minikube start")).code).toBe(0);
    expect((await t.run("kubectl get deployments -o name")).out).toBe("deployment.apps/web\n");
  });

  it("remembers files, minikube state and the cluster across an eviction", async () => {
    const store = new MemoryStateStore();
    const storage = new MemoryClusterStorage();
    const clocks: VirtualClock[] = [];
    const manager = new SandboxManager({
      clusters: clusterProvider(storage),
      store,
      idleMs: 0,
      clockFactory: () => {
        const c = new VirtualClock(TEST_EPOCH);
        clocks.push(c);
        return c;
      },
    });
    const first = await manager.get("alice");
    expect(await manager.get("alice")).toBe(first);
    const t = testSession(first);
    await t.run("minikube start");
    await t.run("kubectl create deployment web --image=nginx");
    await t.run("echo 'apiVersion: v1' > pod.yaml");
    expect(await manager.evictIdle()).toBe(1);
    expect(manager.loadedIds()).toEqual([]);
    expect(store.states.get("alice")).toMatchObject({ minikube: "running", files: { "/home/student/pod.yaml": "apiVersion: v1\n" } });
    const second = await manager.get("alice");
    expect(second).not.toBe(first);
    const t2 = testSession(second);
    expect((await t2.run("cat pod.yaml; minikube status | grep host")).out).toBe("apiVersion: v1\nhost: Running\n");
    expect((await t2.run("kubectl get deployments -o name")).out).toBe("deployment.apps/web\n");
    await manager.close();
  });

  it("brings a stopped minikube back stopped, with its objects", async () => {
    const store = new MemoryStateStore();
    const manager = new SandboxManager({ clusters: clusterProvider(new MemoryClusterStorage()), store, idleMs: 0, clockFactory: () => new VirtualClock(TEST_EPOCH) });
    const t = testSession(await manager.get("carol"));
    await t.run("minikube start");
    await t.run("kubectl create deployment web --image=nginx");
    await t.run("minikube stop");
    await manager.evictIdle();
    const t2 = testSession(await manager.get("carol"));
    expect((await t2.run("minikube status")).code).toBe(7);
    await t2.run("minikube start");
    expect((await t2.run("kubectl get deployments -o name")).out).toBe("deployment.apps/web\n");
    await manager.close();
  });

  it("does not evict a sandbox with an open terminal", async () => {
    const manager = new SandboxManager({ clusters: clusterProvider(new MemoryClusterStorage()), idleMs: 0, clockFactory: () => new VirtualClock() });
    const sandbox = await manager.get("bob");
    const release = sandbox.attach();
    expect(await manager.evictIdle()).toBe(0);
    release();
    expect(await manager.evictIdle()).toBe(1);
  });

  it("reports commands to the history sink", async () => {
    const records: unknown[] = [];
    const sandbox = new Sandbox({ id: "s", clock: new VirtualClock(), clusters: clusterProvider(new MemoryClusterStorage()), history: { onCommand: (r) => records.push(r) } });
    await testSession(sandbox, "t1").run("echo hi");
    expect(records).toEqual([expect.objectContaining({ sandboxId: "s", tabId: "t1", command: "echo hi", exitCode: 0, output: "hi\n" })]);
  });
});
