import path from "node:path";

/** `DATABASE_URL` when set (e.g. `file:/var/lib/podium/podium.db`), otherwise `file:data/podium.db` under the project. */
export function databaseUrl(): string {
  return process.env.DATABASE_URL || `file:${path.join(process.cwd(), "data", "podium.db")}`;
}

/** The file path behind a `file:` SQLite URL. */
export function sqlitePath(url = databaseUrl()): string {
  if (!url.startsWith("file:")) throw new Error(`Only SQLite file: URLs are supported, got ${url.split(":")[0]}:`);
  const p = url.slice("file:".length).split("?")[0];
  return path.isAbsolute(p) ? p : path.join(process.cwd(), p);
}
