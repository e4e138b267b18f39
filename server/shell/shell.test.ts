import { describe, expect, it } from "vitest";
import { testSandbox, testSession } from "./testing/test-sandbox";

describe("the host shell", () => {
  it("carries variables, exports, the directory and $? from line to line", async () => {
    const { sandbox } = testSandbox();
    const t = testSession(sandbox);
    await t.run('export A=1; B="two words"; cd /tmp');
    expect((await t.run('echo "$A $B"; pwd')).out).toBe("1 two words\n/tmp\n");
    await t.run("false");
    expect((await t.run("echo $?")).out).toBe("1\n");
    expect((await t.run("echo $?")).out).toBe("0\n");
  });

  it("runs command substitution, pipes, && and || in order", async () => {
    const { sandbox } = testSandbox();
    const t = testSession(sandbox);
    expect((await t.run('export P="$(echo hi | tr a-z A-Z)"; echo $P')).out).toBe("HI\n");
    expect((await t.run("false && echo no || echo yes; echo done")).out).toBe("yes\ndone\n");
  });

  it("reads here-documents and writes files into the virtual filesystem", async () => {
    const { sandbox } = testSandbox();
    const t = testSession(sandbox);
    await t.run("cat <<EOF > notes.txt\nline 1\nline 2\nEOF");
    expect((await t.run("wc -l notes.txt; ls")).out).toBe("2 notes.txt\nnotes.txt\n");
    expect(await sandbox.fs.readFile("/home/student/notes.txt")).toBe("line 1\nline 2\n");
  });

  it("says command not found with status 127", async () => {
    const { sandbox } = testSandbox();
    const t = testSession(sandbox);
    expect(await t.run("foo")).toEqual({ out: "bash: foo: command not found\n", code: 127 });
  });

  it("looks like the student's host", async () => {
    const { sandbox } = testSandbox();
    const t = testSession(sandbox);
    expect((await t.run("whoami; hostname; echo $HOME; pwd")).out).toBe("student\npodium\n/home/student\n/home/student\n");
    expect(t.session.prompt()).toBe("student@podium:~$ ");
  });

  it("lists the exported environment without bash's own variables", async () => {
    const { sandbox } = testSandbox();
    const t = testSession(sandbox);
    const { out } = await t.run("export GREETING=hi; env");
    expect(out).toContain("GREETING=hi\n");
    expect(out).toContain("HOME=/home/student\n");
    expect(out).not.toMatch(/^(IFS|BASHOPTS|SHELLOPTS)=/m);
  });

  it("keeps history as bash's `history` prints it", async () => {
    const { sandbox } = testSandbox();
    const t = testSession(sandbox);
    for (const line of ["echo a", "echo b", "history"]) t.session.remember(line);
    expect((await t.run("history")).out).toBe("    1  echo a\n    2  echo b\n    3  history\n");
  });

  it("tells the sandbox's time with date", async () => {
    const { sandbox } = testSandbox();
    const t = testSession(sandbox);
    expect((await t.run("date; date -u +%FT%TZ; date +%s")).out).toBe("Fri Nov 27 08:00:00 UTC 2026\n2026-11-27T08:00:00Z\n1795766400\n");
  });

  it("advances virtual time with sleep", async () => {
    const { sandbox, clock } = testSandbox();
    const t = testSession(sandbox);
    const before = clock.now();
    expect((await t.run("sleep 90; echo woke")).out).toBe("woke\n");
    expect(clock.now() - before).toBe(90_000);
    expect((await t.run("sleep")).out).toBe("sleep: missing operand\nTry 'sleep --help' for more information.\n");
  });

  it("runs background jobs, lists them and kills them", async () => {
    const { sandbox } = testSandbox();
    const t = testSession(sandbox);
    expect((await t.run("sleep 1000 &")).out).toMatch(/^\[1\] \d+\n$/);
    expect((await t.run("jobs")).out).toBe("[1]+  Running                 sleep 1000 &\n");
    expect((await t.run("kill %1")).code).toBe(0);
    await new Promise((r) => setTimeout(r, 10));
    expect(t.session.notifications()).toBe("[1]+  Terminated              sleep 1000\n");
    expect((await t.run("kill %1")).out).toBe("bash: kill: %1: no such job\n");
  });

  it("records every line in the command history sink", async () => {
    const { sandbox, records } = testSandbox();
    const t = testSession(sandbox, "tab-9");
    await t.run("echo hi; false");
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ sandboxId: "test", tabId: "tab-9", command: "echo hi; false", exitCode: 1, output: "hi\n", shell: "host" });
  });

  it("Ctrl-C ends a waiting command with status 130", async () => {
    const { sandbox } = testSandbox();
    const t = testSession(sandbox);
    const ctl = new AbortController();
    const run = t.run("sleep 5; echo after", ctl.signal);
    ctl.abort();
    const result = await run;
    expect(result.code).toBe(130);
    expect(result.out).not.toContain("after");
  });
});

describe("minikube without a cluster", () => {
  it("prints its version and says there is no profile", async () => {
    const { sandbox } = testSandbox();
    const t = testSession(sandbox);
    expect((await t.run("minikube version")).out).toBe("minikube version: v1.18.0\ncommit: ec61815d60f66a6e4f6353030a40b12362557caa-dirty\n");
    expect(await t.run("minikube status")).toEqual({
      out: '* Profile "minikube" not found. Run "minikube profile list" to view all profiles.\n* To start a cluster, run: "minikube start"\n',
      code: 85,
    });
  });

  it("curl has nowhere to go", async () => {
    const { sandbox } = testSandbox();
    const t = testSession(sandbox);
    expect(await t.run("curl localhost:8001/version")).toEqual({ out: "curl: (7) Failed to connect to localhost port 8001: Connection refused\n", code: 7 });
    expect(await t.run("curl 192.168.49.2:31006")).toEqual({ out: "curl: (7) Failed to connect to 192.168.49.2 port 31006: No route to host\n", code: 7 });
    expect(await t.run("curl nosuch.example")).toEqual({ out: "curl: (6) Could not resolve host: nosuch.example\n", code: 6 });
    expect(await t.run("curl")).toEqual({ out: "curl: try 'curl --help' or 'curl --manual' for more information\n", code: 2 });
  });
});
