/**
 * The live dashboard's socket side. A teacher's browser joins `cohort:<id>:teachers` (checked with
 * requireCohortTeacher) and gets every student's presence; from then on each classroom event of a student
 * in that cohort is forwarded to the room as a "dashboard:event". Students never pass the check.
 * A student's cohorts are cached for a few seconds: with a full classroom the per-event database read
 * queued behind other queries (better-sqlite3 is synchronous) and pushed p99 past the 200 ms budget
 * (bench/dashboard.ts). The price: a moved or removed student's events follow the change that much later.
 */
import { z } from "zod";
import type { Server, Socket } from "socket.io";
import type { SocketData } from "./socket-server";
import { requireCohortTeacher } from "../cohorts/cohort-access";
import { stepKey } from "../teaching/course-outlines";
import { acked } from "../teaching/socket-ack";
import type { TeachingDeps } from "../teaching/teaching-deps";

export const dashboardRoom = (cohortId: string) => `cohort:${cohortId}:teachers`;

/** What the dashboard receives; `at` is epoch ms. */
export type DashboardEvent =
  | { type: "step-started"; userId: string; key: string; at: number }
  | { type: "step-completed"; userId: string; key: string; at: number }
  | { type: "command-ran"; userId: string; command: string; exitCode: number; at: number }
  | { type: "hint-used"; userId: string; key: string }
  | { type: "presence"; userId: string; state: "online" | "idle" | "offline" }
  | { type: "sandbox-reset"; userId: string; by: string };

const MAX_COMMAND_CHARS = 300;
const COHORTS_CACHE_MS = 5000;
const cohortIdSchema = z.object({ cohortId: z.string().min(1).max(40) });

export function dashboardSocket(deps: TeachingDeps) {
  const forwarding = new WeakSet<Server>();
  return (io: Server, socket: Socket): void => {
    if (!forwarding.has(io)) {
      forwarding.add(io);
      forwardClassroomEvents(io, deps);
    }
    const { user } = socket.data as SocketData;

    socket.on("dashboard:join", acked(cohortIdSchema, async ({ cohortId }) => {
      await requireCohortTeacher(deps.db, user, cohortId);
      await socket.join(dashboardRoom(cohortId));
      const students = await deps.db.membership.findMany({ where: { cohortId, role: "student" }, select: { userId: true } });
      return { presence: Object.fromEntries(students.map((s) => [s.userId, deps.runtime.presence(s.userId)])) };
    }));

    socket.on("dashboard:leave", acked(cohortIdSchema, async ({ cohortId }) => {
      await socket.leave(dashboardRoom(cohortId));
    }));
  };
}

function forwardClassroomEvents(io: Server, { db, events }: TeachingDeps): void {
  const cache = new Map<string, { rooms: string[]; until: number }>();
  const roomsOf = async (userId: string): Promise<string[]> => {
    const hit = cache.get(userId);
    if (hit && hit.until > Date.now()) return hit.rooms;
    const rows = await db.membership.findMany({ where: { userId, role: "student" }, select: { cohortId: true } });
    const rooms = rows.map((r) => dashboardRoom(r.cohortId));
    cache.set(userId, { rooms, until: Date.now() + COHORTS_CACHE_MS });
    return rooms;
  };
  const send = async (event: DashboardEvent) => {
    const rooms = await roomsOf(event.userId);
    if (rooms.length) io.to(rooms).emit("dashboard:event", event);
  };
  const safely = (event: DashboardEvent) => void send(event).catch(() => undefined);
  events.on("step-started", (e) => safely({ type: "step-started", userId: e.userId, key: stepKey(e.courseId, e.lessonId, e.stepId), at: e.startedAt.getTime() }));
  events.on("step-completed", (e) => safely({ type: "step-completed", userId: e.userId, key: stepKey(e.courseId, e.lessonId, e.stepId), at: e.completedAt.getTime() }));
  events.on("command-ran", (e) => safely({ type: "command-ran", userId: e.userId, command: e.command.slice(0, MAX_COMMAND_CHARS), exitCode: e.exitCode, at: e.startedAt.getTime() }));
  events.on("hint-used", (e) => safely({ type: "hint-used", userId: e.userId, key: stepKey(e.courseId, e.lessonId, e.stepId) }));
  events.on("presence-changed", (e) => safely({ type: "presence", userId: e.userId, state: e.state }));
  events.on("sandbox-reset", (e) => safely({ type: "sandbox-reset", userId: e.userId, by: e.by }));
}
