/**
 * 100,000 random command lines through one host shell: whatever comes in, a line ends, reports an
 * exit status in 0..255, never throws, and the shell still works afterwards.
 */
import { expect, it } from "vitest";
import { testSandbox, testSession } from "./testing/test-sandbox";

const WORDS = [
  "echo", "cat", "ls", "pwd", "cd", "/tmp", "~", "export", "A=1", "$A", "$?", "${A}", "${A:-x}", "grep", "wc", "-l", "sort",
  "head", "-n", "2", "tr", "a-z", "A-Z", "kubectl", "get", "pods", "-o", "json", "minikube", "status", "ip", "curl", "localhost:8001",
  "-s", "10.0.0.1:8080", "sleep", "0", "jobs", "kill", "%1", "history", "true", "false", "env", "x", "*", "?", "'", '"', "$(", ")",
  "`", "|", "||", "&&", ";", "&", ">", ">>", "<", "2>&1", "/dev/null", "f.txt", "{", "}", "(", "[[", "]]", "if", "then", "fi",
  "for", "i", "in", "do", "done", "while", "\\", "#", "!", "=", "é", "☸", "\t",
];

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function randomLine(rand: () => number): string {
  if (rand() < 0.05) return String.fromCharCode(...Array.from({ length: 1 + Math.floor(rand() * 40) }, () => Math.floor(rand() * 256)));
  const n = 1 + Math.floor(rand() * 8);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(rand() * WORDS.length)]);
  return words.join(rand() < 0.8 ? " " : "");
}

const LINES = Number(process.env.PODIUM_FUZZ_LINES ?? 100_000);

it(`survives ${LINES} random command lines`, async () => {
  const { sandbox } = testSandbox("fuzz");
  const t = testSession(sandbox);
  const rand = lcg(20261127);
  for (let i = 0; i < LINES; i++) {
    const line = randomLine(rand);
    const { code } = await t.run(line);
    if (!Number.isInteger(code) || code < 0 || code > 255) throw new Error(`line ${i} ${JSON.stringify(line)} gave status ${code}`);
    if (t.session.depth !== 1) throw new Error(`line ${i} left a nested shell`);
  }
  t.session.dispose();
  const after = testSession(sandbox);
  expect((await after.run("echo ok")).out).toBe("ok\n");
}, 120_000);
