import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../http/test-server";
import { startLabTestServer, type LabTestServer } from "./lab-test-server";

/**
 * The Kubernetes API of each sandbox over HTTP: who gets in with which credentials, and that nothing
 * leaks from one sandbox into another.
 */
let server: LabTestServer;
const clients: Record<string, ApiClient> = {};
const sandboxIds: Record<string, string> = {};
const tokens: Record<string, string> = {};

async function signUp(name: string, code: string) {
  const c = new ApiClient(server.url);
  expect((await c.call("POST", "/api/auth/join", { code, username: name, displayName: name, password: "password-1" })).status).toBe(200);
  return c;
}

function kube(path: string, init: RequestInit = {}) {
  return fetch(server.url + path, init);
}

beforeAll(async () => {
  server = await startLabTestServer();
  const admin = new ApiClient(server.url);
  await admin.call("POST", "/api/auth/setup", { username: "admin", displayName: "Admin", password: "password-1" });
  const cohort = (await admin.call("POST", "/api/teach/cohorts", { name: "A" })).json.cohort;
  for (const name of ["alice", "bob"]) {
    clients[name] = await signUp(name, cohort.joinCode);
    const me = (await clients[name].call("GET", "/api/me")).json.user;
    const sandbox = await server.lab.lab.sandboxOf(me.id);
    sandboxIds[name] = sandbox.id;
    await sandbox.startMinikube();
    const kubeconfig = (await clients[name].call("GET", "/api/lab/kubeconfig")).text;
    tokens[name] = /token: (\S+)/.exec(kubeconfig)![1];
    expect(kubeconfig).toContain(`server: ${server.url}/k8s/${sandbox.id}`);
  }
  const alice = await server.lab.lab.sandboxOf((await clients.alice.call("GET", "/api/me")).json.user.id);
  const cluster = (await alice.runningCluster())!;
  cluster.store.create("configmaps", "default", { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "alice-secret-notes" }, data: { a: "1" } });
  await cluster.flush();
});
afterAll(async () => server.close());

describe("kube-api mount", () => {
  it("serves a sandbox's API to its token", async () => {
    const r = await kube(`/k8s/${sandboxIds.alice}/api/v1/namespaces/default/configmaps`, { headers: { authorization: `Bearer ${tokens.alice}` } });
    expect(r.status).toBe(200);
    const list = await r.json();
    expect(list.kind).toBe("ConfigMapList");
    expect(list.items.map((i: { metadata: { name: string } }) => i.metadata.name)).toContain("alice-secret-notes");
  });

  it("refuses a missing or wrong token with a 401 Status", async () => {
    const none = await kube(`/k8s/${sandboxIds.alice}/api/v1/namespaces/default/pods`);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ kind: "Status", reason: "Unauthorized", code: 401 });
    const wrong = await kube(`/k8s/${sandboxIds.alice}/api/v1/namespaces/default/pods`, { headers: { authorization: "Bearer podium-nope" } });
    expect(wrong.status).toBe(401);
  });

  it("refuses one student's token on another student's sandbox, and shows none of its objects", async () => {
    const r = await kube(`/k8s/${sandboxIds.alice}/api/v1/namespaces/default/configmaps`, { headers: { authorization: `Bearer ${tokens.bob}` } });
    expect([401, 403, 404]).toContain(r.status);
    expect(await r.text()).not.toContain("alice-secret-notes");
    const own = await kube(`/k8s/${sandboxIds.bob}/api/v1/namespaces/default/configmaps`, { headers: { authorization: `Bearer ${tokens.bob}` } });
    expect(await own.text()).not.toContain("alice-secret-notes");
  });

  it("refuses another student's session cookie but accepts the owner's", async () => {
    const path = `/k8s/${sandboxIds.alice}/api/v1/namespaces/default/configmaps`;
    expect((await kube(path, { headers: { cookie: clients.bob.cookie } })).status).toBe(403);
    expect((await kube(path, { headers: { cookie: clients.alice.cookie } })).status).toBe(200);
  });

  it("revokes the old token when a new kubeconfig is downloaded", async () => {
    const old = tokens.alice;
    const kubeconfig = (await clients.alice.call("GET", "/api/lab/kubeconfig")).text;
    tokens.alice = /token: (\S+)/.exec(kubeconfig)![1];
    const path = `/k8s/${sandboxIds.alice}/api/v1/namespaces/default/pods`;
    expect((await kube(path, { headers: { authorization: `Bearer ${old}` } })).status).toBe(401);
    expect((await kube(path, { headers: { authorization: `Bearer ${tokens.alice}` } })).status).toBe(200);
  });

  it("revokes the token on reset, after which the sandbox has no cluster", async () => {
    expect((await clients.bob.call("POST", "/api/lab/reset")).status).toBe(200);
    const r = await kube(`/k8s/${sandboxIds.bob}/api/v1/namespaces/default/pods`, { headers: { authorization: `Bearer ${tokens.bob}` } });
    expect(r.status).toBe(401);
    const viaCookie = await kube(`/k8s/${sandboxIds.bob}/api/v1/namespaces/default/pods`, { headers: { cookie: clients.bob.cookie } });
    expect(viaCookie.status).toBe(503);
  });

  it("does not let a cookie-authenticated write come from another site", async () => {
    const r = await kube(`/k8s/${sandboxIds.alice}/api/v1/namespaces/default/configmaps`, {
      method: "POST",
      headers: { cookie: clients.alice.cookie, origin: "https://evil.example", "content-type": "application/json" },
      body: JSON.stringify({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "planted" } }),
    });
    expect(r.status).toBe(403);
  });
});
