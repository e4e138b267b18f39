import headlessModule from "@xterm/headless";
import { describe, expect, it } from "vitest";
import { testSandbox } from "../shell/testing/test-sandbox";
import type { Sandbox } from "../sandbox/sandbox";
import { SystemClock } from "../sandbox/system-clock";
import { TerminalSession } from "./terminal-session";

const { Terminal } = headlessModule;

function open(sandbox: Sandbox, tabId = "tab-1", cols = 80) {
  const term = new TerminalSession({ sandbox, tabId, cols, rows: 24, color: false });
  let out = "";
  term.onOutput((d) => (out += d));
  return {
    term,
    /** Types `data` and waits for the prompt; returns the screen's text. */
    async type(data: string): Promise<string> {
      term.write(data);
      await term.settled();
      return term.screenText();
    },
    output: () => out,
  };
}

const lastLines = (screen: string, n: number) => screen.split("\n").slice(-n).join("\n");

describe("terminal session", () => {
  it("shows a prompt, echoes typing and runs the line on Enter", async () => {
    const { sandbox } = testSandbox();
    const t = open(sandbox);
    expect(await t.type("")).toBe("student@podium:~$");
    expect(lastLines(await t.type("echo hello\r"), 3)).toBe("student@podium:~$ echo hello\nhello\nstudent@podium:~$");
    t.term.dispose();
  });

  it("edits the line: arrows, home/end, backspace, delete, Ctrl-A/E/U/K/W", async () => {
    const { sandbox } = testSandbox();
    const t = open(sandbox);
    // "echo wrld" → left ×3, insert "o" → "echo world"
    expect(lastLines(await t.type("echo wrld\x1b[D\x1b[D\x1b[Do\r"), 2)).toBe("world\nstudent@podium:~$");
    // Ctrl-A, Ctrl-K clears; then "echo a b c", Ctrl-W removes "c"
    expect(lastLines(await t.type("garbage\x01\x0becho a b c\x17\r"), 2)).toBe("a b\nstudent@podium:~$");
    // Home + Delete removes the first character; End + Backspace the last.
    expect(lastLines(await t.type("xecho hi!\x1b[H\x1b[3~\x1b[F\x7f\r"), 2)).toBe("hi\nstudent@podium:~$");
    // Ctrl-U drops everything before the cursor; Ctrl-E goes to the end.
    expect(lastLines(await t.type("junk\x15echo ok\x01\x05\r"), 2)).toBe("ok\nstudent@podium:~$");
    t.term.dispose();
  });

  it("recalls history with up and down", async () => {
    const { sandbox } = testSandbox();
    const t = open(sandbox);
    await t.type("echo one\r");
    await t.type("echo two\r");
    expect(lastLines(await t.type("\x1b[A\x1b[A\r"), 2)).toBe("one\nstudent@podium:~$");
    expect(lastLines(await t.type("\x1b[A\x1b[A\x1b[B\r"), 2)).toBe("one\nstudent@podium:~$");
    expect(lastLines(await t.type("history\r"), 5)).toBe("    1  echo one\n    2  echo two\n    3  echo one\n    4  history\nstudent@podium:~$");
    t.term.dispose();
  });

  it("asks for more with > for open quotes and here-documents", async () => {
    const { sandbox } = testSandbox();
    const t = open(sandbox);
    expect(lastLines(await t.type('echo "a\r'), 1)).toBe(">");
    expect(lastLines(await t.type('b"\r'), 3)).toBe("a\nb\nstudent@podium:~$");
    expect(lastLines(await t.type("cat <<EOF | wc -l\rx\ry\rEOF\r"), 2)).toBe("2\nstudent@podium:~$");
    t.term.dispose();
  });

  it("completes commands, kubectl verbs, resource types, object names and files", async () => {
    const { sandbox } = testSandbox();
    const t = open(sandbox);
    expect(lastLines(await t.type("kubec\t"), 1)).toBe("student@podium:~$ kubectl");
    expect(lastLines(await t.type("desc\t"), 1)).toBe("student@podium:~$ kubectl describe");
    expect(lastLines(await t.type("nod\t"), 1)).toBe("student@podium:~$ kubectl describe nodes");
    await t.type("\x03");
    await t.type("minikube start\r");
    expect(lastLines(await t.type("kubectl get nodes mini\t"), 1)).toBe("student@podium:~$ kubectl get nodes minikube");
    await t.type("\x03");
    expect(lastLines(await t.type("kubectl get pods -n kube-s\t"), 1)).toBe("student@podium:~$ kubectl get pods -n kube-system");
    await t.type("\x03");
    await t.type("touch notes.txt\r");
    expect(lastLines(await t.type("cat no\t"), 1)).toBe("student@podium:~$ cat notes.txt");
    await t.type("\x03");
    // Two candidates: the first Tab rings, the second lists them.
    await t.type("kubectl get pods -n kube-\t");
    const listed = await t.type("\t");
    expect(listed).toContain("kube-node-lease  kube-public      kube-system");
    t.term.dispose();
  });

  it("Ctrl-C clears the line at the prompt and interrupts a running command", async () => {
    const { sandbox } = testSandbox("ctrl-c", new SystemClock(1000));
    const t = open(sandbox);
    expect(lastLines(await t.type("echo never\x03"), 2)).toBe("student@podium:~$ echo never^C\nstudent@podium:~$");
    await t.type("minikube start\r");
    t.term.write("kubectl get pods -w\r");
    await new Promise((r) => setTimeout(r, 50));
    t.term.write("\x03");
    await t.term.settled();
    expect(lastLines(await t.term.screenText(), 2)).toBe("^C\nstudent@podium:~$");
    expect(lastLines(await t.type("echo $?\r"), 2)).toBe("130\nstudent@podium:~$");
    t.term.dispose();
  });

  it("watch redraws a command's output until Ctrl-C, and needs a terminal", async () => {
    const { sandbox } = testSandbox("watch", new SystemClock(1000));
    const t = open(sandbox);
    t.term.write("watch -n 2 echo tick\r");
    await new Promise((r) => setTimeout(r, 30));
    const screen = await t.term.screenText();
    expect(screen).toMatch(/^Every 2\.0s: echo tick +podium: \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}\n\ntick$/);
    t.term.write("\x03");
    await t.term.settled();
    expect(lastLines(await t.type("watch ls | cat\r"), 2)).toBe("Error opening terminal: unknown.\nstudent@podium:~$");
    t.term.dispose();
  });

  it("exit logs out and a fresh login shell takes over, history kept", async () => {
    const { sandbox } = testSandbox();
    const t = open(sandbox);
    await t.type("export GONE=1\r");
    expect(lastLines(await t.type("exit\r"), 3)).toBe("student@podium:~$ exit\nlogout\nstudent@podium:~$");
    expect(lastLines(await t.type('echo "[$GONE]"\r'), 2)).toBe("[]\nstudent@podium:~$");
    expect(lastLines(await t.type("history\r"), 5)).toBe('    1  export GONE=1\n    2  exit\n    3  echo "[$GONE]"\n    4  history\nstudent@podium:~$');
    t.term.dispose();
  });

  it("Ctrl-L clears the screen and keeps the typed line", async () => {
    const { sandbox } = testSandbox();
    const t = open(sandbox);
    await t.type("echo one\r");
    expect(await t.type("echo two\x0c")).toBe("student@podium:~$ echo two");
    t.term.dispose();
  });

  it("restores the screen from a snapshot", async () => {
    const { sandbox } = testSandbox();
    const t = open(sandbox);
    await t.type("echo restored\r");
    await t.type("echo half");
    const replay = new Terminal({ cols: 80, rows: 24, allowProposedApi: true });
    await new Promise<void>((resolve) => replay.write(t.term.snapshot(), resolve));
    const text = [...Array(replay.buffer.active.length).keys()].map((i) => replay.buffer.active.getLine(i)?.translateToString(true) ?? "");
    expect(text.slice(0, 3)).toEqual(["student@podium:~$ echo restored", "restored", "student@podium:~$ echo half"]);
    expect(replay.buffer.active.cursorX).toBe("student@podium:~$ echo half".length);
    t.term.dispose();
  });

  it("runs kubectl proxy in one tab and curl through it in another", async () => {
    const { sandbox } = testSandbox("two-tabs", new SystemClock(1000));
    const one = open(sandbox, "tab-1");
    const two = open(sandbox, "tab-2");
    await one.type("minikube start\r");
    one.term.write("kubectl proxy\r");
    await new Promise((r) => setTimeout(r, 100));
    expect(await one.term.screenText()).toContain("Starting to serve on 127.0.0.1:8001");
    const screen = await two.type("curl -s http://localhost:8001/api/v1/namespaces/default/services/kubernetes | jq -r .spec.clusterIP\r");
    expect(lastLines(screen, 2)).toBe("10.96.0.1\nstudent@podium:~$");
    one.term.write("\x03");
    await one.term.settled();
    expect(lastLines(await two.type("curl http://localhost:8001/version\r"), 2)).toBe(
      "curl: (7) Failed to connect to localhost port 8001: Connection refused\nstudent@podium:~$",
    );
    one.term.dispose();
    two.term.dispose();
  });

  it("enters a pod with kubectl exec -ti and leaves it with exit", async () => {
    const { sandbox } = testSandbox();
    const t = open(sandbox);
    await t.type("minikube start\r");
    await t.type("kubectl create deployment web --image=nginx\r");
    await t.type("sleep 60\r");
    await t.type('POD=$(kubectl get pods -o name | cut -d/ -f2)\r');
    const inside = await t.type("kubectl exec -ti $POD -- bash\r");
    expect(lastLines(inside, 1)).toMatch(/^root@web-[0-9a-f]+-[a-z0-9]{5}:\/#$/);
    expect(lastLines(await t.type("cat /usr/share/nginx/html/index.html | grep h1\r"), 2)).toMatch(/^<h1>Welcome to nginx!<\/h1>\nroot@web/);
    expect(lastLines(await t.type("exit\r"), 2)).toBe("exit\nstudent@podium:~$");
    await t.type("kubectl exec -ti $POD -- bash\r");
    expect(lastLines(await t.type("exit 3\r"), 3)).toBe("exit\ncommand terminated with exit code 3\nstudent@podium:~$");
    expect(lastLines(await t.type("echo $?\r"), 2)).toBe("3\nstudent@podium:~$");
    t.term.dispose();
  });

  it("leaves a pod shell when its pod is deleted, idle or running a command, as kubectl reports it", async () => {
    const { sandbox } = testSandbox("pod-gone", new SystemClock(1000));
    const one = open(sandbox, "tab-1");
    const two = open(sandbox, "tab-2");
    await one.type("minikube start\r");
    await one.type("kubectl create deployment web --image=nginx\r");
    await one.type("sleep 60\r");
    await one.type("POD=$(kubectl get pods -o name | cut -d/ -f2)\r");
    await one.type("kubectl exec -ti $POD -- bash\r");
    await one.type("echo never");
    await two.type("kubectl delete pods --all\r");
    await one.term.settled();
    expect(lastLines(await one.term.screenText(), 2)).toMatch(/^root@web-[0-9a-f]+-[a-z0-9]{5}:\/# echo nevercommand terminated with exit code 137\nstudent@podium:~\$$/);
    expect(lastLines(await one.type("echo $?\r"), 2)).toBe("137\nstudent@podium:~$");

    await one.type("sleep 60\r");
    await one.type("POD=$(kubectl get pods -o name | cut -d/ -f2)\r");
    await one.type("kubectl exec -ti $POD -- bash\r");
    one.term.write("sleep 100000\r");
    await new Promise((r) => setTimeout(r, 50));
    await two.type("kubectl delete pods --all\r");
    await one.term.settled();
    expect(lastLines(await one.term.screenText(), 3)).toMatch(/^root@web-\S+:\/# sleep 100000\ncommand terminated with exit code 137\nstudent@podium:~\$$/);
    expect(lastLines(await one.type("echo $?\r"), 2)).toBe("137\nstudent@podium:~$");
    one.term.dispose();
    two.term.dispose();
  });

  it("echoes keys typed while a command runs, and runs them at the next prompt", async () => {
    const { sandbox } = testSandbox("type-ahead", new SystemClock(1000));
    const t = open(sandbox);
    t.term.write("sleep 100\r");
    t.term.write("echo hu");
    t.term.write("\x7fi\r");
    expect(lastLines(await t.term.screenText(), 2)).toBe("student@podium:~$ sleep 100\necho hi");
    await t.term.settled();
    expect(lastLines(await t.term.screenText(), 5)).toBe("student@podium:~$ sleep 100\necho hi\nstudent@podium:~$ echo hi\nhi\nstudent@podium:~$");
    t.term.dispose();
  });

  it("Ctrl-C drops the type-ahead; watch does not echo it", async () => {
    const { sandbox } = testSandbox("type-ahead-2", new SystemClock(1000));
    const t = open(sandbox);
    t.term.write("sleep 100000\r");
    t.term.write("echo no\r");
    await new Promise((r) => setTimeout(r, 20));
    t.term.write("\x03");
    await t.term.settled();
    expect(lastLines(await t.term.screenText(), 4)).toBe("student@podium:~$ sleep 100000\necho no\n^C\nstudent@podium:~$");
    t.term.write("watch -n 2 echo tick\r");
    await new Promise((r) => setTimeout(r, 20));
    t.term.write("secret");
    await new Promise((r) => setTimeout(r, 20));
    expect(await t.term.screenText()).not.toContain("secret");
    t.term.write("\x03");
    await t.term.settled();
    expect(lastLines(await t.type("echo $?\r"), 2)).toBe("130\nstudent@podium:~$");
    t.term.dispose();
  });

  it("ignores binary garbage and refuses lines beyond the limit", async () => {
    const { sandbox } = testSandbox();
    const t = open(sandbox);
    await t.type("\x00\x01\x1b[99;99Z\x1bO\xff\x80\x9b");
    expect(lastLines(await t.type("\x15echo ok\r"), 2)).toBe("ok\nstudent@podium:~$");
    t.term.write("x".repeat(1_100_000));
    await t.term.settled();
    expect(t.output()).toContain("\x07");
    t.term.dispose();
  });
});
