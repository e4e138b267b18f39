import { test, expect, type Page } from "@playwright/test";
import path from "node:path";
import { loadCourse } from "../server/lessons/course-loader";
import { PodiumServer } from "./support/podium-server";
import { prepareCohort } from "./support/accounts";

/**
 * A student signs up with a join code and works through the whole Kubernetes Basics course by typing
 * each step's commands into the browser terminal, watching the steps complete and the cluster view
 * follow; then the progress must survive a reload and a server restart.
 */
const shots = path.join(process.cwd(), "e2e", "screenshots");
const COURSE = "kubernetes-basics";

async function focusTab(page: Page, tab: number) {
  const tabButton = page.getByRole("tab", { name: `Terminal tab ${tab}` });
  if ((await tabButton.count()) === 0) await page.getByRole("button", { name: "New terminal tab" }).click();
  await page.getByRole("tab", { name: `Terminal tab ${tab}` }).click();
  await page.getByTestId(`terminal-${tab}`).click();
}

async function typeCommand(page: Page, command: string, tab: number) {
  await focusTab(page, tab);
  // xterm.js reads keystrokes from its hidden textarea; multi-line commands (heredocs) are typed line by line.
  const lines = command.split("\n");
  for (const line of lines) {
    await page.keyboard.type(line, { delay: 2 });
    await page.keyboard.press("Enter");
  }
}

async function screenText(page: Page, tab = 1): Promise<string> {
  return page.getByTestId(`terminal-${tab}`).locator(".xterm-rows").innerText();
}

test("a student completes Kubernetes Basics in the browser terminal, and the progress survives a restart", async ({ browser }) => {
  test.setTimeout(15 * 60_000);
  const course = await loadCourse(path.join(process.cwd(), "lessons", COURSE));
  const server = new PodiumServer(3231, 40);
  await server.start();
  try {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1600, height: 1000 } });
    const { joinCode } = await prepareCohort(context.request, server.url);
    const page = await context.newPage();

    await page.goto("/join");
    await page.getByLabel("Join code").fill(joinCode);
    await page.getByLabel("Username").fill("mei");
    await page.getByLabel("Display name").fill("韩梅梅");
    await page.getByLabel("Password").fill("student-pass-1");
    await page.getByRole("button", { name: "Join and create account" }).click();
    await expect(page.getByRole("heading", { name: "Welcome, 韩梅梅" })).toBeVisible();

    await page.goto("/courses");
    await page.screenshot({ path: path.join(shots, "courses-en.png"), fullPage: true });

    for (const lesson of course.lessons) {
      await page.goto(`/courses/${COURSE}/${lesson.id}`);
      await expect(page.getByRole("heading", { level: 1, name: lesson.title.en })).toBeVisible();
      for (const step of lesson.steps) {
        const item = page.getByTestId(`step-${step.id}`);
        if (step.checks.length === 0) {
          await item.getByRole("button", { name: "I have read this" }).click();
        } else {
          for (const command of step.commands) {
            if (command.skipInCheck) continue;
            await typeCommand(page, command.run, command.tab);
          }
        }
        await expect(item, `${lesson.id}/${step.id}`).toHaveAttribute("data-done", "true", { timeout: 120_000 });
        if (lesson.id === "scale-app" && step.commands.some((c) => /--replicas=4/.test(c.run))) {
          await expect(page.getByTestId("pod-chip").filter({ has: page.locator("[aria-hidden]") })).toHaveCount(4, { timeout: 60_000 });
          await expect(page.getByTestId("pod-chip").and(page.locator('[data-status="Running"]'))).toHaveCount(4, { timeout: 60_000 });
        }
      }
      if (lesson.id === "deploy-app") await page.screenshot({ path: path.join(shots, "lab-en.png") });
    }

    // The lab in Chinese, for the screenshot and to see the lesson text switch language.
    const last = course.lessons[course.lessons.length - 2];
    await page.goto(`/courses/${COURSE}/${last.id}`);
    await page.getByLabel("Language").selectOption("zh-CN");
    await expect(page.getByRole("heading", { level: 1, name: last.title["zh-CN"] })).toBeVisible();
    await page.screenshot({ path: path.join(shots, "lab-zh-CN.png") });
    await page.getByLabel("语言").selectOption("en");

    // Reload: every step is still complete and the terminal shows what it showed.
    await typeCommand(page, "echo podium-was-here", 1);
    await expect.poll(() => screenText(page)).toContain("podium-was-here");
    await page.reload();
    for (const step of last.steps) await expect(page.getByTestId(`step-${step.id}`)).toHaveAttribute("data-done", "true");
    await expect.poll(() => screenText(page)).toContain("podium-was-here");

    // Restart the server: progress, the cluster and the terminal's screen come back.
    await server.stop();
    await server.start();
    await page.goto("/courses");
    for (const lesson of course.lessons.filter((l) => l.steps.length > 0)) {
      await expect(page.getByTestId(`lesson-${lesson.id}`).getByRole("progressbar")).toHaveAttribute("aria-valuenow", String(lesson.steps.length));
    }
    await page.screenshot({ path: path.join(shots, "courses-done-en.png"), fullPage: true });
    await page.goto(`/courses/${COURSE}/${last.id}`);
    await expect.poll(() => screenText(page), { timeout: 30_000 }).toContain("podium-was-here");
    await typeCommand(page, "kubectl get deployments", 1);
    await expect.poll(() => screenText(page), { timeout: 30_000 }).toMatch(/kubernetes-bootcamp\s+\d+\/\d+/);
    await context.close();
  } finally {
    await server.dispose();
  }
});
