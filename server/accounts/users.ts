/**
 * Creating users and signing them in. Route handlers call these; they never touch password hashes.
 */
import type { Db } from "../db/prisma";
import { hashPassword, verifyPassword } from "../auth/password";
import { conflict } from "../http/app-error";
import type { Locale, Role } from "../auth/roles";

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  locale?: Locale;
}

export async function createUser(db: Db, input: NewUser) {
  const existing = await db.user.findUnique({ where: { username: input.username } });
  if (existing) throw conflict(`The username "${input.username}" is taken.`);
  return db.user.create({
    data: {
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      locale: input.locale ?? "en",
      passwordHash: await hashPassword(input.password),
    },
  });
}

/** A dummy hash verified when the user does not exist, so response time does not reveal valid usernames. */
let dummyHash: Promise<string> | undefined;

export async function checkCredentials(db: Db, username: string, password: string) {
  const user = await db.user.findUnique({ where: { username } });
  if (!user) {
    dummyHash ??= hashPassword("podium-not-a-user");
    await verifyPassword(await dummyHash, password);
    return null;
  }
  if (user.disabled) return null;
  return (await verifyPassword(user.passwordHash, password)) ? user : null;
}

export async function needsSetup(db: Db): Promise<boolean> {
  return (await db.user.count()) === 0;
}
