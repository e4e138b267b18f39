import { describe, expect, it } from "vitest";
import { startApp } from "./app-registry";
import type { AppEnv } from "./simulated-app";

function env(at = Date.UTC(2022, 5, 16, 22, 38, 6, 372)) {
  let out = "";
  let now = at;
  const e: AppEnv = { podName: "kubernetes-bootcamp-fb5c67579-8sm7d", namespace: "default", podIP: "172.17.0.3", startedAt: at, now: () => now, write: (t) => (out += t) };
  return { e, out: () => out, tick: (ms: number) => (now += ms) };
}

const request = { method: "GET", path: "/", headers: { host: "192.168.49.2:31006", "user-agent": "curl/7.68.0", accept: "*/*" }, clientIP: "172.17.0.1", port: 8080 };

describe("simulated apps", () => {
  it("bootcamp answers and logs like server.js", () => {
    const { e, out, tick } = env();
    const app = startApp("bootcamp-v1", "v1", {}, e);
    expect(out()).toBe("Kubernetes Bootcamp App Started At: 2022-06-16T22:38:06.372Z | Running On:  kubernetes-bootcamp-fb5c67579-8sm7d \n\n");
    tick(12_500);
    expect(app.handle!(request).body).toBe("Hello Kubernetes bootcamp! | Running on: kubernetes-bootcamp-fb5c67579-8sm7d | v=1\n");
    expect(out().split("\n\n")[1]).toBe("Running On: kubernetes-bootcamp-fb5c67579-8sm7d | Total Requests: 1 | App Uptime: 12.5 seconds | Log Time: 2022-06-16T22:38:18.872Z\n");
    expect(app.sigterm).toBe("ignore");
  });

  it("echoserver 1.4 echoes the request", () => {
    const { e } = env();
    const body = startApp("echoserver-1.4", "1.4", {}, e).handle!(request).body;
    expect(body).toContain("CLIENT VALUES:\nclient_address=172.17.0.1\ncommand=GET\nreal path=/\nquery=nil\nrequest_version=1.1\nrequest_uri=http://192.168.49.2:8080/\n");
    expect(body).toContain("HEADERS RECEIVED:\naccept=*/*\nhost=192.168.49.2:31006\nuser-agent=curl/7.68.0\nBODY:\n-no body in request-");
  });

  it("nginx serves its welcome page", () => {
    const { e, out } = env();
    const res = startApp("nginx", "latest", {}, e).handle!({ ...request, port: 80 });
    expect(res.body).toContain("<h1>Welcome to nginx!</h1>");
    expect(res.headers["Content-Length"]).toBe("612");
    expect(out()).toMatch(/"GET \/ HTTP\/1.1" 200 612 "-" "curl\/7.68.0" "-"\n$/);
  });

  it("shells without a terminal exit at once; sleep runs", () => {
    expect(startApp("busybox", "latest", {}, env().e).exits).toEqual({ afterMs: 0, exitCode: 0 });
    expect(startApp("busybox", "latest", { command: ["sleep", "30"] }, env().e).exits).toEqual({ afterMs: 30_000, exitCode: 0 });
    expect(startApp("busybox", "latest", { command: ["sh", "-c", "while true; do sleep 1; done"] }, env().e).exits).toBeUndefined();
  });
});
