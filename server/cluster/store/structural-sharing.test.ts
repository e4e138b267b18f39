import { describe, expect, it } from "vitest";
import { FakeClock } from "../clock";
import { deepFreeze } from "./deep-freeze";
import { MemoryObjectStore } from "./object-store";
import { shareUnchanged } from "./structural-sharing";

const old = deepFreeze({ spec: { replicas: 2, template: { metadata: { labels: { app: "a" } }, spec: { containers: [{ name: "c" }] } } }, status: { n: 1 } });

describe("shareUnchanged", () => {
  it("reuses identical parts of the previous version and keeps changed ones", () => {
    const next = JSON.parse(JSON.stringify(old));
    next.spec.replicas = 3;
    const shared = shareUnchanged(next, old);
    expect(shared).toBe(next);
    expect(shared.spec).not.toBe(old.spec);
    expect(shared.spec.template).toBe(old.spec.template);
    expect(shared.status).toBe(old.status);
    expect(shared).toEqual({ ...old, spec: { ...old.spec, replicas: 3 } });
  });

  it("returns the previous version when nothing changed", () => {
    expect(shareUnchanged(JSON.parse(JSON.stringify(old)), old)).toBe(old);
  });

  it("does not share parts whose keys are in another order (the JSON output would change)", () => {
    const before = deepFreeze({ a: { x: 1, y: 2 } });
    const next = { a: { y: 2, x: 1 } };
    expect(shareUnchanged(next, before).a).toBe(next.a);
    expect(Object.keys(shareUnchanged(next, before).a)).toEqual(["y", "x"]);
  });

  it("treats arrays element by element", () => {
    const before = deepFreeze({ items: [{ a: 1 }, { b: 2 }] });
    const next = { items: [{ a: 1 }, { b: 3 }, { c: 4 }] };
    const shared = shareUnchanged(next, before);
    expect(shared.items[0]).toBe(before.items[0]);
    expect(shared.items[1]).toEqual({ b: 3 });
    expect(shared.items).not.toBe(before.items);
  });
});

describe("the store shares unchanged parts between versions", () => {
  it("keeps a deployment's template object across a scale", () => {
    const store = new MemoryObjectStore({ clock: new FakeClock() });
    store.create("namespaces", "", { apiVersion: "v1", kind: "Namespace", metadata: { name: "default" } });
    store.create("deployments.apps", "default", {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: "d" },
      spec: { replicas: 1, selector: { matchLabels: { app: "d" } }, template: { metadata: { labels: { app: "d" } }, spec: { containers: [{ name: "c", image: "nginx" }] } } },
    });
    const before = store.peek("deployments.apps", "default", "d")!;
    const copy = store.get("deployments.apps", "default", "d");
    copy.spec.replicas = 2;
    store.update("deployments.apps", copy);
    const after = store.peek("deployments.apps", "default", "d")!;
    expect(after.spec.replicas).toBe(2);
    expect(after.spec.template).toBe(before.spec.template);
    expect(Object.isFrozen(after.spec)).toBe(true);
  });
});
