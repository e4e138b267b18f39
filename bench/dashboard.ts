/**
 * How fast a completed step reaches the teacher's live dashboard with a full classroom connected.
 *
 * Starts Podium's request pipeline and socket.io (server/http/test-server.ts) with the teacher socket
 * features, connects BENCH_STUDENTS (default 200) students as socket.io clients plus one teacher watching
 * the cohort's dashboard, and lets every student work through BENCH_STEPS steps with a random think
 * time. Each step persists its progress row and a command as the lab would, then emits "command-ran"
 * and "step-completed" on the classroom bus. The delay measured is from that emit to the teacher's
 * browser socket receiving the "dashboard:event". The teacher also re-reads the dashboard snapshot
 * as often as the page does while events keep coming. Budget: p99 < 200 ms.
 *
 * Everything runs in this one process, so the CPU figure includes the simulated clients: the server's
 * own share is lower. Run: npm run bench:dashboard
 */
import { io as connect, type Socket } from "socket.io-client";
import { startTestServer } from "../server/http/test-server";
import { ClassroomEvents } from "../server/classroom/classroom-events";
import { createSession } from "../server/auth/sessions";
import { hashPassword } from "../server/auth/password";
import { dashboardSocket } from "../server/realtime/dashboard-socket";
import { mirrorSocket } from "../server/realtime/mirror-socket";
import { teacherMessagesSocket } from "../server/realtime/teacher-messages-socket";
import { TakeoverRegistry } from "../server/teaching/takeover-registry";
import { FakeStudentRuntime } from "../server/teaching/testing/fake-student-runtime";
import type { TeachingDeps } from "../server/teaching/teaching-deps";
import type { DashboardEvent } from "../server/realtime/dashboard-socket";

const STUDENTS = Number(process.env.BENCH_STUDENTS || 200);
const STEPS = Number(process.env.BENCH_STEPS || 10);
const THINK_MS: [number, number] = [500, 4000];
const BUDGET_P99_MS = 200;
const COURSE = "kubernetes-basics";
/** While events keep coming, the dashboard page re-reads the snapshot this often (components/teach/use-dashboard.ts). */
const SNAPSHOT_EVERY_MS = 5000;

async function main() {
  const events = new ClassroomEvents();
  const runtime = new FakeStudentRuntime();
  const deps = { events, runtime, takeovers: new TakeoverRegistry() } as Omit<TeachingDeps, "db"> as TeachingDeps;
  const server = await startTestServer({
    sockets: [dashboardSocket(deps), mirrorSocket(deps), teacherMessagesSocket(deps)],
    extend: (services) => void (deps.db = services.db),
  });
  const { db } = server.services;
  const passwordHash = await hashPassword("bench-password");
  const day = 86_400_000;

  const teacher = await db.user.create({ data: { username: "bench-teacher", displayName: "Teacher", role: "teacher", passwordHash } });
  const cohort = await db.cohort.create({ data: { name: "Bench", joinCode: "BENCH222", memberships: { create: { userId: teacher.id, role: "teacher" } } } });
  const students = [];
  for (let i = 0; i < STUDENTS; i++) {
    const u = await db.user.create({ data: { username: `student-${i}`, displayName: `学生 ${i}`, role: "student", passwordHash } });
    await db.membership.create({ data: { userId: u.id, cohortId: cohort.id, role: "student" } });
    runtime.presences.set(u.id, "online");
    students.push(u);
  }

  const socketFor = async (userId: string): Promise<Socket> => {
    const { token } = await createSession(db, userId, day);
    return new Promise((resolve, reject) => {
      const s = connect(server.url, { transports: ["websocket"], extraHeaders: { cookie: `podium_session=${token}` }, reconnection: false });
      s.on("connect", () => resolve(s));
      s.on("connect_error", reject);
    });
  };
  const studentSockets = await Promise.all(students.map((s) => socketFor(s.id)));
  const teacherSocket = await socketFor(teacher.id);
  const joined = await teacherSocket.timeout(5000).emitWithAck("dashboard:join", { cohortId: cohort.id });
  if (joined.error) throw new Error(joined.error);
  const { token: teacherToken } = await createSession(db, teacher.id, day);

  const emitted = new Map<string, number>();
  const delays: number[] = [];
  teacherSocket.on("dashboard:event", (e: DashboardEvent) => {
    if (e.type !== "step-completed") return;
    const started = emitted.get(`${e.userId} ${e.key}`);
    if (started !== undefined) delays.push(performance.now() - started);
  });

  let snapshotMs: number[] = [];
  const refresher = setInterval(async () => {
    if (process.env.BENCH_SNAPSHOT === "0") return;
    const t0 = performance.now();
    await fetch(`${server.url}/api/teach/cohorts/${cohort.id}/dashboard`, { headers: { cookie: `podium_session=${teacherToken}` } });
    snapshotMs.push(performance.now() - t0);
  }, SNAPSHOT_EVERY_MS);

  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 250);

  const work = async (userId: string) => {
    for (let step = 0; step < STEPS; step++) {
      const stepId = `step-${step}`;
      const startedAt = new Date();
      await sleep(THINK_MS[0] + Math.random() * (THINK_MS[1] - THINK_MS[0]));
      const command = { userId, sandboxId: userId, tabId: "1", command: `kubectl get pods -l step=${step}`, exitCode: Math.random() < 0.2 ? 1 : 0, startedAt: new Date(), durationMs: 12 };
      await db.commandLog.create({ data: command });
      events.emit("command-ran", command);
      const completedAt = new Date();
      await db.lessonProgress.upsert({
        where: { userId_courseId_lessonId_stepId: { userId, courseId: COURSE, lessonId: "bench", stepId } },
        create: { userId, courseId: COURSE, lessonId: "bench", stepId, startedAt, completedAt },
        update: { completedAt },
      });
      emitted.set(`${userId} ${COURSE}/bench/${stepId}`, performance.now());
      events.emit("step-completed", { userId, courseId: COURSE, lessonId: "bench", stepId, completedAt });
    }
  };
  await Promise.all(students.map((s) => work(s.id)));
  await sleep(500);

  const wallMs = performance.now() - wallBefore;
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(refresher);
  clearInterval(sampler);
  for (const s of [...studentSockets, teacherSocket]) s.close();
  await server.close();

  const sorted = [...delays].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  const snaps = [...snapshotMs].sort((a, b) => a - b);
  const expected = STUDENTS * STEPS;
  const mib = (n: number) => `${(n / 1048576).toFixed(0)} MiB`;
  console.log(`students ${STUDENTS} × steps ${STEPS}: ${delays.length}/${expected} completions reached the dashboard in ${(wallMs / 1000).toFixed(1)} s`);
  console.log(`step completed → dashboard: p50 ${pct(50).toFixed(1)} ms, p99 ${pct(99).toFixed(1)} ms, max ${sorted[sorted.length - 1]?.toFixed(1)} ms (budget p99 < ${BUDGET_P99_MS} ms)`);
  console.log(`dashboard snapshot GET: p50 ${snaps[Math.floor(snaps.length / 2)]?.toFixed(1)} ms, max ${snaps[snaps.length - 1]?.toFixed(1)} ms over ${snaps.length} reads`);
  console.log(`process CPU ${(((cpu.user + cpu.system) / 1000 / wallMs) * 100).toFixed(0)}% of one core (server and clients), peak RSS ${mib(peakRss)}, heap ${mib(process.memoryUsage().heapUsed)}`);
  const ok = delays.length === expected && pct(99) < BUDGET_P99_MS;
  console.log(ok ? "PASS" : "FAIL");
  process.exit(ok ? 0 : 1);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
