import { parse } from "just-bash";
import { isIncomplete, planLine } from "./command-line";
const WORDS = [
  "echo", "cat", "ls", "pwd", "cd", "/tmp", "~", "export", "A=1", "$A", "$?", "${A}", "${A:-x}", "grep", "wc", "-l", "sort",
  "head", "-n", "2", "tr", "a-z", "A-Z", "kubectl", "get", "pods", "-o", "json", "minikube", "status", "ip", "curl", "localhost:8001",
  "-s", "10.0.0.1:8080", "sleep", "0", "jobs", "kill", "%1", "history", "true", "false", "env", "x", "*", "?", "'", '"', "$(", ")",
  "`", "|", "||", "&&", ";", "&", ">", ">>", "<", "2>&1", "/dev/null", "f.txt", "{", "}", "(", "[[", "]]", "if", "then", "fi",
  "for", "i", "in", "do", "done", "while", "\\", "#", "!", "=", "é", "☸", "\t", "<<EOF", "\x1b[A", "\x03", "\x7f", "exit",
];
function lcg(seed: number) { let s = seed >>> 0; return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32); }
const rand = lcg(20261127);
function randomLine(): string {
  if (rand() < 0.05) return String.fromCharCode(...Array.from({ length: 1 + Math.floor(rand() * 40) }, () => Math.floor(rand() * 256)));
  const n = 1 + Math.floor(rand() * 8); const w: string[] = [];
  for (let i = 0; i < n; i++) w.push(WORDS[Math.floor(rand() * WORDS.length)]);
  return w.join(rand() < 0.8 ? " " : "");
}
let t0 = performance.now();
for (let i = 0; i < 100000; i++) {
  const line = randomLine();
  const s = performance.now();
  isIncomplete(line); planLine(line); try { parse(line); } catch {}
  const d = performance.now() - s;
  if (d > 50) console.log("slow", Math.round(d), JSON.stringify(line));
  if (i % 10000 === 0) console.log(i, Math.round(process.memoryUsage().heapUsed / 1e6), "MB", Math.round(performance.now() - t0));
}
