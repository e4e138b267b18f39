import { test, expect, type Page } from "@playwright/test";
import { PodiumServer } from "./support/podium-server";
import { prepareCohort } from "./support/accounts";
import path from "node:path";

/**
 * The teacher watching a real lab, two browsers side by side: completed steps appear on the dashboard
 * without a reload, the mirrored terminal shows what the student types, a message reaches the lab, a
 * takeover needs the student's consent, and a reset empties the student's cluster view.
 */
const COURSE = "kubernetes-basics";
const shots = path.join(process.cwd(), "e2e", "screenshots");
const LESSON = "create-cluster";

async function typeIn(page: Page, testId: string, line: string) {
  await page.getByTestId(testId).click();
  await page.keyboard.type(line, { delay: 2 });
  await page.keyboard.press("Enter");
}

const screen = (page: Page, testId: string) => page.getByTestId(testId).locator(".xterm-rows");

test("a teacher follows a student's lab live, mirrors, helps and resets", async ({ browser }) => {
  test.setTimeout(5 * 60_000);
  const server = new PodiumServer(3233, 40);
  await server.start();
  try {
    const studentCtx = await browser.newContext({ baseURL: server.url, viewport: { width: 1500, height: 950 } });
    const { joinCode, cohortId } = await prepareCohort(studentCtx.request, server.url);
    const student = await studentCtx.newPage();
    await student.goto("/join");
    await student.getByLabel("Join code").fill(joinCode);
    await student.getByLabel("Username").fill("lei");
    await student.getByLabel("Display name").fill("李雷");
    await student.getByLabel("Password").fill("student-pass-1");
    await student.getByRole("button", { name: "Join and create account" }).click();
    await expect(student.getByRole("heading", { name: "Welcome, 李雷" })).toBeVisible();
    await student.goto(`/courses/${COURSE}/${LESSON}`);

    const teacherCtx = await browser.newContext({ baseURL: server.url, viewport: { width: 1500, height: 950 } });
    const teacher = await teacherCtx.newPage();
    await teacher.goto("/login");
    await teacher.getByLabel("Username").fill("teacher");
    await teacher.getByLabel("Password").fill("teacher-pass-1");
    await teacher.getByRole("button", { name: "Sign in" }).click();
    await teacher.waitForURL((u) => !u.pathname.startsWith("/login"));
    await teacher.goto(`/teach/${cohortId}`);
    // The dashboard's socket is connected (the teacher socket features are wired into server/main.ts).
    await expect(teacher.getByText("Live", { exact: true })).toBeVisible();

    // Two steps completed by the student show up on the dashboard without a reload.
    const row = teacher.getByTestId("student-row").filter({ hasText: "李雷" });
    // The lab is open but nothing typed yet: idle; typing makes the student online.
    await expect(row.getByTestId("presence")).toHaveText("idle");
    for (const [stepId, command] of [["minikube-version", "minikube version"], ["minikube-start", "minikube start"]]) {
      await typeIn(student, "terminal-1", command);
      await expect(student.getByTestId(`step-${stepId}`)).toHaveAttribute("data-done", "true", { timeout: 60_000 });
      await expect(row.locator(`[data-step="${COURSE}/${LESSON}/${stepId}"]`)).toHaveAttribute("data-state", "done", { timeout: 2000 });
    }
    await expect(row.getByTestId("presence")).toHaveText("online");
    await teacher.screenshot({ path: path.join(shots, "teacher-dashboard-live-en.png"), fullPage: true });

    // The mirror shows what the student types.
    await row.getByRole("link", { name: "李雷" }).click();
    await expect(teacher.getByRole("heading", { name: /李雷/, level: 1 })).toBeVisible();
    await typeIn(student, "terminal-1", "kubectl get nodes");
    await expect(screen(teacher, "terminal-1")).toContainText("kubectl get nodes", { timeout: 10_000 });
    await expect(teacher.getByTestId("student-cluster").getByTestId("node-box")).toBeVisible();
    await teacher.screenshot({ path: path.join(shots, "teacher-student-en.png"), fullPage: true });

    // A message reaches the lab.
    await teacher.getByLabel("Message or hint").fill("试试 kubectl describe node");
    await teacher.getByRole("button", { name: "Send" }).click();
    await expect(student.getByTestId("teacher-message")).toContainText("试试 kubectl describe node");

    // A takeover needs the student's consent; then the teacher's typing lands in the student's terminal.
    await teacher.getByRole("button", { name: "Ask to take over the terminal" }).click();
    await student.getByRole("alertdialog").getByRole("button", { name: "Allow" }).click();
    await expect(teacher.getByText("You are typing in the student's terminal.")).toBeVisible();
    await typeIn(teacher, "terminal-1", "echo from-the-teacher");
    await expect(screen(student, "terminal-1")).toContainText("from-the-teacher", { timeout: 10_000 });
    await teacher.getByRole("button", { name: "Give the terminal back" }).click();

    // A reset empties the cluster view on both sides, and the student is told.
    await teacher.getByRole("button", { name: "Reset sandbox" }).click();
    await teacher.getByRole("button", { name: "Confirm" }).click();
    await expect(teacher.getByRole("status").filter({ hasText: "The sandbox was reset." })).toBeVisible();
    await expect(student.getByText("Your teacher reset your cluster.")).toBeVisible();
    await expect(student.getByTestId("cluster-view")).toContainText("No cluster yet");
    await expect(teacher.getByTestId("student-cluster")).toContainText("No cluster yet");
    await studentCtx.close();
    await teacherCtx.close();
  } finally {
    await server.dispose();
  }
});
