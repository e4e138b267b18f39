/**
 * The seed tutorial (Kubernetes Basics, as replayed in /work/shared/seed/000_b2c5709709c58f1a.txt) at
 * the store level: create, scale 1→4→2, expose, label, roll out v2, a bad image, undo.
 */
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../types";
import {
  createDeployment, deployment, eventsOf, exposeNodePort, newScenario, pods, podStatusColumn, replicaSets, scaleDeployment, setImage, type Scenario,
} from "./scenario-harness";

const NAME = "kubernetes-bootcamp";
const running = (s: Scenario) => pods(s).filter((p) => podStatusColumn(p) === "Running");
const rsSummary = (s: Scenario) =>
  replicaSets(s).map((rs) => `${rs.metadata.name} ${rs.spec.replicas}/${rs.status?.replicas ?? 0}/${rs.status?.readyReplicas ?? 0} rev=${rs.metadata.annotations?.["deployment.kubernetes.io/revision"]}`);

function curl(s: Scenario, host: string, port: number): Promise<string> {
  return s.cluster.network.request({ method: "GET", host, port, path: "/" }).then((r) => (r.ok ? r.body : `curl: ${r.message}`));
}

/** `kubectl rollout undo`: the previous revision's template without its hash, annotations reset to the current revision. */
function rolloutUndo(s: Scenario): void {
  const d = deployment(s, NAME);
  const sorted = replicaSets(s).sort((a, b) => Number(b.metadata.annotations!["deployment.kubernetes.io/revision"]) - Number(a.metadata.annotations!["deployment.kubernetes.io/revision"]));
  const previous = structuredClone(sorted[1].spec.template);
  delete previous.metadata.labels["pod-template-hash"];
  d.spec.template = previous;
  d.metadata.annotations = { "deployment.kubernetes.io/revision": d.metadata.annotations!["deployment.kubernetes.io/revision"] };
  s.cluster.store.update("deployments.apps", d);
}

describe("the Kubernetes Basics tutorial", () => {
  it("replays the seed", async () => {
    const s = newScenario();
    createDeployment(s, NAME, "gcr.io/google-samples/kubernetes-bootcamp:v1");
    s.clock.advance(1000);
    expect(pods(s).map(podStatusColumn)).toEqual(["ContainerCreating"]);
    s.clock.advance(15_000);
    const [first] = running(s);
    expect(deployment(s, NAME)).toMatchObject({ metadata: { generation: 1, annotations: { "deployment.kubernetes.io/revision": "1" } }, status: { observedGeneration: 1 } });
    expect(first.metadata.name).toMatch(/^kubernetes-bootcamp-57978f5f5d-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(first.status.podIP).toBe("172.17.0.3");
    expect(eventsOf(s, first)).toEqual([
      `Normal Scheduled Successfully assigned default/${first.metadata.name} to minikube`,
      'Normal Pulling Pulling image "gcr.io/google-samples/kubernetes-bootcamp:v1"',
      expect.stringMatching(/^Normal Pulled Successfully pulled image "gcr.io\/google-samples\/kubernetes-bootcamp:v1" in \d+\.\d+s$/),
      "Normal Created Created container kubernetes-bootcamp",
      "Normal Started Started container kubernetes-bootcamp",
    ]);
    expect(await curl(s, first.status.podIP, 8080)).toBe(`Hello Kubernetes bootcamp! | Running on: ${first.metadata.name} | v=1\n`);
    expect(s.cluster.logs.read("default", first.metadata.name!, {})).toMatch(
      new RegExp(`^Kubernetes Bootcamp App Started At: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z \\| Running On:  ${first.metadata.name} \\n\\nRunning On: ${first.metadata.name} \\| Total Requests: 1 \\| App Uptime: [\\d.]+ seconds \\| Log Time: .*Z\\n$`),
    );

    // Scale up: the image is cached now.
    scaleDeployment(s, NAME, 4);
    s.clock.advance(5000);
    expect(running(s)).toHaveLength(4);
    const added = running(s).find((p) => p.metadata.name !== first.metadata.name)!;
    expect(eventsOf(s, added)[1]).toBe('Normal Pulled Container image "gcr.io/google-samples/kubernetes-bootcamp:v1" already present on machine');
    expect(running(s).map((p) => p.status.podIP).sort()).toEqual(["172.17.0.3", "172.17.0.4", "172.17.0.5", "172.17.0.6"]);
    expect(deployment(s, NAME).status).toMatchObject({ replicas: 4, updatedReplicas: 4, readyReplicas: 4, availableReplicas: 4 });

    // Expose, reach the pods through the NodePort, load-balanced.
    const svc = exposeNodePort(s, NAME, 8080);
    const nodePort = svc.spec.ports[0].nodePort as number;
    const answers = new Set<string>();
    for (let i = 0; i < 8; i++) answers.add(await curl(s, s.cluster.network.nodeIP(), nodePort));
    expect(answers.size).toBe(4);
    expect(await curl(s, svc.spec.clusterIP, 8080)).toMatch(/^Hello Kubernetes bootcamp! \| Running on: kubernetes-bootcamp-57978f5f5d-\w{5} \| v=1\n$/);
    const ep = s.cluster.store.get("endpoints", "default", NAME) as KubeObject & { subsets: { addresses: { ip: string }[]; ports: unknown[] }[] };
    expect(ep.subsets[0].addresses.map((a: { ip: string }) => a.ip)).toEqual(["172.17.0.3", "172.17.0.4", "172.17.0.5", "172.17.0.6"]);
    expect(ep.subsets[0].ports).toEqual([{ port: 8080, protocol: "TCP" }]);
    const inside = await s.cluster.network.request({ fromPod: { namespace: "default", name: first.metadata.name! }, method: "GET", host: "localhost", port: 8080, path: "/" });
    expect(inside.ok && inside.body).toBe(`Hello Kubernetes bootcamp! | Running on: ${first.metadata.name} | v=1\n`);

    // Scale down: victims stay Terminating for the grace period (node.js ignores SIGTERM).
    scaleDeployment(s, NAME, 2);
    expect(pods(s).map(podStatusColumn).sort()).toEqual(["Running", "Running", "Terminating", "Terminating"]);
    expect(deployment(s, NAME).status).toMatchObject({ replicas: 2, readyReplicas: 2, availableReplicas: 2 });
    expect((s.cluster.store.get("endpoints", "default", NAME) as typeof ep).subsets[0].addresses).toHaveLength(2);
    const victim = pods(s).find((p) => p.metadata.deletionTimestamp)!;
    expect(eventsOf(s, victim)).toContain("Normal Killing Stopping container kubernetes-bootcamp");
    s.clock.advance(29_000);
    expect(pods(s)).toHaveLength(4);
    s.clock.advance(2000);
    expect(pods(s)).toHaveLength(2);
    const d = deployment(s, NAME);
    expect(eventsOf(s, d)).toEqual([
      "Normal ScalingReplicaSet Scaled up replica set kubernetes-bootcamp-57978f5f5d to 1",
      "Normal ScalingReplicaSet Scaled up replica set kubernetes-bootcamp-57978f5f5d to 4",
      "Normal ScalingReplicaSet Scaled down replica set kubernetes-bootcamp-57978f5f5d to 2",
    ]);

    // Delete the service: the NodePort refuses.
    s.cluster.store.delete("services", "default", NAME);
    expect(await curl(s, s.cluster.network.nodeIP(), nodePort)).toBe(`curl: Failed to connect to 192.168.49.2 port ${nodePort}: Connection refused`);
    const svc2 = exposeNodePort(s, NAME, 8080);

    // Rolling update to v2 (2 replicas: surge 1, unavailable 0).
    setImage(s, NAME, "kubernetes-bootcamp", "jocatalin/kubernetes-bootcamp:v2");
    s.clock.advance(60_000);
    expect(running(s)).toHaveLength(2);
    expect(deployment(s, NAME).status).toMatchObject({ replicas: 2, updatedReplicas: 2, availableReplicas: 2 });
    const v2rs = replicaSets(s).find((rs) => rs.metadata.annotations?.["deployment.kubernetes.io/revision"] === "2")!;
    expect(eventsOf(s, deployment(s, NAME)).slice(3)).toEqual([
      `Normal ScalingReplicaSet Scaled up replica set ${v2rs.metadata.name} to 1`,
      "Normal ScalingReplicaSet Scaled down replica set kubernetes-bootcamp-57978f5f5d to 1",
      `Normal ScalingReplicaSet Scaled up replica set ${v2rs.metadata.name} to 2`,
      "Normal ScalingReplicaSet Scaled down replica set kubernetes-bootcamp-57978f5f5d to 0",
    ]);
    expect(await curl(s, s.cluster.network.nodeIP(), svc2.spec.ports[0].nodePort)).toMatch(/\| v=2\n$/);

    // A bad image with 4 replicas: 2 new pods never start, 3 old ones stay available.
    scaleDeployment(s, NAME, 4);
    s.clock.advance(40_000);
    setImage(s, NAME, "kubernetes-bootcamp", "gcr.io/google-samples/kubernetes-bootcamp:v10");
    s.clock.advance(155_000);
    const status = deployment(s, NAME).status;
    expect(status).toMatchObject({ replicas: 5, updatedReplicas: 2, readyReplicas: 3, availableReplicas: 3, unavailableReplicas: 2 });
    const bad = pods(s).filter((p) => p.spec.containers[0].image.endsWith(":v10"));
    expect(bad).toHaveLength(2);
    expect(bad.map(podStatusColumn)).toEqual(["ImagePullBackOff", "ImagePullBackOff"]);
    expect(pods(s).filter((p) => podStatusColumn(p) === "Running")).toHaveLength(3);
    const badEvents = eventsOf(s, bad[0]);
    expect(badEvents.map((e) => e.replace(/ \(x\d+\)$/, ""))).toContain(
      'Warning Failed Failed to pull image "gcr.io/google-samples/kubernetes-bootcamp:v10": rpc error: code = Unknown desc = Error response from daemon: manifest for gcr.io/google-samples/kubernetes-bootcamp:v10 not found: manifest unknown: Failed to fetch "v10" from request "/v2/google-samples/kubernetes-bootcamp/manifests/v10".',
    );
    expect(() => s.cluster.logs.read("default", bad[0].metadata.name!, {})).toThrow(/container "kubernetes-bootcamp" in pod ".*" is waiting to start: (trying and failing to pull image|image can't be pulled)/);

    // Undo: back to v2, whose ReplicaSet becomes revision 4 with revision-history 2.
    rolloutUndo(s);
    s.clock.advance(60_000);
    expect(running(s)).toHaveLength(4);
    expect(pods(s)).toHaveLength(4);
    for (const p of pods(s)) expect(p.spec.containers[0].image).toBe("jocatalin/kubernetes-bootcamp:v2");
    const back = s.cluster.store.get("replicasets.apps", "default", v2rs.metadata.name!);
    expect(back.metadata.annotations).toMatchObject({ "deployment.kubernetes.io/revision": "4", "deployment.kubernetes.io/revision-history": "2" });
    expect(deployment(s, NAME).metadata.annotations?.["deployment.kubernetes.io/revision"]).toBe("4");
    expect(deployment(s, NAME).status.conditions.map((c: { type: string; reason: string }) => `${c.type}=${c.reason}`)).toEqual(["Available=MinimumReplicasAvailable", "Progressing=NewReplicaSetAvailable"]);
    expect(rsSummary(s).sort()).toHaveLength(3);
    expect(s.errors).toEqual([]);
  });
});
