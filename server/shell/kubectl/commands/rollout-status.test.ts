import { describe, expect, it } from "vitest";
import { FakeClock } from "@/server/cluster/clock";
import { FakeTransport } from "../fake-transport";
import { testdata } from "../golden";
import { runWith } from "../test-io";
import type { KubeRequest, KubeResponse } from "../transport";

/* eslint-disable @typescript-eslint/no-explicit-any */
function deploy(name: string, rv: number, replicas: number, updated: number, total: number, available: number, generation = 2, observed = 2): any {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name, namespace: "default", resourceVersion: String(rv), generation },
    spec: { replicas },
    status: { observedGeneration: observed, replicas: total, updatedReplicas: updated, availableReplicas: available },
  };
}

const LIST = (name: string) => `/apis/apps/v1/namespaces/default/deployments?fieldSelector=metadata.name%3D${name}&limit=500&resourceVersion=0`;

describe("kubectl rollout status", () => {
  it("prints one line for the list and one per watch event (rolloutstatus.stdout)", async () => {
    const states = [
      [3, 1, 4, 3],
      [3, 1, 4, 3],
      [3, 1, 4, 4],
      [3, 2, 4, 3],
      [3, 2, 5, 3],
      [3, 2, 4, 3],
      [3, 3, 4, 3],
      [3, 3, 4, 3],
      [3, 3, 3, 3],
    ].map(([r, u, t, a], i) => deploy("hello-node", 264 + i, r, u, t, a));
    const t = new FakeTransport()
      .on("GET", "/apis/apps/v1/namespaces/default/deployments/hello-node", states[0])
      .on("GET", LIST("hello-node"), { kind: "DeploymentList", metadata: { resourceVersion: "264" }, items: [states[0]] })
      .route(() => undefined);
    const stream = states.slice(1).map((o) => JSON.stringify({ type: "MODIFIED", object: o }) + "\n");
    const original = t.stream.bind(t);
    t.stream = async (req: KubeRequest, onChunk: (c: string) => void, signal: AbortSignal): Promise<KubeResponse> => {
      expect(req.path).toMatch(/^\/apis\/apps\/v1\/namespaces\/default\/deployments\?allowWatchBookmarks=true&fieldSelector=metadata.name%3Dhello-node&resourceVersion=264&timeoutSeconds=\d{3}&watch=true$/);
      t.onStream(req.path, stream);
      return original(req, onChunk, signal);
    };
    const r = await runWith(["rollout", "status", "deployment/hello-node"], t);
    expect(r.stdout).toBe(testdata("rolloutstatus.stdout"));
    expect(r.code).toBe(0);
  });

  it("gives up after --timeout (scale_badimg)", async () => {
    const clock = new FakeClock();
    const stuck = deploy("badimg", 648, 1, 1, 1, 0);
    let watching = false;
    const t = new FakeTransport()
      .on("GET", "/apis/apps/v1/namespaces/default/deployments/badimg", stuck)
      .on("GET", LIST("badimg"), { kind: "DeploymentList", metadata: { resourceVersion: "648" }, items: [stuck] });
    t.stream = (_req, _onChunk, signal) =>
      new Promise((resolve) => {
        watching = true;
        signal.addEventListener("abort", () => resolve({ status: 200, headers: {}, body: "" }));
      });
    const run = runWith(["rollout", "status", "deployment/badimg", "--timeout=20s"], t, { clock });
    while (!watching) await new Promise((r) => setImmediate(r));
    clock.advance(20_000);
    const r = await run;
    expect(r).toEqual({ code: 1, stdout: testdata("scale_badimg.stdout"), stderr: testdata("scale_badimg.stderr") });
  });
});
