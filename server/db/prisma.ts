/**
 * The one Prisma client of the process, over better-sqlite3 (Prisma 7 needs no native query engine).
 */
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";
import { databaseUrl, sqlitePath } from "./database-url";

export type Db = PrismaClient;

export function createPrismaClient(url = databaseUrl()): PrismaClient {
  const adapter = new PrismaBetterSqlite3({ url: sqlitePath(url) });
  return new PrismaClient({ adapter });
}

const holder = globalThis as unknown as { __podiumPrisma?: PrismaClient };

/** The shared client (kept on globalThis so Next's module reloads in dev don't open new connections). */
export function db(): PrismaClient {
  holder.__podiumPrisma ??= createPrismaClient();
  return holder.__podiumPrisma;
}

export async function closeDb(): Promise<void> {
  await holder.__podiumPrisma?.$disconnect();
  holder.__podiumPrisma = undefined;
}
