import { describe, expect, it } from "vitest";
import { newTestStore, podObject } from "../store/test-fixtures";
import { objectReference, StoreEventRecorder } from "./event-recorder";

describe("StoreEventRecorder", () => {
  it("writes core/v1 events like client-go and aggregates identical ones", () => {
    const { store, clock } = newTestStore();
    const recorder = new StoreEventRecorder(store, store, clock);
    const pod = store.create("pods", "default", podObject("p"));
    const src = { component: "kubelet", host: "minikube" };
    recorder.recordEvent(objectReference(pod, "spec.containers{c}"), "Normal", "Pulling", 'Pulling image "nginx"', src);
    clock.advance(10_000);
    recorder.recordEvent(objectReference(pod, "spec.containers{c}"), "Normal", "Pulling", 'Pulling image "nginx"', src);
    const [ev] = store.list("events", "default").items;
    expect(ev.metadata.name).toMatch(/^p\.[0-9a-f]{16}$/);
    expect(ev).toMatchObject({
      involvedObject: { kind: "Pod", namespace: "default", name: "p", uid: pod.metadata.uid, apiVersion: "v1", fieldPath: "spec.containers{c}" },
      reason: "Pulling", message: 'Pulling image "nginx"', source: { component: "kubelet", host: "minikube" },
      firstTimestamp: "2026-11-27T08:00:00Z", lastTimestamp: "2026-11-27T08:00:10Z", count: 2, type: "Normal",
      eventTime: null, reportingComponent: "", reportingInstance: "",
    });
    expect(Object.keys(ev).slice(0, 4)).toEqual(["kind", "apiVersion", "metadata", "involvedObject"]);
  });

  it("combines the 10th similar event", () => {
    const { store, clock } = newTestStore();
    const recorder = new StoreEventRecorder(store, store, clock);
    const d = { kind: "Deployment", namespace: "default", name: "web", uid: "u1", apiVersion: "apps/v1" };
    for (let i = 1; i <= 12; i++) recorder.recordEvent(d, "Normal", "ScalingReplicaSet", `Scaled up replica set web-x to ${i}`, { component: "deployment-controller" });
    const events = store.list("events", "default").items;
    expect(events).toHaveLength(10);
    const combined = events.find((e) => String(e.message).startsWith("(combined"))!;
    expect(combined).toMatchObject({ message: "(combined from similar events): Scaled up replica set web-x to 12", count: 3 });
  });

  it("writes events.k8s.io events in their core form", () => {
    const { store, clock } = newTestStore();
    const recorder = new StoreEventRecorder(store, store, clock);
    const pod = store.create("pods", "default", podObject("p"));
    recorder.recordNewEvent(pod, "Normal", "Scheduled", "Binding", "Successfully assigned default/p to minikube", { controller: "default-scheduler", instance: "default-scheduler-minikube" });
    const [ev] = store.list("events", "default").items;
    expect(ev).toMatchObject({
      reason: "Scheduled", message: "Successfully assigned default/p to minikube", source: {}, firstTimestamp: null, lastTimestamp: null,
      eventTime: "2026-11-27T08:00:00.000000Z", action: "Binding", reportingComponent: "default-scheduler", reportingInstance: "default-scheduler-minikube",
    });
    expect(ev.count).toBeUndefined();
  });

  it("keeps events per object bounded and drops expired ones", () => {
    const { store, clock } = newTestStore({ maxEventsPerObject: 3, eventTtlSeconds: 60 });
    const recorder = new StoreEventRecorder(store, store, clock);
    const ref = { kind: "Pod", namespace: "default", name: "p", uid: "u" };
    for (let i = 0; i < 5; i++) recorder.recordEvent(ref, "Normal", `R${i}`, "m", { component: "x" });
    expect(store.list("events", "default").items.map((e) => e.reason)).toEqual(["R2", "R3", "R4"]);
    clock.advance(120_000);
    recorder.recordEvent({ ...ref, uid: "other", name: "q" }, "Normal", "New", "m", { component: "x" });
    expect(store.list("events", "default").items.map((e) => e.reason)).toEqual(["New"]);
  });
});

describe("cluster-wide event cap", () => {
  it("drops the oldest events instead of refusing new ones", () => {
    const { store, clock } = newTestStore({ maxObjectsPerResource: 5 });
    const recorder = new StoreEventRecorder(store, store, clock);
    for (let i = 0; i < 8; i++) {
      clock.advance(1000);
      recorder.recordEvent({ kind: "Pod", namespace: "default", name: `p${i}`, uid: `u${i}` }, "Normal", "R", `m${i}`, { component: "x" });
    }
    expect(store.list("events", "default").items.map((e) => e.message)).toEqual(["m3", "m4", "m5", "m6", "m7"]);
  });
});

describe("spam filter", () => {
  it("lets 25 events about one object through, then one per 5 minutes", () => {
    const { store, clock } = newTestStore();
    const recorder = new StoreEventRecorder(store, store, clock, { spamFilter: true });
    const ref = { kind: "ReplicaSet", namespace: "default", name: "web-1", uid: "u", apiVersion: "apps/v1" };
    for (let i = 0; i < 30; i++) recorder.recordEvent(ref, "Normal", "SuccessfulCreate", `Created pod: web-1-${i}`, { component: "replicaset-controller" });
    const count = () => store.list("events", "default").items.reduce((n, e) => n + ((e.count as number) ?? 1), 0);
    expect(count()).toBe(25);
    clock.advance(300_000);
    recorder.recordEvent(ref, "Normal", "SuccessfulCreate", "Created pod: web-1-x", { component: "replicaset-controller" });
    recorder.recordEvent(ref, "Normal", "SuccessfulCreate", "Created pod: web-1-y", { component: "replicaset-controller" });
    expect(count()).toBe(31); // the refilled token writes the combined event with every occurrence so far
  });

  it("keeps counting occurrences it drops, like eventObserve before the filter", () => {
    const { store, clock } = newTestStore();
    const recorder = new StoreEventRecorder(store, store, clock, { spamFilter: true });
    const ref = { kind: "Pod", namespace: "default", name: "p", uid: "u", apiVersion: "v1" };
    const src = { component: "kubelet", host: "minikube" };
    for (let i = 0; i < 40; i++) {
      clock.advance(10_000);
      recorder.recordEvent(ref, "Normal", "BackOff", 'Back-off pulling image "x"', src);
    }
    // 25 pass, then the bucket refills one token per 5 minutes: the 31st (at 310 s) carries all 31.
    expect(store.list("events", "default").items[0].count).toBe(31);
    clock.advance(300_000);
    recorder.recordEvent(ref, "Normal", "BackOff", 'Back-off pulling image "x"', src);
    expect(store.list("events", "default").items[0].count).toBe(41);
  });
});

describe("event TTL", () => {
  it("hides events older than the TTL from reads", () => {
    const { store, clock } = newTestStore({ eventTtlSeconds: 60 });
    const recorder = new StoreEventRecorder(store, store, clock);
    recorder.recordEvent({ kind: "Pod", namespace: "default", name: "p", uid: "u" }, "Normal", "R", "m", { component: "x" });
    const [ev] = store.list("events", "default").items;
    clock.advance(61_000);
    expect(store.list("events", "default").items).toEqual([]);
    expect(() => store.get("events", "default", ev.metadata.name ?? "")).toThrow("not found");
  });
});
