import { describe, expect, it } from "vitest";
import { testSandbox } from "../shell/testing/test-sandbox";
import type { Sandbox } from "../sandbox/sandbox";
import { ScreenSaver, type ScreenStore } from "./screen-saver";
import { TerminalSession } from "./terminal-session";

function open(sandbox: Sandbox, restoreScreen?: string, cols = 80) {
  const term = new TerminalSession({ sandbox, tabId: "1", cols, rows: 24, color: false, restoreScreen });
  return {
    term,
    async type(data: string): Promise<string> {
      term.write(data);
      await term.settled();
      return term.screenText();
    },
  };
}

/** What the next process would get back: the session's snapshot once it has settled. */
async function savedScreen(term: TerminalSession): Promise<string> {
  await term.settled();
  return (await term.settledSnapshot())!;
}

class MemoryScreenStore implements ScreenStore {
  readonly screens = new Map<string, string>();
  saves = 0;
  async load(sandboxId: string, tabId: string) {
    return this.screens.get(`${sandboxId}/${tabId}`) ?? null;
  }
  async save(sandboxId: string, tabId: string, snapshot: string) {
    this.saves++;
    this.screens.set(`${sandboxId}/${tabId}`, snapshot);
  }
  async clear(sandboxId: string) {
    for (const key of [...this.screens.keys()]) if (key.startsWith(`${sandboxId}/`)) this.screens.delete(key);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("restoring a terminal screen after a restart", () => {
  it("shows the old screen with a fresh prompt below it, and keeps it for the next restart", async () => {
    const before = open(testSandbox().sandbox);
    await before.type("echo restored\r");
    await before.type("echo half");
    const saved = await savedScreen(before.term);
    before.term.dispose();

    const after = open(testSandbox().sandbox, saved);
    let sent = "";
    after.term.onOutput((d) => (sent += d));
    await after.term.settled();
    expect(await after.term.screenText()).toBe("student@podium:~$ echo restored\nrestored\nstudent@podium:~$ echo half\nstudent@podium:~$");
    // The restored text is on the screen, not sent again as output.
    expect(sent).not.toContain("restored");
    expect(await after.type("echo again\r")).toMatch(/echo half\nstudent@podium:~\$ echo again\nagain\nstudent@podium:~\$$/);

    const third = open(testSandbox().sandbox, await savedScreen(after.term));
    await third.term.settled();
    expect(await third.term.screenText()).toMatch(/^student@podium:~\$ echo restored\nrestored\n[^]*\nagain\nstudent@podium:~\$\nstudent@podium:~\$$/);
    after.term.dispose();
    third.term.dispose();
  });

  it("puts the prompt below a wrapped input line even when the cursor was inside it", async () => {
    const before = open(testSandbox().sandbox, undefined, 20);
    // 18 + 30 characters wrap over three rows; Home puts the cursor on the first.
    await before.type(`echo ${"x".repeat(25)}\x1b[H`);
    const saved = await savedScreen(before.term);
    before.term.dispose();
    const after = open(testSandbox().sandbox, saved, 20);
    await after.term.settled();
    const rows = (await after.term.screenText()).split("\n");
    expect(rows.at(-1)).toBe("student@podium:~$");
    expect(rows.slice(0, -1).join("")).toBe(`student@podium:~$ echo ${"x".repeat(25)}`);
    after.term.dispose();
  });

  it("drops a full-screen program's alternate screen and the modes it set", async () => {
    const before = open(testSandbox().sandbox);
    await before.type("echo kept\r");
    await before.type("printf '\\033[?2004h\\033[?1049h\\033[31mFULL SCREEN'\r");
    const saved = await savedScreen(before.term);
    expect(saved).toContain("FULL SCREEN");
    before.term.dispose();
    const after = open(testSandbox().sandbox, saved);
    const screen = await after.type("");
    expect(screen).toMatch(/^student@podium:~\$ echo kept\nkept\nstudent@podium:~\$ printf [^\n]*\nstudent@podium:~\$$/);
    expect(await after.term.settledSnapshot()).not.toMatch(/\x1b\[\?1049h|\x1b\[\?2004h|\x1b\[31m/);
    after.term.dispose();
  });

  it("keeps keys typed while the screen is restored for the first prompt", async () => {
    const before = open(testSandbox().sandbox);
    await before.type("echo old\r");
    const saved = await savedScreen(before.term);
    before.term.dispose();
    const after = open(testSandbox().sandbox, saved);
    after.term.write("echo typed early\r");
    await after.term.settled();
    expect(await after.term.screenText()).toMatch(/old\nstudent@podium:~\$\nstudent@podium:~\$ echo typed early\ntyped early\nstudent@podium:~\$$/);
    after.term.dispose();
  });

  it("ignores a saved screen that cannot be one of ours", async () => {
    const term = open(testSandbox().sandbox, "x".repeat(9 * 1024 * 1024));
    expect(await term.type("")).toBe("student@podium:~$");
    term.term.dispose();
  });
});

describe("ScreenSaver", () => {
  it("saves once after a burst of output, again on close, and what it saves restores", async () => {
    const { sandbox } = testSandbox();
    const store = new MemoryScreenStore();
    const t = open(sandbox);
    const saver = new ScreenSaver(t.term, store, sandbox.id, "1", { delayMs: 40 });
    await t.type("echo one\r");
    await t.type("echo two\r");
    expect(store.saves).toBe(0);
    await sleep(120);
    expect(store.saves).toBe(1);
    await sleep(60);
    expect(store.saves).toBe(1); // nothing changed since
    await t.type("echo three\r");
    await saver.close();
    expect(store.saves).toBe(2);
    t.term.dispose();

    const restored = open(testSandbox().sandbox, (await store.load(sandbox.id, "1"))!);
    expect(await restored.type("")).toMatch(/^student@podium:~\$ echo one\none\n[^]*\nthree\nstudent@podium:~\$\nstudent@podium:~\$$/);
    restored.term.dispose();
  });

  it("saves a screen that never stops changing every maxDelayMs", async () => {
    const { sandbox } = testSandbox();
    const store = new MemoryScreenStore();
    const t = open(sandbox);
    const saver = new ScreenSaver(t.term, store, sandbox.id, "1", { delayMs: 50, maxDelayMs: 80 });
    for (let i = 0; i < 8; i++) {
      t.term.write("x");
      await sleep(25);
    }
    expect(store.saves).toBeGreaterThanOrEqual(1);
    saver.cancel();
    t.term.dispose();
  });

  it("cancel forgets pending changes; a failing store is reported, not thrown", async () => {
    const { sandbox } = testSandbox();
    const store = new MemoryScreenStore();
    const t = open(sandbox);
    const saver = new ScreenSaver(t.term, store, sandbox.id, "1", { delayMs: 10 });
    await t.type("echo one\r");
    saver.cancel();
    await sleep(40);
    expect(store.saves).toBe(0);

    const errors: unknown[] = [];
    const failing: ScreenStore = { ...store, load: store.load, clear: store.clear, save: async () => Promise.reject(new Error("db down")) };
    const saver2 = new ScreenSaver(t.term, failing, sandbox.id, "1", { delayMs: 10, onError: (e) => errors.push(e) });
    await t.type("echo two\r");
    await saver2.close();
    expect(errors).toHaveLength(1);
    t.term.dispose();
  });
});
