import { test, expect, type Page, type Browser } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";

/**
 * A teacher's day without the lab: create a cohort, manage its join code, import a roster, see a joined
 * student on the live dashboard, download the exports. The parts that need a working lab (a student
 * completing steps live, the mirrored terminal, a sandbox reset) are added with the lead's lab work.
 * The tests share one server and run in order; they work on a fresh install or after foundation.spec.ts.
 */
test.describe.configure({ mode: "serial" });

const admin = { username: "root-admin", displayName: "Ada Admin", password: "correct horse battery" };
const teacher = { username: "tea-e2e", displayName: "Teresa Teacher", password: "teacher-pass-e2e" };
const cohortName = "实验班 E2E";
let joinCode = "";
let replacedCode = "";
let generatedPassword = "";
const shots = path.join(process.cwd(), "e2e", "screenshots");

async function login(page: Page, username: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

async function teacherPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await login(page, teacher.username, teacher.password);
  return page;
}

async function openManage(page: Page) {
  await page.goto("/teach");
  await page.getByTestId("cohort-card").filter({ hasText: cohortName }).getByRole("link", { name: "Manage" }).click();
  await expect(page.getByRole("heading", { name: cohortName, level: 1 })).toBeVisible();
}

test("the admin creates a teacher account", async ({ page }) => {
  const state = await (await page.request.get("/api/auth/state")).json();
  if (state.needsSetup) expect((await page.request.post("/api/auth/setup", { data: admin })).ok()).toBe(true);
  await login(page, admin.username, admin.password);
  await page.goto("/admin");
  await page.getByLabel("Username").fill(teacher.username);
  await page.getByLabel("Display name").fill(teacher.displayName);
  await page.getByLabel("Password").fill(teacher.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toHaveText(`Account ${teacher.username} created.`);
  await expect(page.getByTestId("user-row").filter({ hasText: teacher.username })).toContainText("active");
  await expect(page.getByRole("heading", { name: "Right now" })).toBeVisible();
});

test("the teacher creates a cohort and manages its join code", async ({ browser }) => {
  const page = await teacherPage(browser);
  await page.goto("/teach");
  await page.getByLabel("Cohort name").fill(cohortName);
  await page.getByRole("button", { name: "Create cohort" }).click();
  const card = page.getByTestId("cohort-card").filter({ hasText: cohortName });
  const first = (await card.getByTestId("join-code").textContent())!.trim();
  expect(first).toMatch(/^[A-Z2-9]{8}$/);

  await openManage(page);
  await expect(page.getByTestId("invite-link")).toHaveText(new RegExp(`/join\\?code=${first}$`));
  await page.getByRole("button", { name: "New code" }).click();
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByTestId("join-code")).not.toHaveText(first);
  joinCode = (await page.getByTestId("join-code").textContent())!.trim();
  expect(joinCode).toMatch(/^[A-Z2-9]{8}$/);
  replacedCode = first;
  await page.context().close();
});

test("a student joins with the code; the old code is refused", async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto("/join");
  await page.getByLabel("Join code").fill(replacedCode);
  await page.getByLabel("Username").fill("lei-e2e");
  await page.getByLabel("Display name").fill("李雷");
  await page.getByLabel("Password").fill("student-pass-1");
  await page.getByRole("button", { name: "Join and create account" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "join code" })).toHaveText(/does not exist/);
  await page.getByLabel("Join code").fill(joinCode);
  await page.getByLabel("Username").fill("lei-e2e");
  await page.getByLabel("Display name").fill("李雷");
  await page.getByLabel("Password").fill("student-pass-1");
  await page.getByRole("button", { name: "Join and create account" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, 李雷" })).toBeVisible();
  await page.context().close();
});

test("the teacher imports a roster and sees generated passwords once, downloadable", async ({ browser }) => {
  const page = await teacherPage(browser);
  await openManage(page);
  await page.getByLabel("CSV text").fill("username,display name,password\nwang-e2e,王小明,\nzhao-e2e,\"赵, 云\",given-password-1\nlei-e2e,重复\n");
  await page.getByRole("button", { name: "Import" }).click();
  const result = page.getByTestId("roster-result");
  await expect(result.getByRole("status")).toHaveText("2 accounts created.");
  await expect(result).toContainText("lei-e2e");
  const row = page.getByTestId("generated-password-row");
  await expect(row).toHaveCount(1);
  generatedPassword = (await row.locator("td").nth(2).textContent())!.trim();
  expect(generatedPassword).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download passwords (CSV)" }).click()]);
  const bytes = fs.readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString("utf8")).toContain(`wang-e2e,王小明,${generatedPassword}`);
  await expect(page.getByTestId("roster-row")).toHaveCount(3);
  await page.screenshot({ path: path.join(shots, "teacher-manage-en.png"), fullPage: true });
  await page.context().close();
});

test("an imported student signs in with the generated password", async ({ browser }) => {
  const page = await browser.newPage();
  await login(page, "wang-e2e", generatedPassword);
  await expect(page.getByRole("heading", { name: "Welcome, 王小明" })).toBeVisible();
  await page.context().close();
});

test("the dashboard shows the cohort's students, and the exports download as UTF-8 CSV", async ({ browser }) => {
  const page = await teacherPage(browser);
  await page.goto("/teach");
  await page.getByTestId("cohort-card").filter({ hasText: cohortName }).getByRole("link", { name: "Open dashboard" }).click();
  await expect(page.getByRole("heading", { name: `${cohortName} · Live dashboard` })).toBeVisible();
  const rows = page.getByTestId("student-row");
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: "李雷" })).toBeVisible();
  await expect(rows.filter({ hasText: "赵, 云" })).toBeVisible();
  await page.screenshot({ path: path.join(shots, "teacher-dashboard-en.png"), fullPage: true });

  for (const [name, header] of [["Progress (CSV)", "username,display_name,course"], ["Command history (CSV)", "username,display_name,started_at"]]) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const bytes = fs.readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    expect(text.startsWith(header)).toBe(true);
    if (name.startsWith("Progress")) expect(text).toContain('zhao-e2e,"赵, 云"');
  }

  await rows.filter({ hasText: "李雷" }).getByRole("link", { name: "李雷" }).click();
  await expect(page.getByRole("heading", { name: /李雷/, level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Command history" })).toBeVisible();
  await page.context().close();
});

test("a join code limited to the uses so far refuses the next student", async ({ browser }) => {
  const page = await teacherPage(browser);
  await openManage(page);
  await page.getByLabel("Maximum uses").fill("1");
  await page.getByRole("button", { name: "Save limits" }).click();
  await expect(page.getByText("Maximum uses: 1")).toBeVisible();
  await page.context().close();

  const student = await browser.newPage();
  await student.goto("/join");
  await student.getByLabel("Join code").fill(joinCode);
  await student.getByLabel("Username").fill("late-e2e");
  await student.getByLabel("Display name").fill("Late");
  await student.getByLabel("Password").fill("student-pass-2");
  await student.getByRole("button", { name: "Join and create account" }).click();
  await expect(student.getByRole("alert").filter({ hasText: "join code" })).toHaveText(/used as many times as allowed/);
  await student.context().close();
});

test("another teacher cannot open this cohort's dashboard or exports", async ({ browser, page }) => {
  await login(page, admin.username, admin.password);
  await page.request.post("/api/admin/users", { data: { username: "other-e2e", displayName: "Other", password: "other-pass-1", role: "teacher" } });
  const cohorts = await (await page.request.get("/api/teach/cohorts")).json();
  const id = cohorts.cohorts.find((c: { name: string }) => c.name === cohortName).id;
  const other = await browser.newPage();
  await login(other, "other-e2e", "other-pass-1");
  expect((await other.request.get(`/api/teach/cohorts/${id}/dashboard`)).status()).toBe(403);
  expect((await other.request.get(`/api/teach/cohorts/${id}/export/progress.csv`)).status()).toBe(403);
  await other.goto(`/teach/${id}`);
  await expect(other.getByRole("alert").filter({ hasText: "cohort" })).toHaveText("You do not teach this cohort.");
  await other.context().close();
});
