/**
 * A teacher looking over a student's shoulder: the student's terminal (the protocol of the lab's
 * components/lab/terminal-view.tsx with channel "mirror": `mirror:open` answers the screen snapshot, then
 * `mirror:output` streams what the terminal prints) and the student's cluster picture (`mirror:cluster`
 * answers it, `mirror:cluster-picture` pushes changes). Read-only unless
 * the student agreed to a takeover (teacher-messages-socket.ts), in which case `mirror:input` is typed
 * into the student's tab. Every event checks requireTeacherOfStudent.
 */
import { z } from "zod";
import type { Server, Socket } from "socket.io";
import type { SocketData } from "./socket-server";
import { requireTeacherOfStudent } from "../cohorts/cohort-access";
import { forbidden } from "../http/app-error";
import { acked } from "../teaching/socket-ack";
import type { TeachingDeps } from "../teaching/teaching-deps";

const id = z.string().min(1).max(40);
const tabSchema = z.object({ studentId: id, tabId: z.string().min(1).max(20) });
const studentSchema = z.object({ studentId: id });
/** Keystrokes and pastes; larger input is not typing. */
const inputSchema = tabSchema.extend({ data: z.string().max(8192) });

export function mirrorSocket(deps: TeachingDeps) {
  return (_io: Server, socket: Socket): void => {
    const { user } = socket.data as SocketData;
    const { db, runtime, takeovers } = deps;
    /** studentId → unsubscribe, one terminal and one cluster subscription per watched student. */
    const watching = new Map<string, () => void>();
    const watchingCluster = new Map<string, () => void>();

    socket.on("mirror:tabs", acked(studentSchema, async ({ studentId }) => {
      await requireTeacherOfStudent(db, user, studentId);
      return { tabs: await runtime.terminalTabs(studentId) };
    }));

    socket.on("mirror:open", acked(tabSchema, async ({ studentId, tabId }) => {
      await requireTeacherOfStudent(db, user, studentId);
      if (!watching.has(studentId)) {
        watching.set(studentId, runtime.onTerminalOutput(studentId, (tab, data) => socket.emit("mirror:output", { studentId, tabId: tab, data })));
      }
      const snapshot = await runtime.terminalSnapshot(studentId, tabId);
      return { snapshot: snapshot?.data ?? "" };
    }));

    socket.on("mirror:close", acked(studentSchema, async ({ studentId }) => {
      watching.get(studentId)?.();
      watching.delete(studentId);
      watchingCluster.get(studentId)?.();
      watchingCluster.delete(studentId);
    }));

    socket.on("mirror:input", acked(inputSchema, async ({ studentId, tabId, data }) => {
      if (!takeovers.granted(socket.id, studentId, tabId)) throw forbidden("The student has not handed you this terminal.");
      await runtime.writeToTerminal(studentId, tabId, data);
    }));

    socket.on("mirror:cluster", acked(studentSchema, async ({ studentId }) => {
      await requireTeacherOfStudent(db, user, studentId);
      if (!watchingCluster.has(studentId)) {
        watchingCluster.set(studentId, runtime.onClusterPicture(studentId, (picture) => socket.emit("mirror:cluster-picture", { studentId, picture })));
      }
      return { picture: await runtime.clusterPicture(studentId) };
    }));

    socket.on("disconnect", () => {
      for (const stop of [...watching.values(), ...watchingCluster.values()]) stop();
      watching.clear();
      watchingCluster.clear();
    });
  };
}
