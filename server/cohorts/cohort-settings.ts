/**
 * Creating and changing cohorts: name, archive flag, assigned courses and the join code's limits.
 * Callers have checked access with cohort-access.ts.
 */
import { z } from "zod";
import type { Db } from "../db/prisma";
import type { CurrentUser } from "../auth/roles";
import { badRequest } from "../http/app-error";
import { generateJoinCode } from "./join-codes";

export const courseIdsSchema = z.array(z.string().regex(/^[a-z0-9-]{1,60}$/)).max(20);

export const newCohortSchema = z.object({
  name: z.string().trim().min(1, "Enter a name.").max(100),
  courses: courseIdsSchema.optional(),
  codeExpires: z.coerce.date().nullable().optional(),
  codeMaxUses: z.number().int().positive().max(10_000).nullable().optional(),
});

export const cohortPatchSchema = z.object({
  name: z.string().trim().min(1, "Enter a name.").max(100).optional(),
  archived: z.boolean().optional(),
  courses: courseIdsSchema.optional(),
});

export const joinCodePatchSchema = z.object({
  regenerate: z.boolean().optional(),
  /** null removes the limit; absent keeps it. */
  codeExpires: z.coerce.date().nullable().optional(),
  codeMaxUses: z.number().int().positive().max(10_000).nullable().optional(),
});

/** The Cohort.courses column is comma-separated course ids (prisma/schema.prisma). */
export const parseCourses = (value: string) => value.split(",").map((s) => s.trim()).filter(Boolean);

function checkCourses(courses: string[] | undefined, known: string[]): string | undefined {
  if (!courses) return undefined;
  const unknown = courses.filter((c) => !known.includes(c));
  if (unknown.length) throw badRequest(`Unknown course: ${unknown.join(", ")}.`, { field: "courses" });
  return [...new Set(courses)].join(",");
}

export async function createCohort(db: Db, creator: CurrentUser, input: z.infer<typeof newCohortSchema>, knownCourses: string[]) {
  return db.cohort.create({
    data: {
      name: input.name,
      joinCode: await unusedJoinCode(db),
      codeExpires: input.codeExpires ?? null,
      codeMaxUses: input.codeMaxUses ?? null,
      ...(input.courses ? { courses: checkCourses(input.courses, knownCourses) } : {}),
      memberships: { create: { userId: creator.id, role: "teacher" } },
    },
  });
}

export async function updateCohort(db: Db, cohortId: string, patch: z.infer<typeof cohortPatchSchema>, knownCourses: string[]) {
  return db.cohort.update({
    where: { id: cohortId },
    data: { name: patch.name, archived: patch.archived, courses: checkCourses(patch.courses, knownCourses) },
  });
}

/** A new code starts its use count from zero: the limit is about how many joined with *this* code. */
export async function updateJoinCode(db: Db, cohortId: string, patch: z.infer<typeof joinCodePatchSchema>) {
  return db.cohort.update({
    where: { id: cohortId },
    data: {
      ...(patch.regenerate ? { joinCode: await unusedJoinCode(db), codeUses: 0 } : {}),
      ...(patch.codeExpires !== undefined ? { codeExpires: patch.codeExpires } : {}),
      ...(patch.codeMaxUses !== undefined ? { codeMaxUses: patch.codeMaxUses } : {}),
    },
  });
}

async function unusedJoinCode(db: Db): Promise<string> {
  // 31^8 codes make a collision unlikely, but the column is unique, so look before using one.
  for (;;) {
    const code = generateJoinCode();
    if (!(await db.cohort.findUnique({ where: { joinCode: code }, select: { id: true } }))) return code;
  }
}
