import { z } from "zod";
import type { Router } from "../router";
import { parseBody } from "../router";
import { createUser } from "../../accounts/users";
import { displayNameSchema, passwordSchema, usernameSchema } from "../../accounts/usernames";
import { LOCALES } from "../../auth/roles";

const newUserSchema = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
  role: z.enum(["admin", "teacher"]),
  locale: z.enum(LOCALES).optional(),
});

/** Admin-only routes; the access policy has already refused everyone else. */
export function adminRoutes(router: Router): void {
  router.on("GET", "/api/admin/users", async (ctx) => {
    const users = await ctx.services.db.user.findMany({
      orderBy: { createdAt: "asc" },
      select: { id: true, username: true, displayName: true, role: true, disabled: true, createdAt: true },
    });
    return { users };
  });

  router.on("POST", "/api/admin/users", async (ctx) => {
    const input = await parseBody(ctx, newUserSchema);
    const user = await createUser(ctx.services.db, input);
    ctx.res.statusCode = 201;
    return { user: { id: user.id, username: user.username, role: user.role } };
  });
}
