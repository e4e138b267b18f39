import { z } from "zod";
import type { Router } from "../router";
import { parseBody } from "../router";
import { generateJoinCode } from "../../cohorts/join-codes";

const newCohortSchema = z.object({
  name: z.string().trim().min(1, "Enter a name.").max(100),
  codeExpires: z.coerce.date().optional(),
  codeMaxUses: z.number().int().positive().max(10_000).optional(),
});

/** Cohorts as far as sign-up needs them: a teacher creates one and gets its join code. */
export function cohortRoutes(router: Router): void {
  router.on("GET", "/api/teach/cohorts", async (ctx) => {
    const user = ctx.user!;
    const cohorts = await ctx.services.db.cohort.findMany({
      where: user.role === "admin" ? {} : { memberships: { some: { userId: user.id, role: "teacher" } } },
      orderBy: { createdAt: "desc" },
      include: { _count: { select: { memberships: { where: { role: "student" } } } } },
    });
    return {
      cohorts: cohorts.map((c) => ({
        id: c.id, name: c.name, joinCode: c.joinCode, archived: c.archived,
        codeExpires: c.codeExpires, codeMaxUses: c.codeMaxUses, codeUses: c.codeUses, students: c._count.memberships,
      })),
    };
  });

  router.on("POST", "/api/teach/cohorts", async (ctx) => {
    const input = await parseBody(ctx, newCohortSchema);
    const cohort = await ctx.services.db.cohort.create({
      data: {
        name: input.name,
        joinCode: generateJoinCode(),
        codeExpires: input.codeExpires,
        codeMaxUses: input.codeMaxUses,
        memberships: { create: { userId: ctx.user!.id, role: "teacher" } },
      },
    });
    ctx.res.statusCode = 201;
    return { cohort: { id: cohort.id, name: cohort.name, joinCode: cohort.joinCode } };
  });
}
