/**
 * A LessonSandbox over the real thing: a server/sandbox Sandbox on virtual time with one ShellSession
 * per terminal tab, exactly what a student's browser terminals drive, minus the browser. Virtual time
 * (VirtualClock) jumps to the next due timer whenever a command waits, so a whole lesson, image pulls and
 * grace periods included, plays in a fraction of a second of real time.
 */
import { Sandbox } from "../sandbox/sandbox";
import type { ClusterProvider } from "../sandbox/sandbox-types";
import { VirtualClock } from "../sandbox/virtual-clock";
import { ShellSession } from "../shell/shell-session";
import type { LessonSandbox } from "./lesson-runner";
import type { CommandRecord } from "./types";

export function createHeadlessLessonSandbox(id: string, clusters: ClusterProvider): LessonSandbox {
  const history: CommandRecord[] = [];
  const sandbox = new Sandbox({ id, clock: new VirtualClock(), clusters, history: { onCommand: (r) => history.push(r) } });
  const sessions = new Map<number, { session: ShellSession; output: string[] }>();

  const tab = (n: number) => {
    let entry = sessions.get(n);
    if (!entry) {
      const output: string[] = [];
      const session = new ShellSession({ sandbox, tabId: String(n), color: false, output: { write: (t) => void output.push(t) } });
      entry = { session, output };
      sessions.set(n, entry);
    }
    return entry;
  };

  const run = async (line: string, n: number) => {
    const { session, output } = tab(n);
    output.length = 0;
    session.remember(line);
    const outcome = await session.run(line, new AbortController().signal);
    return { exitCode: outcome.exitCode, output: output.join("") };
  };

  return {
    run,
    // A background job, as a student would do with `&` or a second tab: the line itself returns at once.
    async start(line, n) {
      await run(`${line} &`, n);
    },
    async wait(ms) {
      // The wait is keyed by its own run signal so the sandbox knows it may jump virtual time ahead.
      const run = new AbortController().signal;
      await sandbox.drive(sandbox.wait(ms, run), run, () => undefined);
    },
    cluster: () => sandbox.runningCluster(),
    history: () => history,
    async dispose() {
      for (const { session } of sessions.values()) session.dispose();
      await sandbox.dispose();
    },
  };
}
