/**
 * 100,000 random command lines. Every line goes through what reads untrusted text before anything
 * runs: the terminal's key parser and line editor, the continuation check, the line planner and
 * just-bash's parser (this found the unterminated `$((` that made the parser loop forever, see
 * parser-guard.ts). One line in 25 is also run end to end in a host shell (a full run costs about
 * 1–3 ms of interpreter time on this machine, so running all 100,000 would take minutes): it must end,
 * report a status in 0..255, never throw, and leave the shell usable.
 */
import { parse } from "just-bash";
import { expect, it } from "vitest";
import { parseKeys } from "../terminal/input-keys";
import { LineEditor } from "../terminal/line-editor";
import { isIncomplete, planLine } from "./command-line";
import { hasUnterminatedArithmetic } from "./parser-guard";
import { MAX_LINE_BYTES } from "./shell-limits";
import { testSandbox, testSession } from "./testing/test-sandbox";

const WORDS = [
  "echo", "cat", "ls", "pwd", "cd", "/tmp", "~", "export", "A=1", "$A", "$?", "${A}", "${A:-x}", "grep", "wc", "-l", "sort",
  "head", "-n", "2", "tr", "a-z", "A-Z", "kubectl", "get", "pods", "-o", "json", "minikube", "status", "ip", "curl", "localhost:8001",
  "-s", "10.0.0.1:8080", "sleep", "0", "jobs", "kill", "%1", "history", "true", "false", "env", "x", "*", "?", "'", '"', "$(", ")",
  "`", "|", "||", "&&", ";", "&", ">", ">>", "<", "2>&1", "/dev/null", "f.txt", "{", "}", "(", "[[", "]]", "if", "then", "fi",
  "for", "i", "in", "do", "done", "while", "\\", "#", "!", "=", "é", "☸", "\t", "<<EOF", "\x1b[A", "\x03", "\x7f", "exit",
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
const RUN_EVERY = 25;

it(`survives ${LINES} random command lines`, async () => {
  const { sandbox } = testSandbox("fuzz");
  let t = testSession(sandbox);
  const rand = lcg(20261127);
  const editor = new LineEditor(MAX_LINE_BYTES);
  for (let i = 0; i < LINES; i++) {
    const line = randomLine(rand);
    for (const key of parseKeys(line)) if (key.type === "text") editor.insert(key.text);
    editor.reset();
    isIncomplete(line);
    planLine(line);
    // The guard keeps just-bash's parser away from the inputs it loops on (parser-guard.ts).
    if (!hasUnterminatedArithmetic(line)) {
      try {
        parse(line);
      } catch {
        // A syntax error is an answer; only a hang or a crash of the process would not be.
      }
    }
    if (i % RUN_EVERY !== 0) continue;
    const clean = line.replace(/[\x00-\x08\x0b-\x1f]/g, "");
    const { code } = await t.run(clean);
    if (!Number.isInteger(code) || code < 0 || code > 255) throw new Error(`line ${i} ${JSON.stringify(clean)} gave status ${code}`);
    if (t.session.depth !== 1) throw new Error(`line ${i} left a nested shell`);
    // `exit` logs the shell out; a new login shell continues, as in the terminal.
    if (/\bexit\b/.test(clean)) {
      t.session.dispose();
      t = testSession(sandbox);
    }
  }
  t.session.dispose();
  const after = testSession(sandbox);
  expect((await after.run("echo ok")).out).toBe("ok\n");
}, 120_000);
