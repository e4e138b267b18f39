/**
 * The machine's own kubectl (often v1.32) against a served sandbox, when one is on PATH. Newer clients
 * warn about version skew and format some things differently, so these assertions check behaviour,
 * not bytes: discovery, tables, apply, scale, rollouts, logs, errors.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveSandbox, type ServedSandbox } from "@/server/cli/serve-sandbox";
import { kubectlOnPath } from "./testing/kubectl-binary";
import { KubectlRunner, type KubectlResult } from "./testing/kubectl-runner";
import { isRolloutStatusLine, NGINX_DEPLOYMENT } from "./testing/kubectl-scenario";

const binary = await kubectlOnPath();
if ("skip" in binary) console.warn(`kubectl-newer: skipped: ${binary.skip}`);

let served: ServedSandbox;
let k: KubectlRunner;
const kubectl = (...args: string[]): Promise<KubectlResult> => k.run(args);

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf("skip" in binary)("the machine's kubectl against a served sandbox", () => {
  beforeAll(async () => {
    served = await serveSandbox("127.0.0.1", 0, { speed: 20, untilSigint: false });
    k = new KubectlRunner((binary as { path: string }).path, served.url);
  });
  afterAll(async () => {
    k?.dispose();
    await served?.close();
  });

  it("reads the server version and lists nodes, namespaces and system pods", async () => {
    expect((await kubectl("version")).stdout).toContain("Server Version: v1.20.2");
    expect((await kubectl("get", "nodes")).stdout).toMatch(/^NAME +STATUS +ROLES +AGE +VERSION\nminikube +Ready +control-plane,master +\S+ +v1\.20\.2\n$/);
    expect((await kubectl("get", "ns")).stdout).toContain("kube-system");
    expect((await kubectl("get", "pods", "-A")).stdout).toMatch(/kube-system +coredns-74ff55c5b-\w{5} +1\/1 +Running/);
  });

  it("applies a deployment, scales it and rolls out a new image", async () => {
    const file = k.file("nginx.yaml", NGINX_DEPLOYMENT);
    expect((await kubectl("apply", "-f", file)).stdout).toBe("deployment.apps/nginx-deployment created\n");
    expect((await kubectl("scale", "deployment", "nginx-deployment", "--replicas=2")).stdout).toBe("deployment.apps/nginx-deployment scaled\n");
    expect((await kubectl("set", "image", "deployment/nginx-deployment", "nginx=nginx:1.16.1")).stdout).toBe(
      "deployment.apps/nginx-deployment image updated\n",
    );
    const status = await kubectl("rollout", "status", "deployment/nginx-deployment", "--timeout=60s");
    expect(status.code).toBe(0);
    const lines = status.stdout.trimEnd().split("\n");
    expect(lines.every((l) => isRolloutStatusLine(l, "nginx-deployment"))).toBe(true);
    await until(async () => (await kubectl("get", "pods", "-l", "app=nginx", "--no-headers")).stdout.trim().split("\n").length === 2, "2 pods");
    expect((await kubectl("get", "deploy", "nginx-deployment", "-o", "wide")).stdout).toMatch(/nginx-deployment +2\/2 +2 +2 .* nginx:1\.16\.1 +app=nginx/);
  });

  it("reads logs and describes", async () => {
    const pod = (await kubectl("get", "pods", "-l", "app=nginx", "-o", "jsonpath={.items[0].metadata.name}")).stdout;
    const logs = await kubectl("logs", pod);
    expect(logs.code).toBe(0);
    const describe = await kubectl("describe", "deployment", "nginx-deployment");
    expect(describe.stdout).toMatch(/Replicas: +2 desired \| 2 updated \| 2 total \| 2 available \| 0 unavailable/);
  });

  it("creates objects it sends as protobuf (kubectl create <kind>)", async () => {
    for (const [args, out] of [
      [["create", "deployment", "web", "--image=nginx", "--replicas=2", "--port=80"], "deployment.apps/web created"],
      [["create", "namespace", "team-a"], "namespace/team-a created"],
      [["create", "configmap", "cfg", "--from-literal=a=b"], "configmap/cfg created"],
      [["create", "secret", "generic", "pw", "--from-literal=password=s3cret"], "secret/pw created"],
      [["create", "serviceaccount", "robot"], "serviceaccount/robot created"],
      [["create", "job", "once", "--image=busybox", "--", "echo", "hi"], "job.batch/once created"],
    ] as const) {
      const r = await kubectl(...args);
      expect(r.stdout, r.stderr).toBe(`${out}\n`);
    }
    expect((await kubectl("get", "secret", "pw", "-o", "jsonpath={.data.password}")).stdout).toBe("czNjcmV0");
    expect((await kubectl("get", "deploy", "web", "-o", "jsonpath={.spec.template.spec.containers[0].ports[0].containerPort}")).stdout).toBe("80");
    await kubectl("delete", "deployment", "web");
  });

  it("creates a service whose generated port name starts with a digit (80-8080, a valid DNS-1123 label)", async () => {
    const r = await kubectl("create", "service", "nodeport", "web-np", "--tcp=80:8080");
    expect(r.stdout, r.stderr).toBe("service/web-np created\n");
  });

  it("reports errors as upstream", async () => {
    const missing = await kubectl("get", "pods", "nosuchpod");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Error from server (NotFound): pods "nosuchpod" not found');
    const foo = await kubectl("get", "foo");
    expect(foo.code).toBe(1);
    expect(foo.stderr).toContain('the server doesn\'t have a resource type "foo"');
  });

  it("deletes", async () => {
    expect((await kubectl("delete", "deployment", "nginx-deployment")).stdout).toBe('deployment.apps "nginx-deployment" deleted\n');
  });
});
