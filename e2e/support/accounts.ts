import type { APIRequestContext } from "@playwright/test";

/**
 * Accounts for a test's own server, created through the public API (the tests of sign-up itself live in
 * foundation.spec.ts): an admin from first-run, a teacher, a cohort, and its join code.
 */
export async function prepareCohort(request: APIRequestContext, base: string) {
  const headers = { origin: base };
  const post = async (path: string, data: unknown) => {
    const r = await request.post(base + path, { data, headers });
    if (!r.ok()) throw new Error(`${path}: ${r.status()} ${await r.text()}`);
    return r.json();
  };
  await post("/api/auth/setup", { username: "admin", displayName: "Admin", password: "admin-pass-1" });
  await post("/api/admin/users", { username: "teacher", displayName: "Teacher Tan", password: "teacher-pass-1", role: "teacher" });
  await post("/api/auth/logout", {});
  await post("/api/auth/login", { username: "teacher", password: "teacher-pass-1" });
  const { cohort } = await post("/api/teach/cohorts", { name: "Workshop" });
  await post("/api/auth/logout", {});
  return { joinCode: cohort.joinCode as string, cohortId: cohort.id as string };
}
