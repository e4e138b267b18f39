/**
 * The simulated kubelet through whole pods (`kubectl run`): pulls, back-off, crash loops, termination
 * and logs, on a FakeClock.
 */
import { describe, expect, it } from "vitest";
import { eventsOf, newScenario, podStatusColumn, type Scenario } from "../scenarios/scenario-harness";
import type { KubeObject } from "../types";

function run(s: Scenario, name: string, image: string, extra: Record<string, unknown> = {}): KubeObject {
  return s.cluster.store.create("pods", "default", {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, labels: { run: name } },
    spec: { containers: [{ name, image, resources: {}, ...extra }], restartPolicy: "Always", dnsPolicy: "ClusterFirst" },
  });
}

const get = (s: Scenario, name: string) => s.cluster.store.get("pods", "default", name);

describe("kubelet", () => {
  it("pulls, creates and starts a container with docker-like IDs", () => {
    const s = newScenario();
    run(s, "web", "nginx");
    s.clock.advance(500);
    expect(podStatusColumn(get(s, "web"))).toBe("ContainerCreating");
    expect(get(s, "web").status.containerStatuses[0]).toEqual({ name: "web", state: { waiting: { reason: "ContainerCreating" } }, lastState: {}, ready: false, restartCount: 0, image: "nginx", imageID: "", started: false });
    s.clock.advance(10_000);
    const pod = get(s, "web");
    expect(pod.status.phase).toBe("Running");
    const cs = pod.status.containerStatuses[0];
    expect(cs.containerID).toMatch(/^docker:\/\/[0-9a-f]{64}$/);
    expect(cs.imageID).toMatch(/^docker-pullable:\/\/nginx@sha256:[0-9a-f]{64}$/);
    expect(cs.image).toBe("nginx:latest");
    expect(pod.status.conditions.map((c: { type: string; status: string }) => `${c.type}=${c.status}`)).toEqual(["Initialized=True", "Ready=True", "ContainersReady=True", "PodScheduled=True"]);
    expect(s.cluster.logs.read("default", "web", {})).toContain("Configuration complete; ready for start up");
  });

  it("backs off pulling a missing image: 10s, 20s, 40s … and reports it like the real kubelet", () => {
    const s = newScenario();
    run(s, "bad", "nginx:doesnotexist");
    s.clock.advance(3000);
    const pod = get(s, "bad");
    expect(podStatusColumn(pod)).toBe("ErrImagePull");
    expect(pod.status.phase).toBe("Pending");
    expect(pod.status.conditions[1]).toMatchObject({ type: "Ready", status: "False", reason: "ContainersNotReady", message: "containers with unready status: [bad]" });
    expect(eventsOf(s, pod).slice(1)).toEqual([
      'Normal Pulling Pulling image "nginx:doesnotexist"',
      'Warning Failed Failed to pull image "nginx:doesnotexist": rpc error: code = Unknown desc = Error response from daemon: manifest for nginx:doesnotexist not found: manifest unknown: manifest unknown',
      "Warning Failed Error: ErrImagePull",
    ]);
    expect(() => s.cluster.logs.read("default", "bad", {})).toThrow('container "bad" in pod "bad" is waiting to start: image can\'t be pulled');
    const seen = new Set<string>();
    for (let t = 0; t < 330; t++) {
      s.clock.advance(1000);
      seen.add(podStatusColumn(get(s, "bad")));
    }
    expect([...seen].sort()).toEqual(["ErrImagePull", "ImagePullBackOff"]);
    const pulls = eventsOf(s, get(s, "bad")).find((e) => e.includes("Pulling image"))!;
    // Each retry waits for the first pod-worker re-sync (10–15 s apart, jittered) after its back-off:
    // about 10-15, 35-45, 80-95, 170-190 and 340+ s, so four or five pulls in 330 s.
    const count = Number(/\(x(\d+)\)$/.exec(pulls)![1]);
    expect(count).toBeGreaterThanOrEqual(4);
    expect(count).toBeLessThanOrEqual(5);
  });

  it("restarts a container that exits, then backs off (Completed → CrashLoopBackOff)", () => {
    const s = newScenario();
    run(s, "bb", "busybox");
    s.clock.advance(3000);
    expect(podStatusColumn(get(s, "bb"))).toBe("Completed");
    expect(get(s, "bb").status.containerStatuses[0].restartCount).toBe(0);
    s.clock.advance(2000);
    let pod = get(s, "bb");
    expect(pod.status.containerStatuses[0].restartCount).toBe(1);
    s.clock.advance(2000);
    pod = get(s, "bb");
    expect(podStatusColumn(pod)).toBe("CrashLoopBackOff");
    expect(pod.status.phase).toBe("Running");
    expect(pod.status.containerStatuses[0].lastState.terminated).toMatchObject({ exitCode: 0, reason: "Completed" });
    expect(pod.status.containerStatuses[0].state.waiting.message).toMatch(/^back-off 10s restarting failed container=bb pod=bb_default\(.+\)$/);
    s.clock.advance(60_000);
    expect(get(s, "bb").status.containerStatuses[0].restartCount).toBeGreaterThanOrEqual(3);
    expect(eventsOf(s, get(s, "bb"))).toContainEqual(expect.stringMatching(/^Warning BackOff Back-off restarting failed container/));
    expect(s.cluster.logs.read("default", "bb", { previous: true })).toBe("");
  });

  it("stops nginx at once but waits out the grace period for a PID 1 that ignores SIGTERM", () => {
    const s = newScenario();
    run(s, "web", "nginx");
    run(s, "sleeper", "busybox", { command: ["sleep", "3600"] });
    s.clock.advance(15_000);
    expect(podStatusColumn(get(s, "sleeper"))).toBe("Running");
    s.cluster.store.delete("pods", "default", "web");
    s.cluster.store.delete("pods", "default", "sleeper");
    expect(eventsOf(s, get(s, "web"))).toContain("Normal Killing Stopping container web");
    s.clock.advance(1000);
    expect(() => get(s, "web")).toThrow('pods "web" not found');
    s.clock.advance(28_000);
    expect(podStatusColumn(get(s, "sleeper"))).toBe("Terminating");
    s.clock.advance(2000);
    expect(() => get(s, "sleeper")).toThrow('pods "sleeper" not found');
    expect(s.clock.pendingTimers()).toBeLessThanOrEqual(1);
  });

  it("runs a pod to completion under restartPolicy Never", () => {
    const s = newScenario();
    s.cluster.store.create("pods", "default", {
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: "once" },
      spec: { restartPolicy: "Never", containers: [{ name: "c", image: "busybox", command: ["sh", "-c", "echo hello; exit 3"] }] },
    });
    s.clock.advance(10_000);
    const pod = get(s, "once");
    expect(pod.status.phase).toBe("Failed");
    expect(podStatusColumn(pod)).toBe("Error");
    expect(pod.status.containerStatuses[0].state.terminated.exitCode).toBe(3);
    expect(s.cluster.logs.read("default", "once", {})).toBe("hello\n");
  });

  it("runs init containers to completion before the app containers", () => {
    const s = newScenario();
    s.cluster.store.create("pods", "default", {
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: "init" },
      spec: { initContainers: [{ name: "wait", image: "busybox", command: ["sleep", "10"] }], containers: [{ name: "web", image: "nginx" }] },
    });
    s.clock.advance(5000);
    let pod = get(s, "init");
    expect(pod.status.phase).toBe("Pending");
    expect(pod.status.conditions[0]).toMatchObject({ type: "Initialized", status: "False", reason: "ContainersNotInitialized", message: "containers with incomplete status: [wait]" });
    expect(pod.status.initContainerStatuses[0].state.running).toBeDefined();
    expect(pod.status.containerStatuses[0].state.waiting.reason).toBe("PodInitializing");
    s.clock.advance(20_000);
    pod = get(s, "init");
    expect(pod.status.initContainerStatuses[0]).toMatchObject({ ready: true, state: { terminated: { exitCode: 0, reason: "Completed" } } });
    expect(pod.status.phase).toBe("Running");
    expect(pod.status.conditions.map((c: { type: string; status: string }) => `${c.type}=${c.status}`)).toEqual(["Initialized=True", "Ready=True", "ContainersReady=True", "PodScheduled=True"]);
  });

  it("restarts a container whose liveness probe finds nothing listening", () => {
    const s = newScenario();
    run(s, "live", "nginx:1.14.2", { livenessProbe: { httpGet: { path: "/healthz", port: 8080 }, initialDelaySeconds: 5, periodSeconds: 10, failureThreshold: 3 } });
    s.clock.advance(20_000);
    expect(get(s, "live").status.containerStatuses[0].restartCount).toBe(0);
    s.clock.advance(15_000);
    const pod = get(s, "live");
    expect(pod.status.containerStatuses[0].restartCount).toBe(1);
    expect(pod.status.containerStatuses[0].lastState.terminated.reason).toBe("Completed");
    const ip = pod.status.podIP;
    expect(eventsOf(s, pod)).toContain(`Warning Unhealthy Liveness probe failed: Get "http://${ip}:8080/healthz": dial tcp ${ip}:8080: connect: connection refused (x3)`);
    expect(eventsOf(s, pod)).toContain("Normal Killing Container live failed liveness probe, will be restarted");
  });

  it("keeps a pod unready while its readiness probe finds nothing listening", () => {
    const s = newScenario();
    run(s, "unready", "nginx:1.14.2", { readinessProbe: { tcpSocket: { port: 8080 } } });
    s.clock.advance(30_000);
    const pod = get(s, "unready");
    expect(pod.status.phase).toBe("Running");
    expect(pod.status.containerStatuses[0].ready).toBe(false);
    expect(s.clock.pendingTimers()).toBe(0);
  });

  it("asks for a container name when a pod has several", () => {
    const s = newScenario();
    s.cluster.store.create("pods", "default", {
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: "two" },
      spec: { containers: [{ name: "a", image: "nginx" }, { name: "b", image: "redis" }] },
    });
    s.clock.advance(20_000);
    expect(() => s.cluster.logs.read("default", "two", {})).toThrow("a container name must be specified for pod two, choose one of: [a b]");
    expect(s.cluster.logs.read("default", "two", { container: "b" })).toContain("Ready to accept connections");
  });
});

describe("kubectl logs -f", () => {
  it("streams a running container's new lines", async () => {
    const s = newScenario();
    s.cluster.store.create("pods", "default", { apiVersion: "v1", kind: "Pod", metadata: { name: "app" }, spec: { containers: [{ name: "app", image: "jocatalin/kubernetes-bootcamp:v2" }] } });
    s.clock.advance(15_000);
    const chunks: string[] = [];
    let ended = false;
    const w = s.cluster.logs.follow("default", "app", { tailLines: 0 }, (c) => chunks.push(c), () => (ended = true));
    const ip = get(s, "app").status.podIP;
    const res = await s.cluster.network.request({ method: "GET", host: ip, port: 8080, path: "/" });
    expect(res.ok && res.body).toMatch(/\| v=2\n$/);
    expect(chunks.join("")).toMatch(/^Running On: app \| Total Requests: 1 \| App Uptime: [\d.]+ seconds \| Log Time: .*Z\n$/);
    s.cluster.store.delete("pods", "default", "app", { gracePeriodSeconds: 1 });
    s.clock.advance(2000);
    expect(ended).toBe(true);
    w.stop();
  });
});
