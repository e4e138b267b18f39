import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createKubeApiHttpHandler } from "./http-adapter";
import { createTestCluster, type TestCluster } from "./testing/test-cluster";

let cluster: TestCluster;
let server: Server;
let base: string;

beforeEach(async () => {
  cluster = createTestCluster();
  cluster.store.create("namespaces", "", { apiVersion: "v1", kind: "Namespace", metadata: { name: "default" } });
  const handler = createKubeApiHttpHandler({
    resolve: async (req) =>
      req.headers.authorization === "Bearer good" ? { cluster, basePath: "/k8s/sb1" } : { status: 401, message: "Unauthorized" },
  });
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/k8s/sb1`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const auth = { authorization: "Bearer good" };

describe("createKubeApiHttpHandler", () => {
  it("strips the mount prefix and answers as the apiserver", async () => {
    const r = await fetch(`${base}/api/v1/namespaces/default`, { headers: auth });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("application/json");
    expect((await r.json()).metadata.name).toBe("default");
  });

  it("refuses what the resolver refuses, as a Status", async () => {
    const r = await fetch(`${base}/api/v1/namespaces`);
    expect(r.status).toBe(401);
    expect(await r.json()).toMatchObject({ kind: "Status", reason: "Unauthorized", code: 401 });
  });

  it("refuses bodies over 3 MiB with 413", async () => {
    const r = await fetch(`${base}/api/v1/namespaces`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: "x".repeat(3 * 1024 * 1024 + 1),
    });
    expect(r.status).toBe(413);
    expect((await r.json()).reason).toBe("RequestEntityTooLarge");
  });

  it("streams watch events chunk by chunk and stops the store watch on disconnect", async () => {
    const received: string[] = [];
    const req = httpRequest(`${base}/api/v1/namespaces?watch=true`, { headers: auth });
    const firstChunk = new Promise<void>((resolve) => {
      req.on("response", (res) => {
        expect(res.headers["transfer-encoding"]).toBe("chunked");
        res.on("data", (chunk: Buffer) => {
          received.push(chunk.toString());
          resolve();
        });
        res.on("error", () => {});
      });
    });
    req.on("error", () => {});
    req.end();
    await firstChunk;
    expect(JSON.parse(received[0])).toMatchObject({ type: "ADDED", object: { metadata: { name: "default" } } });
    cluster.store.create("namespaces", "", { apiVersion: "v1", kind: "Namespace", metadata: { name: "two" } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received.join("")).toContain('"name":"two"');
    req.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // After the disconnect, writes must not reach a dead socket (no throw, no leak of the watcher).
    cluster.store.create("namespaces", "", { apiVersion: "v1", kind: "Namespace", metadata: { name: "three" } });
  });
});
