/**
 * `npm run bench:engine`: the simulated cluster's budgets (issue "The simulated cluster").
 *  1. heap per cluster holding the tutorial's objects (budget: under 1 MB, so 1,000 clusters fit in 1 GB);
 *  2. timers held by 1,000 idle clusters and the CPU they use (budget: zero timers firing);
 *  3. latency of one student command's worth of changes, persisted to SQLite through Prisma, before the
 *     prompt would return (budget: p99 under 5 ms).
 * Prints its figures; it asserts nothing (timings belong here, not in the test suite).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { FakeClock } from "../server/cluster/clock";
import type { Cluster } from "../server/cluster/contracts";
import { clusterProvider, MemoryClusterStorage } from "../server/sandbox/cluster-provider";
import { handleKubeRequest } from "../server/kube-api/handle-kube-request";
import { applyMigrations } from "../server/db/migrate";
import { createPrismaClient } from "../server/db/prisma";
import { SqliteClusterStorage } from "../server/lab/sqlite-cluster-storage";

const CLUSTERS = Number(process.env.CLUSTERS || 1000);
const gc = (globalThis as { gc?: () => void }).gc;

function request(cluster: Cluster, method: string, p: string, body?: unknown, contentType = "application/json") {
  return handleKubeRequest(cluster, {
    method,
    path: p,
    query: new URLSearchParams(),
    headers: { accept: "application/json", "content-type": contentType },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const deployment = (name: string) => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name, labels: { app: name } },
  spec: {
    replicas: 1,
    selector: { matchLabels: { app: name } },
    template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image: "gcr.io/google-samples/kubernetes-bootcamp:v1" }] } },
  },
});

const service = (name: string) => ({
  apiVersion: "v1",
  kind: "Service",
  metadata: { name, labels: { app: name } },
  spec: { type: "NodePort", selector: { app: name }, ports: [{ port: 8080, targetPort: 8080, protocol: "TCP" }] },
});

/** The tutorial's state: bootcamp deployment scaled to 4, exposed as a NodePort, all pods running. */
async function tutorialCluster(clusters: ReturnType<typeof clusterProvider>, id: string, clock: FakeClock): Promise<Cluster> {
  const cluster = await clusters.create(id, clock);
  await request(cluster, "POST", "/apis/apps/v1/namespaces/default/deployments", deployment("kubernetes-bootcamp"));
  await request(cluster, "POST", "/api/v1/namespaces/default/services", service("kubernetes-bootcamp"));
  await request(cluster, "PATCH", "/apis/apps/v1/namespaces/default/deployments/kubernetes-bootcamp/scale", { spec: { replicas: 4 } }, "application/merge-patch+json");
  clock.advance(120_000);
  await cluster.flush();
  return cluster;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function memoryAndIdle() {
  const storage = new MemoryClusterStorage();
  const clusters = clusterProvider(storage);
  const clocks: FakeClock[] = [];
  const kept: Cluster[] = [];
  gc?.();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < CLUSTERS; i++) {
    const clock = new FakeClock();
    clocks.push(clock);
    kept.push(await tutorialCluster(clusters, `bench-${i}`, clock));
  }
  gc?.();
  const after = process.memoryUsage().heapUsed;
  const objects = kept[0].store ? (["pods", "replicasets.apps", "deployments.apps", "services", "endpoints", "events", "nodes", "secrets", "serviceaccounts", "configmaps", "namespaces"]
    .reduce((n, r) => n + kept[0].store.list(r, undefined).items.length, 0)) : 0;
  const running = kept[0].store.list("pods", "default").items.filter((p) => p.status?.phase === "Running").length;
  console.log(`clusters: ${CLUSTERS} holding the tutorial (4 running bootcamp pods: ${running === 4 ? "yes" : `no, ${running}`}; ${objects} objects each incl. system ones)`);
  console.log(`heap per cluster: ${((after - before) / CLUSTERS / 1024).toFixed(0)} KiB  (in-memory persistence copy included; budget 1024 KiB)${gc ? "" : "  [run with --expose-gc for exact figures]"}`);
  console.log(`heap for all clusters: ${((after - before) / 1024 / 1024).toFixed(0)} MiB`);

  const soonest = Math.min(...clocks.map((c) => (c.nextDue() ?? Infinity) - c.now()));
  const justAfter = clocks.reduce((n, c) => n + c.pendingTimers(), 0);
  console.log(`right after the tutorial: ${justAfter} timers pending (the soonest in ${Number.isFinite(soonest) ? `${(soonest / 1000).toFixed(0)} s` : "never"}: the deployment's progress-deadline check, as upstream)`);
  for (const c of clocks) c.advance(15 * 60_000);
  const pending = clocks.reduce((n, c) => n + c.pendingTimers(), 0);
  const cpu0 = process.cpuUsage();
  await new Promise((r) => setTimeout(r, 3000));
  const cpu = process.cpuUsage(cpu0);
  console.log(`idle (15 simulated minutes later): ${pending} timers pending across ${CLUSTERS} clusters (budget 0); process CPU over 3 s: ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms`);
  return kept.length;
}

async function commandLatency() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "podium-bench-"));
  const file = path.join(dir, "bench.db");
  applyMigrations(file);
  const db = createPrismaClient(`file:${file}`);
  const user = await db.user.create({ data: { username: "bench", displayName: "Bench", role: "student", passwordHash: "x" } });
  const sandbox = await db.sandbox.create({ data: { userId: user.id } });
  const storage = new SqliteClusterStorage(file);
  const clusters = clusterProvider(storage);
  const clock = new FakeClock();
  const cluster = await tutorialCluster(clusters, sandbox.id, clock);
  const samples: number[] = [];
  const applyOnly: number[] = [];
  for (let i = 0; i < 300; i++) {
    // A scale between 2 and 4 replicas: the deployment, the ReplicaSet, pods created or deleted, events, endpoints.
    const replicas = 2 + (i % 3);
    const t0 = performance.now();
    await request(cluster, "PATCH", "/apis/apps/v1/namespaces/default/deployments/kubernetes-bootcamp/scale", { spec: { replicas } }, "application/merge-patch+json");
    applyOnly.push(performance.now() - t0);
    await cluster.flush();
    samples.push(performance.now() - t0);
    clock.advance(40_000);
    await cluster.flush();
  }
  samples.sort((a, b) => a - b);
  applyOnly.sort((a, b) => a - b);
  console.log(`  of which the API call and controllers (before persistence): p50 ${percentile(applyOnly, 50).toFixed(2)} ms, p99 ${percentile(applyOnly, 99).toFixed(2)} ms`);
  console.log(`command (kubectl scale) incl. SQLite persistence, ${samples.length} runs: p50 ${percentile(samples, 50).toFixed(2)} ms, p99 ${percentile(samples, 99).toFixed(2)} ms, max ${samples[samples.length - 1].toFixed(2)} ms (budget p99 < 5 ms)`);
  storage.close();
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
}

await memoryAndIdle();
await commandLatency();
process.exit(0);
