/**
 * Server-side sessions. The browser holds a random 256-bit token in an httpOnly cookie; the database holds
 * only its sha256, so a leaked database does not leak live sessions.
 */
import crypto from "node:crypto";
import type { Db } from "../db/prisma";
import { asLocale, isRole, type CurrentUser } from "./roles";

export const SESSION_COOKIE = "podium_session";

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

export async function createSession(
  db: Db,
  userId: string,
  lifetimeMs: number,
  meta: { userAgent?: string; ip?: string } = {},
): Promise<{ token: string; expiresAt: Date }> {
  const token = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + lifetimeMs);
  await db.session.create({
    data: { id: hashToken(token), userId, expiresAt, userAgent: meta.userAgent?.slice(0, 300), ip: meta.ip },
  });
  return { token, expiresAt };
}

/** The user behind a session token, or null when the token is unknown, expired or the user is disabled. */
export async function userForToken(db: Db, token: string | undefined, now = new Date()): Promise<CurrentUser | null> {
  if (!token || token.length > 100) return null;
  const session = await db.session.findUnique({ where: { id: hashToken(token) }, include: { user: true } });
  if (!session) return null;
  if (session.expiresAt <= now) {
    await db.session.delete({ where: { id: session.id } }).catch(() => undefined);
    return null;
  }
  const u = session.user;
  if (u.disabled || !isRole(u.role)) return null;
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, locale: asLocale(u.locale) };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.session.deleteMany({ where: { id: hashToken(token) } });
}

export function sessionCookie(token: string, expiresAt: Date, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Expires=${expiresAt.toUTCString()}`,
    ...(secure ? ["Secure"] : []),
  ].join("; ");
}

export function clearedSessionCookie(secure: boolean): string {
  return [`${SESSION_COOKIE}=`, "Path=/", "HttpOnly", "SameSite=Lax", "Max-Age=0", ...(secure ? ["Secure"] : [])].join("; ");
}

/** Reads one cookie from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}
