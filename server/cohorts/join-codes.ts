/**
 * Join codes: how students sign up. A code belongs to one cohort and may expire or be limited in uses.
 */
import type { Db } from "../db/prisma";
import { createUser } from "../accounts/users";
import { AppError } from "../http/app-error";
import type { Locale } from "../auth/roles";

import { CODE_ALPHABET, randomFromAlphabet } from "./random-codes";
import { readSiteSettings } from "../teaching/site-settings";

export function generateJoinCode(length = 8): string {
  return randomFromAlphabet(CODE_ALPHABET, length);
}

export type JoinCodeProblem = "unknown" | "expired" | "used_up" | "archived" | "registration_closed";

export function joinCodeProblem(
  cohort: { archived: boolean; codeExpires: Date | null; codeMaxUses: number | null; codeUses: number } | null,
  now = new Date(),
): JoinCodeProblem | null {
  if (!cohort) return "unknown";
  if (cohort.archived) return "archived";
  if (cohort.codeExpires && cohort.codeExpires <= now) return "expired";
  if (cohort.codeMaxUses !== null && cohort.codeUses >= cohort.codeMaxUses) return "used_up";
  return null;
}

const MESSAGES: Record<JoinCodeProblem, string> = {
  unknown: "This join code does not exist. Check it with your teacher.",
  expired: "This join code has expired. Ask your teacher for a new one.",
  used_up: "This join code has been used as many times as allowed. Ask your teacher for a new one.",
  archived: "This cohort is closed.",
  registration_closed: "Sign-up is closed on this Podium. Ask your teacher.",
};

export async function joinCohortAsStudent(
  db: Db,
  input: { code: string; username: string; displayName: string; password: string; locale?: Locale },
) {
  if (!(await readSiteSettings(db)).registrationOpen) {
    throw new AppError(403, "join_code_registration_closed", MESSAGES.registration_closed);
  }
  const cohort = await db.cohort.findUnique({ where: { joinCode: input.code } });
  const problem = joinCodeProblem(cohort);
  if (problem) throw new AppError(problem === "unknown" ? 404 : 410, `join_code_${problem}`, MESSAGES[problem]);
  // Count the use first and only while the limit allows it, so two students racing for the last use can't both get in.
  const claimed = await db.cohort.updateMany({
    where: { id: cohort!.id, ...(cohort!.codeMaxUses !== null ? { codeUses: { lt: cohort!.codeMaxUses } } : {}) },
    data: { codeUses: { increment: 1 } },
  });
  if (claimed.count === 0) throw new AppError(410, "join_code_used_up", MESSAGES.used_up);
  try {
    const user = await createUser(db, { ...input, role: "student" });
    await db.membership.create({ data: { userId: user.id, cohortId: cohort!.id, role: "student" } });
    return user;
  } catch (err) {
    await db.cohort.update({ where: { id: cohort!.id }, data: { codeUses: { decrement: 1 } } });
    throw err;
  }
}
