/**
 * The student's lab over socket.io: joining a lesson, terminal tabs (input, resize, output) and step
 * acknowledgements. Every event is validated and acts only on the signed-in user's own sandbox.
 */
import type { Server, Socket } from "socket.io";
import { z } from "zod";
import type { LabService } from "../lab/lab-service";
import type { SocketData } from "./socket-server";
import { log } from "../log";

const ID = z.string().min(1).max(100).regex(/^[a-z0-9-]+$/i);
const lessonRef = z.object({ courseId: ID, lessonId: ID });
const tabRef = z.object({ tabId: z.string().regex(/^[1-9][0-9]?$/) });
const size = { cols: z.number().int().min(10).max(1000), rows: z.number().int().min(2).max(500) };
const openSchema = tabRef.extend(size);
const inputSchema = tabRef.extend({ data: z.string().max(64 * 1024) });
const resizeSchema = tabRef.extend(size);
const ackSchema = lessonRef.extend({ stepId: ID });

type Ack = (reply: unknown) => void;

/** Runs a handler with a validated payload; a bad payload or a failure answers `{error}` instead of throwing. */
function handle<T>(schema: z.ZodType<T>, fn: (input: T) => Promise<unknown> | unknown) {
  return async (payload: unknown, ack?: Ack) => {
    const parsed = schema.safeParse(payload);
    if (!parsed.success) return ack?.({ error: "Invalid request." });
    try {
      const result = await fn(parsed.data);
      ack?.(result ?? { ok: true });
    } catch (err) {
      log.warn({ err }, "lab event failed");
      ack?.({ error: err instanceof Error ? err.message : "Something went wrong." });
    }
  };
}

export function labSocket(lab: LabService) {
  return (_io: Server, socket: Socket): void => {
    const user = (socket.data as SocketData).user;
    const detach = new Map<string, () => void>();
    lab.socketOpened(user.id);

    socket.on("lab:join", handle(lessonRef, ({ courseId, lessonId }) => lab.joinLesson(user.id, courseId, lessonId)));
    socket.on("lab:leave", handle(lessonRef, () => undefined));
    socket.on("lab:acknowledge", handle(ackSchema, ({ courseId, lessonId, stepId }) => lab.acknowledge(user.id, courseId, lessonId, stepId)));

    socket.on("term:open", handle(openSchema, async ({ tabId, cols, rows }) => {
      const sandbox = await lab.sandboxOf(user.id);
      const session = await lab.terminals.open(sandbox, tabId, cols, rows);
      if (!detach.has(tabId)) {
        lab.terminals.watch(sandbox.id, tabId, 1);
        const off = session.onOutput((data) => socket.emit("term:output", { tabId, data }));
        detach.set(tabId, () => {
          off();
          lab.terminals.watch(sandbox.id, tabId, -1);
        });
      }
      return { snapshot: session.snapshot() };
    }));

    socket.on("term:input", handle(inputSchema, async ({ tabId, data }) => {
      const sandbox = await lab.sandboxOf(user.id);
      lab.noteInput(user.id);
      lab.terminals.get(sandbox.id, tabId)?.write(data);
    }));

    socket.on("term:resize", handle(resizeSchema, async ({ tabId, cols, rows }) => {
      const sandbox = await lab.sandboxOf(user.id);
      lab.terminals.get(sandbox.id, tabId)?.resize(cols, rows);
    }));

    socket.on("disconnect", () => {
      for (const off of detach.values()) off();
      detach.clear();
      lab.socketClosed(user.id);
    });
  };
}
