/**
 * How requests fail or succeed in the simulated network, as curl would report them.
 */
import { describe, expect, it } from "vitest";
import { exposeNodePort, newScenario, type Scenario } from "../scenarios/scenario-harness";

function runHttpd(s: Scenario, name: string): void {
  s.cluster.store.create("pods", "default", {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, labels: { app: "web" } },
    spec: { containers: [{ name: "httpd", image: "httpd:2.4", ports: [{ containerPort: 80, name: "http" }] }] },
  });
}

const req = (s: Scenario, host: string, port: number, fromPod?: string) =>
  s.cluster.network.request({ method: "GET", host, port, path: "/", fromPod: fromPod ? { namespace: "default", name: fromPod } : undefined });

describe("cluster network", () => {
  it("reaches a pod by IP, service IP, NodePort and service name", async () => {
    const s = newScenario();
    runHttpd(s, "web-1");
    s.clock.advance(15_000);
    const ip = s.cluster.store.get("pods", "default", "web-1").status.podIP;
    const body = "<html><body><h1>It works!</h1></body></html>\n";
    expect(await req(s, ip, 80)).toMatchObject({ ok: true, status: 200, body });
    const svc = s.cluster.store.create("services", "default", {
      apiVersion: "v1", kind: "Service", metadata: { name: "web" },
      spec: { selector: { app: "web" }, ports: [{ port: 8080, targetPort: "http" }], type: "NodePort" },
    });
    expect(await req(s, svc.spec.clusterIP, 8080)).toMatchObject({ ok: true, body });
    expect(await req(s, "192.168.49.2", svc.spec.ports[0].nodePort)).toMatchObject({ ok: true, body });
    expect(await req(s, "web", 8080, "web-1")).toMatchObject({ ok: true, body });
    expect(await req(s, "web.default.svc.cluster.local", 8080, "web-1")).toMatchObject({ ok: true, body });
    expect(await req(s, "web", 8080)).toEqual({ ok: false, error: "unresolved", message: "Could not resolve host: web" });
  });

  it("fails like the real thing", async () => {
    const s = newScenario();
    runHttpd(s, "web-1");
    s.clock.advance(15_000);
    const ip = s.cluster.store.get("pods", "default", "web-1").status.podIP;
    expect(await req(s, ip, 8080)).toEqual({ ok: false, error: "refused", message: `Failed to connect to ${ip} port 8080: Connection refused` });
    expect(await req(s, "172.17.0.99", 80)).toMatchObject({ ok: false, error: "unreachable" });
    expect(await req(s, "10.0.0.1", 80)).toMatchObject({ ok: false, error: "timeout" });
    // A service whose pods are not there: kube-proxy's REJECT rule.
    const empty = exposeNodePort(s, "nothing", 80);
    expect(await req(s, empty.spec.clusterIP, 80)).toMatchObject({ ok: false, error: "refused" });
    expect(await req(s, "192.168.49.2", empty.spec.ports[0].nodePort)).toMatchObject({ ok: false, error: "refused" });
    // A port the service does not declare has no rule: the packet is lost.
    expect(await req(s, empty.spec.clusterIP, 81)).toMatchObject({ ok: false, error: "timeout" });
  });
});
