import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { io as connect } from "socket.io-client";
import { ApiClient, startTestServer, type TestServer } from "./test-server";

let server: TestServer;
const admin = { username: "admin", displayName: "Admin", password: "admin-password" };

beforeAll(async () => {
  server = await startTestServer();
  const c = new ApiClient(server.url);
  expect((await c.call("POST", "/api/auth/setup", admin)).status).toBe(200);
});
afterAll(async () => server.close());

describe("accounts and sessions", () => {
  it("refuses a second first-run setup", async () => {
    const r = await new ApiClient(server.url).call("POST", "/api/auth/setup", { ...admin, username: "other" });
    expect(r.status).toBe(403);
  });

  it("signs in, reads the session back, and signs out", async () => {
    const c = new ApiClient(server.url);
    const login = await c.call("POST", "/api/auth/login", { username: "ADMIN", password: admin.password });
    expect(login.status).toBe(200);
    expect(login.headers.get("set-cookie")).toMatch(/podium_session=.+; Path=\/; HttpOnly; SameSite=Lax/);
    expect((await c.call("GET", "/api/me")).json.user).toMatchObject({ username: "admin", role: "admin" });
    await c.call("POST", "/api/auth/logout");
    expect((await c.call("GET", "/api/me")).status).toBe(401);
  });

  it("expires sessions on the server", async () => {
    const c = new ApiClient(server.url);
    await c.call("POST", "/api/auth/login", { username: "admin", password: admin.password });
    await server.services.db.session.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    const before = await server.services.db.session.count();
    expect((await c.call("GET", "/api/me")).status).toBe(401);
    // The expired session row is removed when it is next presented.
    expect(await server.services.db.session.count()).toBe(before - 1);
  });

  it("rate-limits an account after repeated failures, even with the right password", async () => {
    const c = new ApiClient(server.url);
    await c.call("POST", "/api/admin/users", {});
    const owner = new ApiClient(server.url);
    await owner.call("POST", "/api/auth/login", { username: "admin", password: admin.password });
    await owner.call("POST", "/api/admin/users", { username: "victim", displayName: "V", password: "victim-pass", role: "teacher" });
    for (let i = 0; i < 5; i++) {
      expect((await c.call("POST", "/api/auth/login", { username: "victim", password: "guess" + i })).status).toBe(401);
    }
    const blocked = await c.call("POST", "/api/auth/login", { username: "victim", password: "victim-pass" });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("bad input", () => {
  it("answers malformed JSON with 400 and no stack trace", async () => {
    const r = await new ApiClient(server.url).call("POST", "/api/auth/login", "{not json");
    expect(r.status).toBe(400);
    expect(r.json.error.message).toBe("The request body is not valid JSON.");
    expect(r.text).not.toMatch(/at .*\.ts/);
  });

  it("answers oversized bodies with 413", async () => {
    const r = await new ApiClient(server.url).call("POST", "/api/auth/login", { username: "a", password: "x".repeat(200_000) });
    expect(r.status).toBe(413);
  });

  it("answers schema violations with 400 naming the field", async () => {
    const c = new ApiClient(server.url);
    await c.call("POST", "/api/auth/login", { username: "admin", password: admin.password });
    const r = await c.call("POST", "/api/admin/users", { username: "Bad Name!", displayName: "x", password: "longenough", role: "teacher" });
    expect(r.status).toBe(400);
    expect(r.json.error.field).toBe("username");
  });

  it("answers unknown API routes with 404 and wrong methods with 405", async () => {
    const c = new ApiClient(server.url);
    await c.call("POST", "/api/auth/login", { username: "admin", password: admin.password });
    expect((await c.call("GET", "/api/does-not-exist")).status).toBe(404);
    expect((await c.call("DELETE", "/api/auth/login")).status).toBe(405);
  });

  it("refuses a mutating request from a foreign origin", async () => {
    const r = await new ApiClient(server.url, "https://evil.example").call("POST", "/api/auth/login", { username: "admin", password: admin.password });
    expect(r.status).toBe(403);
    expect(r.json.error.code).toBe("foreign_origin");
  });

  it("ignores a forged user header", async () => {
    const forged = Buffer.from(JSON.stringify({ id: "x", username: "x", displayName: "x", role: "admin", locale: "en" })).toString("base64url");
    const r = await new ApiClient(server.url).call("GET", "/admin", undefined, { "x-podium-user": forged });
    expect(r.status).toBe(303);
    expect(r.headers.get("location")).toBe("/login?next=%2Fadmin");
  });
});

describe("health", () => {
  it("reports the database", async () => {
    const r = await new ApiClient(server.url).call("GET", "/api/health");
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ status: "ok", db: "ok", version: "test" });
  });
});

describe("socket.io", () => {
  const tryConnect = (cookie?: string) =>
    new Promise<string>((resolve) => {
      const s = connect(server.url, { transports: ["websocket"], extraHeaders: cookie ? { cookie } : {}, reconnection: false });
      s.on("connect", () => (s.close(), resolve("connected")));
      s.on("connect_error", (e) => (s.close(), resolve(e.message)));
    });

  it("refuses a connection without a valid session", async () => {
    expect(await tryConnect()).toBe("unauthorized");
    expect(await tryConnect("podium_session=forged-token")).toBe("unauthorized");
  });

  it("accepts the session cookie of a signed-in user", async () => {
    const c = new ApiClient(server.url);
    await c.call("POST", "/api/auth/login", { username: "admin", password: admin.password });
    expect(await tryConnect(c.cookie)).toBe("connected");
  });
});
