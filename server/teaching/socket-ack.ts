/**
 * Runs a socket.io event handler with an acknowledgement: the reply is the handler's result, or
 * `{ error: message, code }` from an AppError (other errors are logged and answered generically), so a
 * refused room or a bad payload never throws inside socket.io. `error` is a plain string because the
 * lab's TerminalView prints it as is.
 */
import type { ZodType } from "zod";
import { AppError, badRequest } from "../http/app-error";
import { log } from "../log";

export type Ack = (reply: unknown) => void;

export function acked<T>(schema: ZodType<T>, run: (input: T) => Promise<unknown>) {
  return async (payload: unknown, ack?: unknown) => {
    const reply = typeof ack === "function" ? (ack as Ack) : () => undefined;
    try {
      const parsed = schema.safeParse(payload);
      if (!parsed.success) throw badRequest(parsed.error.issues[0]?.message ?? "Bad payload.");
      reply((await run(parsed.data)) ?? { ok: true });
    } catch (err) {
      if (err instanceof AppError) reply({ error: err.message, code: err.code });
      else {
        log.error({ err }, "socket handler failed");
        reply({ error: "Something went wrong on the server.", code: "internal" });
      }
    }
  };
}
