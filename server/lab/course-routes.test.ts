import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { io as connect, type Socket } from "socket.io-client";
import { ApiClient } from "../http/test-server";
import { startLabTestServer, type LabTestServer } from "./lab-test-server";

/**
 * The lesson API and the lab's socket events given bad or tampered input: unknown ids get 4xx, and a
 * student cannot mark a checked step done, reveal hints beyond the last, or act on someone else's lab.
 */
let server: LabTestServer;
let student: ApiClient;
let userId = "";
const sockets: Socket[] = [];

beforeAll(async () => {
  server = await startLabTestServer();
  const admin = new ApiClient(server.url);
  await admin.call("POST", "/api/auth/setup", { username: "admin", displayName: "Admin", password: "password-1" });
  const code = (await admin.call("POST", "/api/teach/cohorts", { name: "A" })).json.cohort.joinCode;
  student = new ApiClient(server.url);
  await student.call("POST", "/api/auth/join", { code, username: "stu", displayName: "Stu", password: "password-1" });
  userId = (await student.call("GET", "/api/me")).json.user.id;
});

afterAll(async () => {
  for (const s of sockets) s.close();
  await server.close();
});

async function socket(): Promise<Socket> {
  const s = connect(server.url, { transports: ["websocket"], extraHeaders: { cookie: student.cookie }, reconnection: false });
  sockets.push(s);
  await new Promise<void>((resolve) => s.on("connect", () => resolve()));
  return s;
}

describe("lesson API", () => {
  it("lists the course with per-lesson progress", async () => {
    const r = await student.call("GET", "/api/courses");
    expect(r.status).toBe(200);
    const course = r.json.courses.find((c: { id: string }) => c.id === "kubernetes-basics");
    expect(course.lessons.length).toBeGreaterThan(5);
    expect(course.lessons[1]).toMatchObject({ id: "create-cluster", done: 0 });
  });

  it("answers unknown courses, lessons and steps with 404", async () => {
    expect((await student.call("GET", "/api/courses/nope/lessons/create-cluster")).status).toBe(404);
    expect((await student.call("GET", "/api/courses/kubernetes-basics/lessons/nope")).status).toBe(404);
    expect((await student.call("POST", "/api/courses/kubernetes-basics/lessons/create-cluster/steps/nope/hint")).status).toBe(404);
  });

  it("refuses the lesson API to signed-out visitors", async () => {
    expect((await new ApiClient(server.url).call("GET", "/api/courses")).status).toBe(401);
  });

  it("reveals hints one at a time and never more than the step has", async () => {
    const lesson = (await student.call("GET", "/api/courses/kubernetes-basics/lessons/deploy-app")).json.lesson;
    const step = lesson.steps.find((s: { hintCount: number }) => s.hintCount >= 2);
    const path = `/api/courses/kubernetes-basics/lessons/deploy-app/steps/${step.id}/hint`;
    expect((await student.call("POST", path)).json.hints).toHaveLength(1);
    for (let i = 0; i < step.hintCount + 3; i++) await student.call("POST", path);
    const row = await server.services.db.lessonProgress.findFirst({ where: { userId, stepId: step.id } });
    expect(row?.hintsUsed).toBe(step.hintCount);
  });
});

describe("lab events with tampered input", () => {
  it("does not complete a checked step on an acknowledgement", async () => {
    const s = await socket();
    await s.emitWithAck("lab:join", { courseId: "kubernetes-basics", lessonId: "create-cluster" });
    await s.emitWithAck("lab:acknowledge", { courseId: "kubernetes-basics", lessonId: "create-cluster", stepId: "minikube-start" });
    await new Promise((r) => setTimeout(r, 300));
    const row = await server.services.db.lessonProgress.findFirst({ where: { userId, lessonId: "create-cluster", stepId: "minikube-start" } });
    expect(row?.completedAt ?? null).toBeNull();
  });

  it("completes a reading step on an acknowledgement", async () => {
    const lesson = (await student.call("GET", "/api/courses/kubernetes-basics/lessons/concepts")).json.lesson;
    const reading = lesson.steps.find((st: { manual: boolean }) => st.manual);
    const s = await socket();
    await s.emitWithAck("lab:join", { courseId: "kubernetes-basics", lessonId: "concepts" });
    await s.emitWithAck("lab:acknowledge", { courseId: "kubernetes-basics", lessonId: "concepts", stepId: reading.id });
    await expect.poll(async () => (await server.services.db.lessonProgress.findFirst({ where: { userId, stepId: reading.id } }))?.completedAt ?? null).not.toBeNull();
  });

  it("rejects malformed ids and lessons that do not exist", async () => {
    const s = await socket();
    expect(await s.emitWithAck("lab:join", { courseId: "../etc", lessonId: "x" })).toEqual({ error: "Invalid request." });
    expect(await s.emitWithAck("lab:join", { courseId: "kubernetes-basics", lessonId: "no-such-lesson" })).toMatchObject({ error: expect.stringContaining("no lesson") });
    expect(await s.emitWithAck("lab:acknowledge", { courseId: "kubernetes-basics", lessonId: "concepts" })).toEqual({ error: "Invalid request." });
  });
});
