/**
 * Podium's kubectl against Debian's kubectl v1.20.2 on the same sandbox, byte for byte: stdout, stderr
 * and exit code of every read command, run by both clients at one simulated instant. Each change
 * (create, expose, label, scale, set image, undo, apply, delete) is made once, alternately by one
 * client or the other, and its own output checked against the text upstream prints.
 *
 * The binary comes from kube-api's helper (apt-get download kubernetes-client, cached in .cache/);
 * the test is skipped, saying why, only when that fails. Nothing is normalised except `kubectl
 * version`, whose client line names the build (only the server line is compared), and the order of a
 * secret's Data lines in describe (Go map order, see sortSecretData). Real kubectl gets TZ=UTC, the
 * sandbox's zone, in which Podium's kubectl always prints times.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kubectl1202, type KubectlBinary } from "@/server/kube-api/testing/kubectl-binary";
import { NGINX_DEPLOYMENT } from "@/server/kube-api/testing/kubectl-scenario";
import { SideBySide } from "./side-by-side";

process.env.TZ = "UTC";

/**
 * kube-api's compat test may be unpacking the same cache in another worker, so a binary that does not
 * run yet is asked for again; only a failed download (apt unreachable) skips the test.
 */
async function realKubectl(): Promise<KubectlBinary> {
  for (let attempt = 0; ; attempt++) {
    const found = await kubectl1202();
    if (!("skip" in found) || found.skip.includes("apt unreachable")) return found;
    if (attempt === 3) throw new Error(found.skip);
    await new Promise((r) => setTimeout(r, 3000));
  }
}

const binary = await realKubectl();
if ("skip" in binary) console.warn(`real-kubectl compat: skipped: ${binary.skip}`);

let sbs: SideBySide;
const split = (line: string) => line.split(" ").filter(Boolean);

/**
 * describeSecret (describe.go) ranges over the `data` map, and Go randomises map order: outputs that
 * cannot be compared as printed. A secret's Data lines are sorted on both sides; describeConfigMap
 * does the same with multi-line values, so only one-key config maps are described here.
 */
function sortSecretData(text: string): string {
  return text.replace(/(\nData\n====\n)((?:[^\n]+\n)*)/g, (_m, head: string, lines: string) => head + lines.split("\n").filter(Boolean).sort().map((l) => `${l}\n`).join(""));
}

/** Both clients, same instant, same bytes. `wall` for commands that print client-side ages (describe). */
async function same(line: string, wall = false, code = 0): Promise<void> {
  const { real, ours } = await sbs.both(split(line), wall);
  expect(real.code, `real kubectl ${line}: ${real.stderr}`).toBe(code);
  if (/^describe secrets?\b/.test(line)) {
    for (const r of [real, ours]) r.stdout = sortSecretData(r.stdout);
  }
  expect.soft(ours, `kubectl ${line}`).toEqual(real);
}

/** A change made once, by one client, with the output upstream prints for it. */
async function change(by: "real" | "ours", line: string, stdout: string, settleSeconds = 0): Promise<void> {
  const r = by === "real" ? await sbs.real(split(line)) : await sbs.ours(split(line));
  expect(r, `${by} kubectl ${line}`).toEqual({ stdout, stderr: "", code: 0 });
  await sbs.advance(settleSeconds);
}

const podNames = (selector: string) =>
  sbs.scenario.cluster.store.list("pods", "default", { labelSelector: selector }).items.map((p) => p.metadata.name!).sort();

describe.skipIf("skip" in binary)("Podium's kubectl and kubectl v1.20.2 on one sandbox", () => {
  beforeAll(async () => {
    // simulated time runs behind the wall clock until the describe block catches it up
    sbs = await SideBySide.start((binary as { path: string }).path, 20 * 60_000);
    await sbs.advance(60);
  });
  afterAll(async () => {
    await sbs?.close();
  });

  it("version, cluster-info, nodes, namespaces", async () => {
    const { real, ours } = await sbs.both(["version"], false);
    expect(real.stdout.split("\n")[1]).toMatch(/^Server Version: /);
    expect(ours.stdout.split("\n")[1]).toBe(real.stdout.split("\n")[1]);
    expect([ours.stderr, ours.code]).toEqual([real.stderr, real.code]);
    for (const line of ["cluster-info", "get nodes", "get nodes -o wide", "get namespaces", "get ns default -o yaml", "api-versions"]) {
      await same(line);
    }
  });

  it("create deployment, then reads while its pod starts and once it runs", async () => {
    await change("real", "create deployment hello-node --image=k8s.gcr.io/echoserver:1.4", "deployment.apps/hello-node created\n");
    await change("ours", "create deployment badimg --image=nginx:doesnotexist", "deployment.apps/badimg created\n", 1);
    for (const line of ["get deployments", "get pods", "get rs"]) await same(line);
    await sbs.advance(40);
    for (const line of [
      "get deployments",
      "get deploy -o wide",
      "get pods",
      "get pods -o wide",
      "get pods -o yaml",
      "get pods -o json",
      "get pods -l app=hello-node",
      "get pods --show-labels",
      "get pods -A",
      "get pods -o name",
      "get pods -o jsonpath={.items[*].metadata.name}",
      "get pods -o custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[*].image",
      "get pods --field-selector status.phase=Running",
      "get pods --sort-by=.metadata.name",
      "get rs",
      "get rs -o wide",
      "get deployment hello-node -o yaml",
      "get deployment hello-node -o json",
      "get events",
    ]) {
      await same(line);
    }
  });

  it("NotFound, AlreadyExists and unknown resources", async () => {
    for (const line of [
      "create deployment hello-node --image=k8s.gcr.io/echoserver:1.4",
      "get pod nosuch",
      "get deployment nosuch -o yaml",
      "describe pod nosuch",
      "delete pod nosuch",
      "scale deployment nosuch --replicas=2",
      "logs nosuch",
      "get foo",
      "describe foo",
      "get pods,foo",
      "exec hello-node",
      "rollout undo deployment/hello-node --to-revision=9",
    ]) {
      await same(line, false, 1);
    }
  });

  it("expose --type=NodePort and get services", async () => {
    await change("ours", "expose deployment hello-node --type=NodePort --port=8080", "service/hello-node exposed\n", 2);
    for (const line of ["get services", "get svc -o wide", "get svc hello-node -o yaml", "get endpoints", "get svc hello-node -o jsonpath={.spec.ports[0].nodePort}"]) {
      await same(line);
    }
  });

  it("label", async () => {
    await change("real", "label deployment hello-node tier=web", "deployment.apps/hello-node labeled\n");
    const [pod] = podNames("app=hello-node");
    await change("ours", `label pod ${pod} env=dev`, `pod/${pod} labeled\n`);
    for (const line of ["get deploy --show-labels", "get pods --show-labels", "get pods -l env=dev", "get pods -L app,env", "get pods -l env!=dev,app"]) {
      await same(line);
    }
  });

  it("scale", async () => {
    await change("ours", "scale deployment hello-node --replicas=3", "deployment.apps/hello-node scaled\n");
    for (const line of ["get pods", "get deploy"]) await same(line);
    await sbs.advance(30);
    for (const line of ["get pods", "get pods -o wide", "get rs", "get deploy hello-node", "get endpoints hello-node"]) await same(line);
  });

  it("set image, rollout status while it rolls, rollout history", async () => {
    await change("real", "set image deployment/hello-node echoserver=k8s.gcr.io/echoserver:1.10", "deployment.apps/hello-node image updated\n");
    for (const line of ["get rs", "get pods"]) await same(line);
    // both follow the same rollout: the clock steps only once both are watching
    const args = split("rollout status deployment/hello-node");
    const real = sbs.real(args);
    await sbs.realWatching();
    const ours = sbs.ours(args);
    let done = false;
    const both = Promise.all([real, ours]).finally(() => (done = true));
    for (let i = 0; i < 120 && !done; i++) {
      await sbs.advance(1);
      await new Promise((r) => setTimeout(r, 25));
    }
    const [r, o] = await both;
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe('deployment "hello-node" successfully rolled out');
    expect.soft(o, "kubectl rollout status deployment/hello-node (while rolling)").toEqual(r);
    for (const line of ["get rs", "get rs -o wide", "get pods", "rollout history deployment/hello-node", "rollout history deployment/hello-node --revision=2"]) {
      await same(line);
    }
  });

  it("rollout undo, rollout status, rollout history", async () => {
    await change("ours", "rollout undo deployment/hello-node", "deployment.apps/hello-node rolled back\n", 60);
    for (const line of [
      "rollout status deployment/hello-node",
      "rollout history deployment/hello-node",
      "get rs -o wide",
      "get deployment hello-node -o yaml",
    ]) {
      await same(line);
    }
  });

  it("logs", async () => {
    const [pod] = podNames("app=hello-node");
    for (const line of [`logs ${pod}`, "logs deploy/hello-node", "logs -l app=hello-node", `logs ${pod} --tail=1`]) await same(line);
    await same(`logs ${pod} -c nosuch`, false, 1);
  });

  it("run, and the kube-system objects", async () => {
    await change("real", "run nginx --image=nginx --labels=app=web", "pod/nginx created\n", 30);
    for (const line of [
      "get pod nginx -o go-template={{.status.phase}}",
      "get pods -L app --sort-by=.metadata.name",
      "get pods --sort-by=.status.phase",
      "get ds,sa,secrets,cm -A",
      "api-resources",
      "rollout status daemonset/kube-proxy -n kube-system",
    ]) {
      await same(line);
    }
  });

  it("apply -f of a Deployment manifest: created, unchanged, configured", async () => {
    const file = sbs.runner.file("nginx.yaml", NGINX_DEPLOYMENT);
    await change("real", `apply -f ${file}`, "deployment.apps/nginx-deployment created\n", 30);
    await change("ours", `apply -f ${file}`, "deployment.apps/nginx-deployment unchanged\n");
    writeFileSync(file, NGINX_DEPLOYMENT.replace("replicas: 3", "replicas: 2"));
    await change("ours", `apply -f ${path.basename(file)}`, "deployment.apps/nginx-deployment configured\n", 30);
    for (const line of ["get deploy nginx-deployment -o yaml", "get pods -l app=nginx -o wide", "get all", "get all -A", "get deploy,svc"]) {
      await same(line);
    }
  });

  it("describe, once the cluster's clock has caught up with the wall clock", async () => {
    for (const line of [
      "describe pods",
      "describe pods -l app=badimg",
      "describe deployment",
      "describe deployment hello-node",
      "describe services",
      "describe nodes",
      "describe rs",
      "describe ns default",
      "describe endpoints hello-node",
      "describe configmap kube-root-ca.crt",
      "describe sa default",
      "describe secrets",
      "describe ds -n kube-system",
      "describe pod -n kube-system coredns",
      "describe pod nginx",
      "get events",
      "get events -o wide",
      "get all",
    ]) {
      await same(line, true);
    }
  });

  it("delete service -l, delete deployment, and what is left", async () => {
    await sbs.alignToWall();
    await change("ours", "delete service -l app=hello-node", 'service "hello-node" deleted\n');
    await change("real", "delete deployment hello-node", 'deployment.apps "hello-node" deleted\n');
    for (const line of ["get svc", "get deploy", "get pods", "get all", "get events", "describe pods -l app=hello-node", "delete service -l app=hello-node"]) {
      await same(line, true);
    }
  });
});
