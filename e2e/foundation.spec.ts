import { test, expect, type Page } from "@playwright/test";

/**
 * The first-run flow and the access rules, in order: these tests share one fresh server, and the first
 * one creates its admin.
 */
test.describe.configure({ mode: "serial" });

const admin = { username: "root-admin", displayName: "Ada Admin", password: "correct horse battery" };

async function login(page: Page, username: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

test("a fresh install sends every page to the first-run page, which creates the admin", async ({ page }) => {
  await page.goto("/courses");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Welcome to Podium" })).toBeVisible();
  await page.getByLabel("Username").fill(admin.username);
  await page.getByLabel("Display name").fill(admin.displayName);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page.getByRole("heading", { name: `Welcome, ${admin.displayName}` })).toBeVisible();
  // Once set up, the first-run page is gone for good.
  await page.goto("/setup");
  await expect(page).not.toHaveURL(/\/setup$/);
});

test("the admin signs out and back in; a wrong password shows an error", async ({ page }) => {
  await login(page, admin.username, admin.password);
  await expect(page.getByRole("heading", { name: `Welcome, ${admin.displayName}` })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin/);

  await page.getByLabel("Username").fill(admin.username);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong" })).toHaveText("Wrong username or password.");

  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "Administration" })).toBeVisible();
});

test("a student who joined with a code cannot open the admin page", async ({ page, browser }) => {
  // The admin creates a teacher; the teacher creates a cohort and reads its join code.
  await login(page, admin.username, admin.password);
  await page.goto("/admin");
  await page.getByLabel("Username").fill("tina");
  await page.getByLabel("Display name").fill("Tina Teacher");
  await page.getByLabel("Password").fill("teacher-pass-1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toHaveText("Account tina created.");

  const teacher = await browser.newContext();
  const tp = await teacher.newPage();
  await login(tp, "tina", "teacher-pass-1");
  await tp.goto("/teach");
  await tp.getByLabel("Cohort name").fill("Workshop A");
  await tp.getByRole("button", { name: "Create cohort" }).click();
  const code = (await tp.getByTestId("join-code").first().textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{8}$/);

  const student = await browser.newContext();
  const sp = await student.newPage();
  await sp.goto("/join");
  await sp.getByLabel("Join code").fill(code);
  await sp.getByLabel("Username").fill("lei");
  await sp.getByLabel("Display name").fill("李雷");
  await sp.getByLabel("Password").fill("student-pass-1");
  await sp.getByRole("button", { name: "Join and create account" }).click();
  await expect(sp.getByRole("heading", { name: "Welcome, 李雷" })).toBeVisible();

  const res = await sp.goto("/admin");
  expect(res?.status()).toBe(403);
  const api = await sp.request.get("/api/admin/users");
  expect(api.status()).toBe(403);
  await teacher.close();
  await student.close();
});

test("the language switch turns the interface into Chinese and remembers it", async ({ page }) => {
  await login(page, admin.username, admin.password);
  await page.getByLabel("Language").selectOption("zh-CN");
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: `欢迎，${admin.displayName}` })).toBeVisible();
  await page.getByLabel("语言").selectOption("en");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});
