/**
 * Roster import: a teacher pastes or uploads a CSV of `username, display name[, password]` and gets the
 * accounts created as students of the cohort. Rows without a password get a generated one, returned
 * once so the teacher can hand it out; it is stored only as a hash. A header row is recognised and
 * skipped. Problems are reported per row and the other rows still go in.
 */
import type { Db } from "../db/prisma";
import { createUser } from "../accounts/users";
import { displayNameSchema, passwordSchema, usernameSchema } from "../accounts/usernames";
import { generatePassword } from "../cohorts/random-codes";
import type { Locale } from "../auth/roles";
import { AppError } from "../http/app-error";
import { parseCsv } from "./csv";

export interface RosterRow {
  line: number;
  username: string;
  displayName: string;
  password?: string;
}

export interface RosterProblem {
  line: number;
  username: string;
  message: string;
}

export interface RosterResult {
  created: { username: string; displayName: string; generatedPassword?: string }[];
  problems: RosterProblem[];
}

/** More than a classroom, less than what would hold the request for minutes (argon2 per account). */
export const MAX_ROSTER_ROWS = 500;

const HEADER = /^(username|user|login|用户名|账号)$/i;

export function parseRoster(text: string): { rows: RosterRow[]; problems: RosterProblem[] } {
  const records = parseCsv(text);
  const rows: RosterRow[] = [];
  const problems: RosterProblem[] = [];
  records.forEach((cells, i) => {
    const line = i + 1;
    if (i === 0 && HEADER.test(cells[0]?.trim() ?? "")) return;
    const [rawUser = "", rawName = "", rawPassword = ""] = cells.map((c) => c.trim());
    const username = usernameSchema.safeParse(rawUser);
    const displayName = displayNameSchema.safeParse(rawName || rawUser);
    const password = rawPassword ? passwordSchema.safeParse(rawPassword) : null;
    const problem = !username.success ? username.error.issues[0].message
      : !displayName.success ? displayName.error.issues[0].message
      : password && !password.success ? password.error.issues[0].message : null;
    if (problem) problems.push({ line, username: rawUser, message: problem });
    else rows.push({ line, username: username.data!, displayName: displayName.data!, password: password?.data });
  });
  const seen = new Set<string>();
  for (const row of [...rows]) {
    if (seen.has(row.username)) {
      problems.push({ line: row.line, username: row.username, message: "This username appears twice in the file." });
      rows.splice(rows.indexOf(row), 1);
    }
    seen.add(row.username);
  }
  return { rows, problems };
}

export async function importRoster(db: Db, cohortId: string, text: string, locale: Locale): Promise<RosterResult> {
  const { rows, problems } = parseRoster(text);
  if (rows.length + problems.length > MAX_ROSTER_ROWS) {
    throw new AppError(413, "too_large", `Import at most ${MAX_ROSTER_ROWS} students at a time.`);
  }
  const result: RosterResult = { created: [], problems };
  // One at a time: each argon2 hash takes 64 MiB, and a classroom's worth in parallel would spike memory.
  for (const row of rows) {
    // An existing account is never pulled in: that would let any teacher claim another cohort's student.
    if (await db.user.findUnique({ where: { username: row.username }, select: { id: true } })) {
      problems.push({ line: row.line, username: row.username, message: "This username is taken." });
      continue;
    }
    const password = row.password ?? generatePassword();
    const user = await createUser(db, { username: row.username, displayName: row.displayName, password, role: "student", locale });
    await db.membership.create({ data: { userId: user.id, cohortId, role: "student" } });
    result.created.push({ username: row.username, displayName: row.displayName, ...(row.password ? {} : { generatedPassword: password }) });
  }
  problems.sort((a, b) => a.line - b.line);
  return result;
}
