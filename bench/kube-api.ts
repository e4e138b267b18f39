/**
 * `npm run -s bench:kube-api`: latency and throughput of the Kubernetes API for a cluster of 100 pods.
 * Lists are timed twice: in-process (server time: handleKubeRequest alone, the budget is under 10 ms
 * for `kubectl get pods`) and over HTTP on loopback (what a real kubectl sees). Watches are timed from
 * the store write to the event line arriving over HTTP.
 */
import { request } from "node:http";
import { performance } from "node:perf_hooks";
import { serveSandbox } from "../server/cli/serve-sandbox";
import { handleKubeRequest } from "../server/kube-api/handle-kube-request";
import { readResponseBody } from "../server/kube-api/types";

const TABLE_ACCEPT = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";
const PODS = 100;
const ROUNDS = 200;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function report(name: string, samples: number[], bytes?: number, perSecond = true): void {
  const s = [...samples].sort((a, b) => a - b);
  const total = samples.reduce((a, b) => a + b, 0);
  const line = [
    name.padEnd(44),
    `p50 ${percentile(s, 50).toFixed(2)} ms`.padEnd(16),
    `p95 ${percentile(s, 95).toFixed(2)} ms`.padEnd(16),
    `max ${s[s.length - 1].toFixed(2)} ms`.padEnd(16),
    perSecond ? `${((samples.length / total) * 1000).toFixed(0)} req/s`.padEnd(12) : "".padEnd(12),
    bytes ? `${(bytes / 1024).toFixed(0)} KiB` : "",
  ];
  console.log(line.join(""));
}

function httpGet(url: string, accept: string): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    request(url, { headers: { accept, "user-agent": "kubectl/v1.20.2 (linux/amd64) kubernetes/faecb19" } }, (res) => {
      let bytes = 0;
      res.on("data", (c: Buffer) => (bytes += c.length));
      res.on("end", () => resolve({ ms: performance.now() - start, bytes }));
    })
      .on("error", reject)
      .end();
  });
}

async function main(): Promise<void> {
  const served = await serveSandbox("127.0.0.1", 0, { speed: 50, untilSigint: false });
  const cluster = served.cluster!;
  cluster.store.create("deployments.apps", "default", {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "bench", labels: { app: "bench" } },
    spec: {
      replicas: PODS,
      selector: { matchLabels: { app: "bench" } },
      template: { metadata: { labels: { app: "bench" } }, spec: { containers: [{ name: "web", image: "nginx:1.14.2" }] } },
    },
  });
  const deadline = Date.now() + 120_000;
  while ((cluster.store.get("deployments.apps", "default", "bench").status?.availableReplicas ?? 0) < PODS) {
    if (Date.now() > deadline) throw new Error("the 100 pods did not become available in 2 minutes");
    await new Promise((r) => setTimeout(r, 200));
  }
  console.log(`cluster: ${cluster.store.list("pods", undefined).items.length} pods (${PODS} in default); ${ROUNDS} requests per line\n`);

  const path = "/api/v1/namespaces/default/pods";
  for (const [label, accept] of [["Table", TABLE_ACCEPT], ["JSON", "application/json"]] as const) {
    const samples: number[] = [];
    let bytes = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const t = performance.now();
      const res = await handleKubeRequest(cluster, {
        method: "GET",
        path,
        query: new URLSearchParams("limit=500"),
        headers: { accept, "user-agent": "kubectl/v1.20.2" },
      });
      bytes = (await readResponseBody(res)).length;
      samples.push(performance.now() - t);
    }
    report(`server time: get pods (${label})`, samples, bytes);
    if (label === "Table") {
      const p50 = [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
      console.log(`${"budget: get pods under 10 ms server time".padEnd(44)}${p50 < 10 ? "met" : "MISSED"} (p50 ${p50.toFixed(2)} ms)`);
    }
  }
  for (const [label, accept] of [["Table", TABLE_ACCEPT], ["JSON", "application/json"]] as const) {
    const samples: number[] = [];
    let bytes = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const r = await httpGet(`${served.url}${path}?limit=500`, accept);
      samples.push(r.ms);
      bytes = r.bytes;
    }
    report(`HTTP: get pods (${label})`, samples, bytes);
  }
  const one = cluster.store.list("pods", "default").items[0].metadata.name!;
  const gets: number[] = [];
  for (let i = 0; i < ROUNDS; i++) gets.push((await httpGet(`${served.url}${path}/${one}`, "application/json")).ms);
  report("HTTP: get one pod (JSON)", gets);

  await benchWatch(served.url, cluster);
  await served.close();
  process.exit(0);
}

/** Label writes on the 100 pods, timed from the store write to the event line over an HTTP watch. */
async function benchWatch(url: string, cluster: NonNullable<Awaited<ReturnType<typeof serveSandbox>>["cluster"]>): Promise<void> {
  const rv = cluster.store.currentResourceVersion();
  const arrivals = new Map<string, number>();
  let buffer = "";
  const req = request(`${url}/api/v1/namespaces/default/pods?watch=true&resourceVersion=${rv}`, { headers: { accept: "application/json" } });
  const ready = new Promise<void>((resolve) => {
    req.on("response", (res) => {
      resolve();
      res.on("data", (c: Buffer) => {
        buffer += c.toString();
        let nl: number;
        while ((nl = buffer.indexOf("\n")) >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          const ev = JSON.parse(line);
          const mark = ev.object.metadata.labels?.bench;
          if (mark) arrivals.set(mark, performance.now());
        }
      });
      res.on("error", () => {});
    });
  });
  req.on("error", () => {});
  req.end();
  await ready;
  const pods = cluster.store.list("pods", "default").items;
  const sentAt = new Map<string, number>();
  const start = performance.now();
  for (let i = 0; i < pods.length; i++) {
    const p = cluster.store.get("pods", "default", pods[i].metadata.name!);
    p.metadata.labels = { ...p.metadata.labels, bench: `m${i}` };
    sentAt.set(`m${i}`, performance.now());
    cluster.store.update("pods", p);
    if (i % 10 === 9) await new Promise((r) => setImmediate(r));
  }
  const deadline = Date.now() + 10_000;
  while (arrivals.size < pods.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  const elapsed = performance.now() - start;
  const latencies = [...sentAt].filter(([m]) => arrivals.has(m)).map(([m, t]) => arrivals.get(m)! - t);
  report(`watch over HTTP: ${latencies.length}/${pods.length} events, write→line`, latencies, undefined, false);
  console.log(`${"watch throughput".padEnd(44)}${((latencies.length / elapsed) * 1000).toFixed(0)} events/s`);
  req.destroy();
}

void main();
