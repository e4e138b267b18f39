/**
 * What kubectl prints around the hooks the shell serves: exec's exit status, proxy's bound port, and
 * the connection error when no cluster runs (worded with the kubeconfig's server).
 */
import { describe, expect, it } from "vitest";
import { FakeTransport } from "../fake-transport";
import type { ExecRequest, ProxyRequest } from "../io";
import { runWith } from "../test-io";

const POD = {
  kind: "Pod",
  apiVersion: "v1",
  metadata: { name: "web", namespace: "default" },
  spec: { containers: [{ name: "nginx" }] },
  status: { phase: "Running", containerStatuses: [{ name: "nginx", state: { running: {} } }] },
};

const podTransport = () => new FakeTransport().on("GET", "/api/v1/namespaces/default/pods/web", POD);

const KUBECONFIG = `apiVersion: v1
clusters:
- cluster:
    server: https://192.168.49.2:8443
  name: minikube
contexts:
- context:
    cluster: minikube
    user: minikube
  name: minikube
current-context: minikube
kind: Config
`;

const files = (entries: Record<string, string>) => async (p: string) => {
  if (p in entries) return entries[p];
  throw new Error(`${p}: no such file`);
};

describe("exec's exit status", () => {
  it("says the command terminated and exits with its code", async () => {
    const r = await runWith(["exec", "web", "--", "false"], podTransport(), { exec: async () => 3 });
    expect(r).toEqual({ code: 3, stdout: "", stderr: "command terminated with exit code 3\n" });
  });

  it("says nothing on success", async () => {
    let seen: ExecRequest | undefined;
    const r = await runWith(["exec", "web", "--", "true"], podTransport(), { exec: async (req) => ((seen = req), 0) });
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(seen?.command).toEqual(["true"]);
  });
});

describe("kubectl proxy", () => {
  it("announces the address only once the port is bound", async () => {
    const order: string[] = [];
    let stdout = "";
    const r = await runWith(["proxy", "--port=0"], new FakeTransport(), {
      stdout: (s) => ((stdout += s), order.push("print")),
      listenProxy: async (req: ProxyRequest) => {
        order.push(`bind ${req.address}:${req.port}`);
        return { address: "127.0.0.1:41234", serve: async () => (order.push("serve"), 130) };
      },
    });
    expect(r.code).toBe(130);
    expect(stdout).toBe("Starting to serve on 127.0.0.1:41234\n");
    expect(order).toEqual(["bind 127.0.0.1:0", "print", "serve"]);
  });

  it("prints only the listen error when the port is taken", async () => {
    const r = await runWith(["proxy"], new FakeTransport(), {
      listenProxy: async () => {
        throw new Error("listen tcp 127.0.0.1:8001: bind: address already in use");
      },
    });
    expect(r).toEqual({ code: 1, stdout: "", stderr: "error: listen tcp 127.0.0.1:8001: bind: address already in use\n" });
  });
});

describe("no cluster", () => {
  const refused = (host: string) => `The connection to the server ${host} was refused - did you specify the right host or port?\n`;

  it("names the kubeconfig's server when its context is still current (minikube stop --keep-context-active)", async () => {
    const readFile = files({ "/home/student/.kube/config": KUBECONFIG });
    const r = await runWith(["get", "pods"], null, { env: { HOME: "/home/student" }, readFile });
    expect(r).toEqual({ code: 1, stdout: "", stderr: refused("192.168.49.2:8443") });
  });

  it("falls back to localhost:8080 when the current context is unset (what minikube stop does by default)", async () => {
    const readFile = files({ "/home/student/.kube/config": KUBECONFIG.replace("current-context: minikube", 'current-context: ""') });
    const r = await runWith(["get", "pods"], null, { env: { HOME: "/home/student" }, readFile });
    expect(r.stderr).toBe(refused("localhost:8080"));
  });

  it("falls back to localhost:8080 without a kubeconfig (minikube delete removes it)", async () => {
    const r = await runWith(["get", "pods"], null, { env: { HOME: "/home/student" }, readFile: files({}) });
    expect(r.stderr).toBe(refused("localhost:8080"));
  });

  it("follows --kubeconfig and $KUBECONFIG", async () => {
    const other = KUBECONFIG.replace("https://192.168.49.2:8443", "https://10.0.0.9:6443");
    const readFile = files({ "/tmp/a": other, "/tmp/b": KUBECONFIG });
    expect((await runWith(["get", "pods", "--kubeconfig=/tmp/b"], null, { env: {}, readFile })).stderr).toBe(refused("192.168.49.2:8443"));
    expect((await runWith(["get", "pods"], null, { env: { KUBECONFIG: "/tmp/missing:/tmp/a:/tmp/b" }, readFile })).stderr).toBe(refused("10.0.0.9:6443"));
  });

  it("keeps cluster-info's hint before the error", async () => {
    const readFile = files({ "/root/.kube/config": KUBECONFIG });
    const r = await runWith(["cluster-info"], null, { env: { HOME: "/root" }, readFile });
    expect(r.stderr).toBe(`To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n${refused("192.168.49.2:8443")}`);
  });
});
