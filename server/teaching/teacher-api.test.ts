/**
 * The teaching API and socket features end to end over the real request pipeline (test-server.ts):
 * authorization between cohorts, join-code limits, live dashboard events, mirroring and takeover,
 * roster import and CSV exports. The student side's runtime is the in-memory fake.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { io as connect, type Socket } from "socket.io-client";
import { ApiClient, startTestServer, type TestServer } from "../http/test-server";
import { ClassroomEvents } from "../classroom/classroom-events";
import { dashboardSocket } from "../realtime/dashboard-socket";
import { mirrorSocket } from "../realtime/mirror-socket";
import { teacherMessagesSocket } from "../realtime/teacher-messages-socket";
import { adminLiveRoutes } from "../http/routes/admin-live-routes";
import { TakeoverRegistry } from "./takeover-registry";
import { FakeStudentRuntime } from "./testing/fake-student-runtime";
import type { TeachingDeps } from "./teaching-deps";

let server: TestServer;
const events = new ClassroomEvents();
const runtime = new FakeStudentRuntime();
// The database exists only once the test server has started; `extend` fills it in before any socket connects.
const deps = { events, runtime, takeovers: new TakeoverRegistry() } as Omit<TeachingDeps, "db"> as TeachingDeps;
const sockets: Socket[] = [];

const admin = new ApiClient("");
const ta = new ApiClient("");
const tb = new ApiClient("");
const sa = new ApiClient("");
const sb = new ApiClient("");
let cohortA: { id: string; joinCode: string };
let cohortB: { id: string; joinCode: string };
let studentA: string;
let studentB: string;

function client(c: ApiClient) {
  return Object.assign(c, { base: server.url, origin: server.url });
}

async function login(c: ApiClient, username: string, password: string) {
  client(c);
  expect((await c.call("POST", "/api/auth/login", { username, password })).status).toBe(200);
}

function socketOf(c: ApiClient): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect(server.url, { transports: ["websocket"], extraHeaders: { cookie: c.cookie }, reconnection: false });
    sockets.push(s);
    s.on("connect", () => resolve(s));
    s.on("connect_error", reject);
  });
}

const ask = (s: Socket, event: string, payload: unknown) => s.timeout(5000).emitWithAck(event, payload) as Promise<any>;
const next = <T = any>(s: Socket, event: string, ms = 2000) =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${ms} ms`)), ms);
    s.once(event, (payload: T) => (clearTimeout(timer), resolve(payload)));
  });

beforeAll(async () => {
  server = await startTestServer({
    sockets: [dashboardSocket(deps), mirrorSocket(deps), teacherMessagesSocket(deps)],
    routes: [adminLiveRoutes(runtime)],
    extend: (services) => void (deps.db = services.db),
  });
  client(admin);
  expect((await admin.call("POST", "/api/auth/setup", { username: "admin", displayName: "Admin", password: "admin-password" })).status).toBe(200);
  for (const [name, c] of [["ta", ta], ["tb", tb]] as const) {
    expect((await admin.call("POST", "/api/admin/users", { username: name, displayName: name, password: "teacher-pass", role: "teacher" })).status).toBeLessThan(300);
    await login(c, name, "teacher-pass");
  }
  cohortA = (await ta.call("POST", "/api/teach/cohorts", { name: "Cohort A" })).json.cohort;
  cohortB = (await tb.call("POST", "/api/teach/cohorts", { name: "Cohort B" })).json.cohort;
  client(sa);
  client(sb);
  expect((await sa.call("POST", "/api/auth/join", { code: cohortA.joinCode, username: "lei", displayName: "李雷", password: "student-pass" })).status).toBe(200);
  expect((await sb.call("POST", "/api/auth/join", { code: cohortB.joinCode, username: "mei", displayName: "韩梅梅", password: "student-pass" })).status).toBe(200);
  studentA = (await sa.call("GET", "/api/me")).json.user.id;
  studentB = (await sb.call("GET", "/api/me")).json.user.id;
});

afterAll(async () => {
  for (const s of sockets) s.close();
  await server?.close();
});

describe("a teacher reaches only the cohorts they teach", () => {
  it("lists only their own cohorts; an admin sees all", async () => {
    expect((await ta.call("GET", "/api/teach/cohorts")).json.cohorts.map((c: any) => c.name)).toEqual(["Cohort A"]);
    expect((await admin.call("GET", "/api/teach/cohorts")).json.cohorts).toHaveLength(2);
  });

  it("reads its own dashboard, but not another cohort's dashboard, exports, students or settings", async () => {
    const own = await ta.call("GET", `/api/teach/cohorts/${cohortA.id}/dashboard`);
    expect(own.status).toBe(200);
    expect(own.json.students.map((s: any) => s.displayName)).toEqual(["李雷"]);
    const b = cohortB.id;
    for (const [method, path, body] of [
      ["GET", `/api/teach/cohorts/${b}`],
      ["GET", `/api/teach/cohorts/${b}/dashboard`],
      ["GET", `/api/teach/cohorts/${b}/export/progress.csv`],
      ["GET", `/api/teach/cohorts/${b}/export/commands.csv`],
      ["GET", `/api/teach/cohorts/${b}/students/${studentB}`],
      ["GET", `/api/teach/cohorts/${b}/students/${studentB}/commands`],
      ["PATCH", `/api/teach/cohorts/${b}`, { name: "mine now" }],
      ["POST", `/api/teach/cohorts/${b}/join-code`, { regenerate: true }],
      ["POST", `/api/teach/cohorts/${b}/roster`, { csv: "x1,X" }],
      ["POST", `/api/teach/cohorts/${b}/students/${studentB}/password`, {}],
      ["DELETE", `/api/teach/cohorts/${b}/students/${studentB}`],
      ["POST", `/api/teach/cohorts/${b}/teachers`, { username: "ta" }],
    ] as const) {
      expect((await ta.call(method, path, body)).status, `${method} ${path}`).toBe(403);
    }
    expect((await admin.call("GET", `/api/teach/cohorts/${b}/dashboard`)).status).toBe(200);
  });

  it("cannot reach another cohort's student through its own cohort id", async () => {
    expect((await ta.call("GET", `/api/teach/cohorts/${cohortA.id}/students/${studentB}`)).status).toBe(404);
    expect((await ta.call("GET", `/api/teach/cohorts/${cohortA.id}/students/${studentB}/commands`)).status).toBe(404);
    expect((await ta.call("POST", `/api/teach/cohorts/${cohortA.id}/students/${studentB}/password`, {})).status).toBe(404);
  });

  it("cannot move its student into a cohort it does not teach", async () => {
    const r = await ta.call("POST", `/api/teach/cohorts/${cohortA.id}/students/${studentA}/move`, { toCohortId: cohortB.id });
    expect(r.status).toBe(403);
  });

  it("keeps students out of the teaching API", async () => {
    expect((await sa.call("GET", `/api/teach/cohorts/${cohortA.id}/dashboard`)).status).toBe(403);
    expect((await sa.call("GET", "/api/teach/cohorts")).status).toBe(403);
  });
});

describe("socket rooms and mirrors are checked too", () => {
  it("refuses another cohort's dashboard room and any teacher room to a student", async () => {
    const teacher = await socketOf(ta);
    expect((await ask(teacher, "dashboard:join", { cohortId: cohortB.id })).code).toBe("forbidden");
    const student = await socketOf(sa);
    expect((await ask(student, "dashboard:join", { cohortId: cohortA.id })).code).toBe("forbidden");
    expect((await ask(student, "mirror:open", { studentId: studentA, tabId: "1" })).code).toBe("forbidden");
    expect((await ask(teacher, "mirror:open", { studentId: studentB, tabId: "1" })).code).toBe("forbidden");
    expect((await ask(teacher, "mirror:cluster", { studentId: studentB })).code).toBe("forbidden");
    expect((await ask(teacher, "teach:message", { studentId: studentB, text: "hi" })).code).toBe("forbidden");
    expect((await ask(teacher, "teach:reset-sandbox", { studentId: studentB })).code).toBe("forbidden");
    expect((await ask(teacher, "teach:takeover-request", { studentId: studentB, tabId: "1" })).code).toBe("forbidden");
    expect(runtime.resets).toEqual([]);
  });

  it("delivers a completed step to the cohort's dashboard within a second, and not to other cohorts", async () => {
    runtime.presences.set(studentA, "online");
    const teacherA = await socketOf(ta);
    const teacherB = await socketOf(tb);
    expect((await ask(teacherA, "dashboard:join", { cohortId: cohortA.id })).presence).toEqual({ [studentA]: "online" });
    await ask(teacherB, "dashboard:join", { cohortId: cohortB.id });
    const leakedToB: unknown[] = [];
    teacherB.on("dashboard:event", (e) => leakedToB.push(e));
    const arrived = next(teacherA, "dashboard:event", 1000);
    events.emit("step-completed", { userId: studentA, courseId: "kubernetes-basics", lessonId: "l1", stepId: "s1", completedAt: new Date() });
    expect(await arrived).toMatchObject({ type: "step-completed", userId: studentA, key: "kubernetes-basics/l1/s1" });
    await new Promise((r) => setTimeout(r, 100));
    expect(leakedToB).toEqual([]);
  });

  it("mirrors the student's terminal read-only until the student accepts a takeover", async () => {
    runtime.print(studentA, "1", "$ kubectl get pods\r\n");
    const teacher = await socketOf(ta);
    const student = await socketOf(sa);
    expect(await ask(teacher, "mirror:open", { studentId: studentA, tabId: "1" })).toEqual({ snapshot: "$ kubectl get pods\r\n" });
    const output = next(teacher, "mirror:output");
    runtime.print(studentA, "1", "No resources found\r\n");
    expect(await output).toEqual({ studentId: studentA, tabId: "1", data: "No resources found\r\n" });

    expect((await ask(teacher, "mirror:input", { studentId: studentA, tabId: "1", data: "ls\r" })).code).toBe("forbidden");
    const prompt = next(student, "takeover-request");
    const { requestId } = await ask(teacher, "teach:takeover-request", { studentId: studentA, tabId: "1" });
    expect(await prompt).toMatchObject({ requestId, tabId: "1", from: "ta" });
    const answer = next(teacher, "teach:takeover-answer");
    // Only the student asked can answer.
    const other = await socketOf(sb);
    expect((await ask(other, "takeover-answer", { requestId, allow: true })).code).toBe("not_found");
    await ask(student, "takeover-answer", { requestId, allow: true });
    expect(await answer).toMatchObject({ requestId, accepted: true });
    expect(await ask(teacher, "mirror:input", { studentId: studentA, tabId: "1", data: "ls\r" })).toEqual({ ok: true });
    expect(runtime.writes).toEqual([{ userId: studentA, tabId: "1", data: "ls\r" }]);

    const ended = next(teacher, "teach:takeover-ended");
    await ask(student, "takeover-end", { requestId });
    await ended;
    expect((await ask(teacher, "mirror:input", { studentId: studentA, tabId: "1", data: "x" })).code).toBe("forbidden");
  });

  it("stops streaming when the teacher closes the mirror", async () => {
    const teacher = await socketOf(ta);
    await ask(teacher, "mirror:open", { studentId: studentA, tabId: "1" });
    const before = runtime.listenerCount(studentA);
    await ask(teacher, "mirror:close", { studentId: studentA });
    expect(runtime.listenerCount(studentA)).toBe(before - 1);
  });

  it("sends a teacher's message to the student's lab and resets the student's sandbox", async () => {
    const teacher = await socketOf(ta);
    const student = await socketOf(sa);
    const message = next(student, "teacher-message");
    await ask(teacher, "teach:message", { studentId: studentA, text: "试试 kubectl describe" });
    expect(await message).toMatchObject({ from: "ta", text: "试试 kubectl describe" });
    expect(await ask(teacher, "teach:reset-sandbox", { studentId: studentA })).toEqual({ ok: true });
    expect(runtime.resets).toEqual([{ userId: studentA, by: expect.any(String) }]);
  });
});

describe("join codes", () => {
  const join = (code: string, username: string) =>
    client(new ApiClient("")).call("POST", "/api/auth/join", { code, username, displayName: username, password: "student-pass" });

  it("refuses an expired code", async () => {
    const c = (await ta.call("POST", "/api/teach/cohorts", { name: "Expired", codeExpires: new Date(Date.now() - 1000).toISOString() })).json.cohort;
    const r = await join(c.joinCode, "late-one");
    expect(r.status).toBe(410);
    expect(r.json.error.code).toBe("join_code_expired");
  });

  it("refuses a code used as often as allowed, and a regenerated code starts afresh", async () => {
    const c = (await ta.call("POST", "/api/teach/cohorts", { name: "Small", codeMaxUses: 1 })).json.cohort;
    expect((await join(c.joinCode, "first-one")).status).toBe(200);
    const second = await join(c.joinCode, "second-one");
    expect(second.status).toBe(410);
    expect(second.json.error.code).toBe("join_code_used_up");
    const fresh = (await ta.call("POST", `/api/teach/cohorts/${c.id}/join-code`, { regenerate: true, codeMaxUses: 2 })).json.cohort;
    expect(fresh.joinCode).not.toBe(c.joinCode);
    expect(fresh.codeUses).toBe(0);
    expect((await join(c.joinCode, "second-one")).json.error.code).toBe("join_code_unknown");
    expect((await join(fresh.joinCode, "second-one")).status).toBe(200);
  });

  it("refuses every code while an admin has closed registration", async () => {
    const settings = (await admin.call("GET", "/api/admin/settings")).json.settings;
    await admin.call("PUT", "/api/admin/settings", { ...settings, registrationOpen: false });
    const r = await join(cohortA.joinCode, "closed-out");
    expect(r.status).toBe(403);
    await admin.call("PUT", "/api/admin/settings", { ...settings, registrationOpen: true });
  });
});

describe("roster, people and exports", () => {
  it("imports a roster, returning generated passwords once, which then sign in", async () => {
    const r = await ta.call("POST", `/api/teach/cohorts/${cohortA.id}/roster`, { csv: "username,name,password\nwang,王小明,\nzhao,\"赵, 云\",given-password\nlei,dup\n" });
    expect(r.status).toBe(200);
    expect(r.json.created).toEqual([
      { username: "wang", displayName: "王小明", generatedPassword: expect.stringMatching(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/) },
      { username: "zhao", displayName: "赵, 云" },
    ]);
    expect(r.json.problems).toEqual([{ line: 4, username: "lei", message: "This username is taken." }]);
    await login(new ApiClient(""), "wang", r.json.created[0].generatedPassword);
    await login(new ApiClient(""), "zhao", "given-password");
  });

  it("resets a student's password and signs the student out", async () => {
    const r = await ta.call("POST", `/api/teach/cohorts/${cohortA.id}/students/${studentA}/password`, {});
    expect(r.json.generatedPassword).toBeTruthy();
    expect((await sa.call("GET", "/api/me")).status).toBe(401);
    await login(sa, "lei", r.json.generatedPassword);
  });

  it("exports progress and commands as UTF-8 CSV with a BOM, quoting and Chinese names", async () => {
    const { db } = server.services;
    await db.lessonProgress.create({ data: { userId: studentA, courseId: "kubernetes-basics", lessonId: "l1", stepId: "s1", completedAt: new Date(), hintsUsed: 1 } });
    await db.commandLog.create({ data: { userId: studentA, sandboxId: "sb", tabId: "1", command: 'kubectl get pods -o jsonpath="{.items[*].metadata.name}", done', exitCode: 1, startedAt: new Date(), durationMs: 12 } });
    const res = await fetch(`${server.url}/api/teach/cohorts/${cohortA.id}/export/commands.csv`, { headers: { cookie: ta.cookie } });
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="Cohort A commands \d{4}-\d\d-\d\d\.csv"/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text).toContain('lei,李雷,');
    expect(text).toContain(',1,1,12,"kubectl get pods -o jsonpath=""{.items[*].metadata.name}"", done"\r\n');
    const progress = await ta.call("GET", `/api/teach/cohorts/${cohortA.id}/export/progress.csv`);
    // fetch's text() drops the BOM when decoding, as a spreadsheet would.
    expect(progress.text.startsWith("username,display_name,course,lesson,step")).toBe(true);
    expect(progress.text).toMatch(/\r\nlei,李雷,kubernetes-basics,l1,s1,,[^,]+,[^,]+,0,1\r\n/);
    expect(progress.text).toContain("\r\nwang,王小明,,,,,,,,\r\n");
  });

  it("shares a cohort with a co-teacher, who can then see it, and keeps at least one teacher", async () => {
    expect((await ta.call("POST", `/api/teach/cohorts/${cohortA.id}/teachers`, { username: "tb" })).status).toBe(200);
    expect((await tb.call("GET", `/api/teach/cohorts/${cohortA.id}/dashboard`)).status).toBe(200);
    const tbId = (await tb.call("GET", "/api/me")).json.user.id;
    expect((await ta.call("DELETE", `/api/teach/cohorts/${cohortA.id}/teachers/${tbId}`)).status).toBe(200);
    expect((await tb.call("GET", `/api/teach/cohorts/${cohortA.id}/dashboard`)).status).toBe(403);
    const taId = (await ta.call("GET", "/api/me")).json.user.id;
    expect((await ta.call("DELETE", `/api/teach/cohorts/${cohortA.id}/teachers/${taId}`)).status).toBe(409);
  });

  it("renames, re-courses and archives a cohort; an archived cohort's code stops working", async () => {
    const c = (await ta.call("POST", "/api/teach/cohorts", { name: "To archive" })).json.cohort;
    expect((await ta.call("PATCH", `/api/teach/cohorts/${c.id}`, { courses: ["no-such-course"] })).status).toBe(400);
    const r = await ta.call("PATCH", `/api/teach/cohorts/${c.id}`, { name: "Archived", archived: true, courses: ["kubernetes-basics"] });
    expect(r.json.cohort).toMatchObject({ name: "Archived", archived: true, courses: ["kubernetes-basics"] });
    expect((await join(c.joinCode, "too-late")).json.error.code).toBe("join_code_archived");
  });

  const join = (code: string, username: string) =>
    client(new ApiClient("")).call("POST", "/api/auth/join", { code, username, displayName: username, password: "student-pass" });
});

describe("admin", () => {
  it("changes roles and disables accounts, but never the last admin", async () => {
    const users = (await admin.call("GET", "/api/admin/users")).json.users;
    const adminId = users.find((u: any) => u.username === "admin").id;
    expect((await admin.call("PATCH", `/api/admin/users/${adminId}`, { role: "teacher" })).status).toBe(409);
    const tbId = users.find((u: any) => u.username === "tb").id;
    expect((await admin.call("PATCH", `/api/admin/users/${tbId}`, { disabled: true })).json.user.disabled).toBe(true);
    expect((await tb.call("GET", "/api/me")).status).toBe(401);
    expect((await ta.call("PATCH", `/api/admin/users/${tbId}`, { disabled: false })).status).toBe(403);
  });

  it("lists every cohort and reports live figures", async () => {
    expect((await admin.call("GET", "/api/admin/cohorts")).json.cohorts.length).toBeGreaterThanOrEqual(2);
    const live = (await admin.call("GET", "/api/admin/live")).json;
    expect(live).toMatchObject({ connectedUsers: expect.any(Number), clustersInMemory: 0 });
    expect(live.databaseBytes).toBeGreaterThan(0);
    expect(live.memory.rss).toBeGreaterThan(0);
  });
});
