/**
 * The people of a cohort: its teachers and students, moving or removing a student, resetting a student's
 * password, adding and removing co-teachers. Callers have checked access with cohort-access.ts.
 */
import type { Db } from "../db/prisma";
import { hashPassword } from "../auth/password";
import { badRequest, conflict, notFound } from "../http/app-error";
import { generatePassword } from "./random-codes";

export async function listMembers(db: Db, cohortId: string) {
  const rows = await db.membership.findMany({
    where: { cohortId },
    orderBy: { joinedAt: "asc" },
    select: { role: true, joinedAt: true, user: { select: { id: true, username: true, displayName: true, disabled: true } } },
  });
  const as = (role: string) => rows.filter((r) => r.role === role).map((r) => ({ ...r.user, joinedAt: r.joinedAt }));
  return { teachers: as("teacher"), students: as("student") };
}

/** The account stays (with its progress and history); only its place in the cohort goes. */
export async function removeStudent(db: Db, cohortId: string, studentId: string): Promise<void> {
  await db.membership.deleteMany({ where: { cohortId, userId: studentId, role: "student" } });
}

export async function moveStudent(db: Db, fromCohortId: string, toCohortId: string, studentId: string): Promise<void> {
  if (fromCohortId === toCohortId) return;
  const existing = await db.membership.findUnique({ where: { userId_cohortId: { userId: studentId, cohortId: toCohortId } } });
  await db.$transaction([
    db.membership.deleteMany({ where: { cohortId: fromCohortId, userId: studentId, role: "student" } }),
    ...(existing ? [] : [db.membership.create({ data: { cohortId: toCohortId, userId: studentId, role: "student" } })]),
  ]);
}

/**
 * Sets a new password (the given one, or a generated one returned to be shown once) and ends the
 * student's sessions, so whoever knew the old password is signed out.
 */
export async function resetStudentPassword(db: Db, studentId: string, password?: string): Promise<string> {
  const next = password ?? generatePassword();
  await db.$transaction([
    db.user.update({ where: { id: studentId }, data: { passwordHash: await hashPassword(next) } }),
    db.session.deleteMany({ where: { userId: studentId } }),
  ]);
  return next;
}

export async function addCoTeacher(db: Db, cohortId: string, username: string) {
  const user = await db.user.findUnique({ where: { username: username.trim().toLowerCase() }, select: { id: true, role: true, username: true, displayName: true } });
  if (!user) throw notFound(`No account "${username}".`);
  if (user.role === "student") throw badRequest(`${user.username} is a student account; an admin can make it a teacher first.`, { field: "username" });
  const existing = await db.membership.findUnique({ where: { userId_cohortId: { userId: user.id, cohortId } } });
  if (existing?.role === "teacher") return user;
  if (existing) throw conflict(`${user.username} is a student of this cohort.`);
  await db.membership.create({ data: { cohortId, userId: user.id, role: "teacher" } });
  return user;
}

/** A cohort keeps at least one teacher, so it never becomes reachable only by admins. */
export async function removeCoTeacher(db: Db, cohortId: string, teacherId: string): Promise<void> {
  const teachers = await db.membership.count({ where: { cohortId, role: "teacher" } });
  const target = await db.membership.findUnique({ where: { userId_cohortId: { userId: teacherId, cohortId } } });
  if (target?.role !== "teacher") throw notFound("No such teacher in this cohort.");
  if (teachers <= 1) throw conflict("A cohort needs at least one teacher.");
  await db.membership.delete({ where: { id: target.id } });
}
