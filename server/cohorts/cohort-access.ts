/**
 * Who may see and change a cohort: the one check every teacher route, export, mirror and socket room goes
 * through. Admins may manage every cohort; a teacher only those where they hold a teacher membership.
 * A student id is always checked to belong to the cohort as a student, so a teacher cannot reach another
 * cohort's student by pairing their own cohort id with someone else's user id.
 */
import type { Db } from "../db/prisma";
import type { CurrentUser } from "../auth/roles";
import { forbidden, notFound } from "../http/app-error";

export interface CohortRef {
  id: string;
  name: string;
  archived: boolean;
}

/** The cohort when `user` teaches it (or is an admin); 404 when it does not exist, 403 otherwise. */
export async function requireCohortTeacher(db: Db, user: CurrentUser | null, cohortId: string): Promise<CohortRef> {
  if (!user || user.role === "student") throw forbidden();
  const cohort = await db.cohort.findUnique({ where: { id: cohortId }, select: { id: true, name: true, archived: true } });
  if (!cohort) throw notFound("No such cohort.");
  if (user.role === "admin") return cohort;
  const membership = await db.membership.findUnique({ where: { userId_cohortId: { userId: user.id, cohortId } }, select: { role: true } });
  if (membership?.role !== "teacher") throw forbidden("You do not teach this cohort.");
  return cohort;
}

/** Like requireCohortTeacher, and `studentId` must be a student of that cohort. */
export async function requireCohortStudent(db: Db, user: CurrentUser | null, cohortId: string, studentId: string) {
  const cohort = await requireCohortTeacher(db, user, cohortId);
  const membership = await db.membership.findUnique({
    where: { userId_cohortId: { userId: studentId, cohortId } },
    select: { role: true, user: { select: { id: true, username: true, displayName: true, disabled: true } } },
  });
  if (membership?.role !== "student") throw notFound("No such student in this cohort.");
  return { cohort, student: membership.user };
}

/**
 * For requests that name only a student (the terminal mirror): allowed when `user` teaches at least one
 * cohort the student belongs to, or is an admin.
 */
export async function requireTeacherOfStudent(db: Db, user: CurrentUser | null, studentId: string): Promise<void> {
  if (!user || user.role === "student") throw forbidden();
  const student = await db.user.findUnique({ where: { id: studentId }, select: { role: true } });
  if (!student || student.role !== "student") throw notFound("No such student.");
  if (user.role === "admin") return;
  const shared = await db.membership.count({
    where: { userId: studentId, role: "student", cohort: { memberships: { some: { userId: user.id, role: "teacher" } } } },
  });
  if (shared === 0) throw forbidden("This student is not in a cohort you teach.");
}

/** Where cohort filters for "the cohorts this user may manage" are needed (lists). */
export function taughtCohortsWhere(user: CurrentUser) {
  return user.role === "admin" ? {} : { memberships: { some: { userId: user.id, role: "teacher" } } };
}
