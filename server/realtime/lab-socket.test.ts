import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { io as connect, type Socket } from "socket.io-client";
import { ApiClient } from "../http/test-server";
import { startLabTestServer, type LabTestServer } from "../lab/lab-test-server";

/**
 * The terminal protocol as a browser speaks it: socket.io events in, screen out. Assertions read the
 * server's screen buffer, the same one a reconnecting browser or a teacher's mirror is given.
 */
let server: LabTestServer;
let cookie = "";
let sandboxId = "";
const sockets: Socket[] = [];

async function open(): Promise<Socket> {
  const s = connect(server.url, { transports: ["websocket"], extraHeaders: { cookie }, reconnection: false });
  sockets.push(s);
  await new Promise<void>((resolve, reject) => {
    s.on("connect", () => resolve());
    s.on("connect_error", reject);
  });
  return s;
}

async function screen(tab: string): Promise<string> {
  return (await server.lab.lab.terminals.get(sandboxId, tab)!.screenText());
}

async function until(tab: string, pattern: RegExp, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = "";
  while (Date.now() < deadline) {
    text = await screen(tab);
    if (pattern.test(text)) return text;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`screen of tab ${tab} never matched ${pattern}:\n${text}`);
}

beforeAll(async () => {
  server = await startLabTestServer(100);
  const admin = new ApiClient(server.url);
  await admin.call("POST", "/api/auth/setup", { username: "admin", displayName: "Admin", password: "password-1" });
  const code = (await admin.call("POST", "/api/teach/cohorts", { name: "A" })).json.cohort.joinCode;
  const student = new ApiClient(server.url);
  await student.call("POST", "/api/auth/join", { code, username: "stu", displayName: "Stu", password: "password-1" });
  cookie = student.cookie;
  const me = (await student.call("GET", "/api/me")).json.user;
  sandboxId = (await server.lab.lab.sandboxOf(me.id)).id;
});

afterAll(async () => {
  for (const s of sockets) s.close();
  await server.close();
});

describe("terminal over socket.io", () => {
  it("opens a tab with a prompt and edits the line with the arrow keys", async () => {
    const s = await open();
    const reply = await s.emitWithAck("term:open", { tabId: "1", cols: 100, rows: 30 });
    expect(reply.snapshot).toContain("$");
    s.emit("term:input", { tabId: "1", data: "echo wrld\x1b[D\x1b[D\x1b[Do\r" });
    await until("1", /^world$/m);
  });

  it("recalls history with the up arrow", async () => {
    const s = sockets[0];
    s.emit("term:input", { tabId: "1", data: "echo again-$((20+22))\r" });
    await until("1", /^again-42$/m);
    s.emit("term:input", { tabId: "1", data: "\x1b[A\r" });
    await until("1", /^again-42$[\s\S]*^again-42$/m);
  });

  it("completes a command name with Tab", async () => {
    sockets[0].emit("term:input", { tabId: "1", data: "minik\t version\r" });
    await until("1", /minikube version: v1\.18\.0/);
  });

  it("interrupts a running command with Ctrl-C", async () => {
    const s = sockets[0];
    s.emit("term:input", { tabId: "1", data: "sleep 100000\r" });
    await new Promise((r) => setTimeout(r, 200));
    s.emit("term:input", { tabId: "1", data: "\x03" });
    s.emit("term:input", { tabId: "1", data: "echo after-interrupt\r" });
    await until("1", /^after-interrupt$/m, 5_000);
  });

  it("restores the screen for a reconnecting browser", async () => {
    sockets[0].close();
    const s = await open();
    const reply = await s.emitWithAck("term:open", { tabId: "1", cols: 100, rows: 30 });
    expect(reply.snapshot).toContain("after-interrupt");
  });

  it("runs kubectl proxy in one tab and curl through it in another", async () => {
    const s = sockets[sockets.length - 1];
    s.emit("term:input", { tabId: "1", data: "minikube start\r" });
    await until("1", /Done! kubectl is now configured/, 30_000);
    await s.emitWithAck("term:open", { tabId: "2", cols: 100, rows: 30 });
    s.emit("term:input", { tabId: "2", data: "kubectl proxy\r" });
    await until("2", /Starting to serve on 127\.0\.0\.1:8001/);
    s.emit("term:input", { tabId: "1", data: "curl http://localhost:8001/version\r" });
    await until("1", /"gitVersion": "v1\.20\.2"/);
    s.emit("term:input", { tabId: "2", data: "\x03" });
    s.emit("term:input", { tabId: "1", data: "curl -s http://localhost:8001/version; echo rc=$?\r" });
    await until("1", /rc=7/);
  });

  it("rejects malformed events without crashing the connection", async () => {
    const s = sockets[sockets.length - 1];
    expect(await s.emitWithAck("term:open", { tabId: "../../etc", cols: 80, rows: 24 })).toEqual({ error: "Invalid request." });
    expect(await s.emitWithAck("term:open", { tabId: "1", cols: 1e9, rows: 24 })).toEqual({ error: "Invalid request." });
    expect(await s.emitWithAck("lab:join", { courseId: "nope", lessonId: "nope" })).toMatchObject({ error: expect.stringContaining("no lesson") });
    s.emit("term:input", { tabId: "1", data: "echo still-alive\r" });
    await until("1", /^still-alive$/m);
  });
});
