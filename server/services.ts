/**
 * The long-lived parts of a running Podium, created once by server/main.ts and handed to every handler.
 */
import type { Config } from "./config";
import type { Db } from "./db/prisma";
import type { createLoginLimiters } from "./auth/rate-limit";

export interface Services {
  config: Config;
  db: Db;
  /** The SQLite file behind `db`, for the cluster store's direct writes. */
  dbFile: string;
  limiters: ReturnType<typeof createLoginLimiters>;
  version: string;
}
