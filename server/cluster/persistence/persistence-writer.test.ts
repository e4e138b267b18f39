import { describe, expect, it } from "vitest";
import { newTestStore } from "../store/test-fixtures";
import type { ChangeBatch, ClusterPersistence } from "./cluster-persistence";
import { PersistenceWriter } from "./persistence-writer";

class RecordingPersistence implements ClusterPersistence {
  batches: ChangeBatch[] = [];
  failNext = false;
  async load() {
    return undefined;
  }
  async save(batch: ChangeBatch) {
    if (this.failNext) {
      this.failNext = false;
      throw new Error("disk full");
    }
    this.batches.push(batch);
  }
}

const cm = (name: string) => ({ apiVersion: "v1", kind: "ConfigMap", metadata: { name }, data: {} });

describe("PersistenceWriter", () => {
  it("writes one batch per tick with the latest state of each object", async () => {
    const { store } = newTestStore();
    const port = new RecordingPersistence();
    const writer = new PersistenceWriter(store, port, () => Number(store.currentResourceVersion()));
    const a = store.create("configmaps", "default", cm("a"));
    a.data = { x: "1" };
    store.update("configmaps", a);
    store.create("configmaps", "default", cm("b"));
    store.delete("configmaps", "default", "b");
    await writer.flush();
    expect(port.batches).toHaveLength(1);
    expect(port.batches[0].upserts.map((u) => [u.object.metadata.name, u.object.data])).toEqual([["a", { x: "1" }]]);
    expect(port.batches[0].deletes).toEqual([{ resource: "configmaps", namespace: "default", name: "b" }]);
    expect(port.batches[0].resourceVersion).toBe(Number(store.currentResourceVersion()));
    expect(writer.pending).toBe(false);
  });

  it("keeps changes of a failed save for the next flush", async () => {
    const { store } = newTestStore();
    const port = new RecordingPersistence();
    const writer = new PersistenceWriter(store, port, () => Number(store.currentResourceVersion()));
    port.failNext = true;
    store.create("configmaps", "default", cm("a"));
    await expect(writer.flush()).rejects.toThrow("disk full");
    await writer.flush();
    expect(port.batches.at(-1)?.upserts.map((u) => u.object.metadata.name)).toContain("a");
  });
});
