/**
 * What a teacher does to a student from the detail page, and the student's side of it: a message or hint
 * shown in the student's lab ("teacher-message" to room `user:<id>`), a sandbox reset (the runtime tells
 * the student), and a terminal takeover that the student must allow ("takeover-request" →
 * "takeover-answer"; either side ends it). The student-facing shapes are those components/lab/teacher-notices.tsx
 * reads: `from` is the teacher's display name. Teacher events are checked with requireTeacherOfStudent.
 */
import { z } from "zod";
import type { Server, Socket } from "socket.io";
import type { SocketData } from "./socket-server";
import { requireTeacherOfStudent } from "../cohorts/cohort-access";
import { forbidden, notFound } from "../http/app-error";
import { acked } from "../teaching/socket-ack";
import type { TeachingDeps } from "../teaching/teaching-deps";
import type { Takeover } from "../teaching/takeover-registry";

const id = z.string().min(1).max(40);
const studentRoom = (userId: string) => `user:${userId}`;

export function teacherMessagesSocket(deps: TeachingDeps) {
  return (io: Server, socket: Socket): void => {
    const { user } = socket.data as SocketData;
    const { db, runtime, takeovers } = deps;
    const from = user.displayName;
    const toTeacher = (t: Takeover, event: string, body: object) => io.to(t.teacherSocketId).emit(event, { requestId: t.id, studentId: t.studentId, tabId: t.tabId, ...body });

    socket.on("teach:message", acked(z.object({ studentId: id, text: z.string().trim().min(1).max(2000) }), async ({ studentId, text }) => {
      await requireTeacherOfStudent(db, user, studentId);
      const message = { from, text, at: new Date().toISOString() };
      io.to(studentRoom(studentId)).emit("teacher-message", message);
      return { sent: message };
    }));

    socket.on("teach:reset-sandbox", acked(z.object({ studentId: id }), async ({ studentId }) => {
      await requireTeacherOfStudent(db, user, studentId);
      await runtime.resetSandbox(studentId, user.id);
    }));

    socket.on("teach:takeover-request", acked(z.object({ studentId: id, tabId: z.string().min(1).max(20) }), async ({ studentId, tabId }) => {
      await requireTeacherOfStudent(db, user, studentId);
      const t = takeovers.ask({ id: user.id, socketId: socket.id }, studentId, tabId);
      io.to(studentRoom(studentId)).emit("takeover-request", { requestId: t.id, from, tabId });
      return { requestId: t.id };
    }));

    /** The student's answer to the prompt in their lab. */
    socket.on("takeover-answer", acked(z.object({ requestId: z.string().max(64), allow: z.boolean() }), async ({ requestId, allow }) => {
      const t = takeovers.answer(requestId, user.id, allow);
      if (!t) throw notFound("This request has expired.");
      toTeacher(t, "teach:takeover-answer", { accepted: t.state === "granted" });
    }));

    const end = async ({ requestId }: { requestId: string }) => {
      const t = takeovers.end(requestId, user.id);
      if (!t) throw forbidden();
      io.to(studentRoom(t.studentId)).emit("takeover-ended", { requestId: t.id });
      toTeacher(t, "teach:takeover-ended", {});
    };
    socket.on("teach:takeover-end", acked(z.object({ requestId: z.string().max(64) }), end));
    socket.on("takeover-end", acked(z.object({ requestId: z.string().max(64) }), end));

    socket.on("disconnect", () => {
      for (const t of takeovers.endForSocket(socket.id)) io.to(studentRoom(t.studentId)).emit("takeover-ended", { requestId: t.id });
    });
  };
}
