import pino from "pino";

/** The process logger: JSON lines on stdout, one child per request carrying its request id. */
export const log = pino({
  // Tests stay quiet unless LOG_LEVEL asks otherwise.
  level: process.env.LOG_LEVEL || (process.env.VITEST ? "silent" : "info"),
  base: { app: "podium" },
  redact: ["req.headers.cookie", "req.headers.authorization", "password"],
});

export type Logger = typeof log;
