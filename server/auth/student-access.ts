/**
 * Who may look at a student's things (sandbox, Kubernetes API, terminal mirror): the student, an admin,
 * or a teacher of a cohort the student belongs to.
 */
import type { Db } from "../db/prisma";
import type { CurrentUser } from "./roles";

export async function canAccessStudent(db: Db, user: CurrentUser, studentId: string): Promise<boolean> {
  if (user.id === studentId || user.role === "admin") return true;
  if (user.role !== "teacher") return false;
  const shared = await db.membership.count({
    where: {
      userId: studentId,
      cohort: { memberships: { some: { userId: user.id, role: "teacher" } } },
    },
  });
  return shared > 0;
}
