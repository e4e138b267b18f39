import { describe, expect, it } from "vitest";
import { newTestStore } from "../store/test-fixtures";
import { ownerKey, splitKey, type Controller, type ControllerContext } from "./controller";
import { ControllerLoopError, ControllerManager } from "./controller-manager";
import { StoreEventRecorder } from "./event-recorder";
import { parseTime } from "./time-format";

function setup() {
  const { store, clock } = newTestStore();
  const recorder = new StoreEventRecorder(store, store, clock);
  const manager = new ControllerManager({ clock, store, recorder, limits: store.limits });
  return { store, clock, manager };
}

const cm = (name: string, data: Record<string, string> = {}, annotations?: Record<string, string>) => ({
  apiVersion: "v1", kind: "ConfigMap", metadata: { name, ...(annotations ? { annotations } : {}) }, data,
});

/** Copies each ConfigMap's data size into an annotation and expires ConfigMaps with a ttl. */
function sizeController(ctx: ControllerContext, calls: string[]): Controller {
  return {
    name: "size-controller",
    watches: [{ resource: "configmaps" }],
    reconcile(key) {
      calls.push(key);
      const { namespace, name } = splitKey(key);
      const obj = ctx.lister.peek("configmaps", namespace, name);
      if (!obj) return;
      const ttl = obj.metadata.annotations?.ttl;
      if (ttl) {
        const at = parseTime(obj.metadata.creationTimestamp)! + Number(ttl) * 1000;
        if (ctx.clock.now() >= at) return void ctx.store.delete("configmaps", namespace, name);
        ctx.requeueAt(key, at);
      }
      const size = String(Object.keys(obj.data ?? {}).length);
      if (obj.metadata.annotations?.size === size) return;
      const copy = structuredClone(obj);
      copy.metadata.annotations = { ...copy.metadata.annotations, size };
      ctx.store.update("configmaps", copy);
    },
  };
}

describe("ControllerManager", () => {
  it("reconciles synchronously after each write, to quiescence", () => {
    const { store, manager } = setup();
    const calls: string[] = [];
    manager.add((ctx) => sizeController(ctx, calls));
    manager.start();
    const created = store.create("configmaps", "default", cm("a", { x: "1" }));
    expect(created.metadata.annotations).toBeUndefined(); // the caller gets what it wrote
    expect(store.get("configmaps", "default", "a").metadata.annotations).toEqual({ size: "1" });
    expect(calls).toEqual(["default/a", "default/a"]); // its own update triggered one more, no-op pass
  });

  it("offers existing objects on start and maps changes through keysFor", () => {
    const { store, manager } = setup();
    store.create("configmaps", "default", cm("owner"));
    store.create("configmaps", "default", {
      ...cm("child"),
      metadata: { name: "child", ownerReferences: [{ apiVersion: "v1", kind: "ConfigMap", name: "owner", uid: "u", controller: true }] },
    });
    const seen: string[] = [];
    manager.add(() => ({ name: "owners", watches: [{ resource: "configmaps", keysFor: (o) => ownerKey(o, "ConfigMap") }], reconcile: (k) => void seen.push(k) }));
    manager.start();
    expect(seen).toEqual(["default/owner"]);
  });

  it("schedules timed requeues with one clock timer and recomputes them after a restart", () => {
    const { store, clock, manager } = setup();
    manager.add((ctx) => sizeController(ctx, []));
    manager.start();
    store.create("configmaps", "default", cm("short", {}, { ttl: "10" }));
    store.create("configmaps", "default", cm("long", {}, { ttl: "60" }));
    expect(clock.pendingTimers()).toBe(1);
    manager.stop();
    expect(clock.pendingTimers()).toBe(0);
    manager.start();
    expect(clock.pendingTimers()).toBe(1);
    clock.advance(10_000);
    expect(store.peek("configmaps", "default", "short")).toBeUndefined();
    expect(store.peek("configmaps", "default", "long")).toBeDefined();
    clock.advance(50_000);
    expect(store.peek("configmaps", "default", "long")).toBeUndefined();
    expect(clock.pendingTimers()).toBe(0);
  });

  it("stops a controller that keeps re-triggering itself", () => {
    const { store, manager } = setup();
    let n = 0;
    manager.add((ctx) => ({
      name: "looper",
      watches: [{ resource: "configmaps" }],
      reconcile(key) {
        const { namespace, name } = splitKey(key);
        const copy = ctx.store.get("configmaps", namespace, name);
        copy.data = { n: String(n++) };
        ctx.store.update("configmaps", copy);
      },
    }));
    manager.start();
    expect(() => store.create("configmaps", "default", cm("x"))).toThrow(ControllerLoopError);
  });

  it("retries failing reconciles with back-off through the clock", () => {
    const { store, clock, manager } = setup();
    let attempts = 0;
    const errors: string[] = [];
    const m2 = new ControllerManager({ clock, store, recorder: new StoreEventRecorder(store, store, clock), limits: store.limits, onError: (e) => errors.push(e.message) });
    m2.add((ctx) => ({
      name: "flaky",
      watches: [{ resource: "configmaps" }],
      reconcile(key) {
        attempts++;
        if (attempts < 3) throw new Error("not yet");
        ctx.store.get("configmaps", splitKey(key).namespace, splitKey(key).name);
      },
    }));
    m2.start();
    store.create("configmaps", "default", cm("x"));
    expect(attempts).toBe(1);
    clock.advance(1000);
    expect(attempts).toBe(2);
    clock.advance(2000);
    expect(attempts).toBe(3);
    expect(errors).toEqual(["not yet", "not yet"]);
    expect(clock.pendingTimers()).toBe(0);
    manager.stop();
  });
});
