/**
 * An admin changing accounts: role, disabled flag, display name. Podium never loses its last working
 * admin, and a disabled account is signed out everywhere at once.
 */
import type { Db } from "../db/prisma";
import type { CurrentUser, Role } from "../auth/roles";
import { conflict, notFound } from "../http/app-error";

export async function updateUser(db: Db, actor: CurrentUser, userId: string, patch: { role?: Role; disabled?: boolean; displayName?: string }) {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw notFound("No such user.");
  const losesAdmin = user.role === "admin" && !user.disabled && ((patch.role && patch.role !== "admin") || patch.disabled === true);
  if (losesAdmin) {
    if (userId === actor.id) throw conflict("You cannot remove your own administrator access.");
    const admins = await db.user.count({ where: { role: "admin", disabled: false } });
    if (admins <= 1) throw conflict("Podium needs at least one active administrator.");
  }
  const [updated] = await db.$transaction([
    db.user.update({ where: { id: userId }, data: patch, select: { id: true, username: true, displayName: true, role: true, disabled: true } }),
    // A role change also invalidates sessions: pages and sockets read the role from the session's user.
    ...(patch.disabled || (patch.role && patch.role !== user.role) ? [db.session.deleteMany({ where: { userId } })] : []),
  ]);
  return updated;
}

/** SQLite's own figure: pages in use times page size (the file may be larger after deletes, until VACUUM). */
export async function databaseBytes(db: Db): Promise<number | null> {
  try {
    const [count] = await db.$queryRawUnsafe<{ page_count: bigint | number }[]>("PRAGMA page_count");
    const [size] = await db.$queryRawUnsafe<{ page_size: bigint | number }[]>("PRAGMA page_size");
    return Number(count.page_count) * Number(size.page_size);
  } catch {
    return null;
  }
}
