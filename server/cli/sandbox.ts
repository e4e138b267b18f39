/**
 * `npm run -s sandbox`: runs command lines in a fresh in-memory sandbox and prints the transcript as the
 * terminal would show it (`$ cmd`, then its output; a pod shell shows its own prompt). Lines come from
 * stdin, `--script FILE` or `-c 'cmd'`. Time is virtual unless `--speed N` (or `--serve`) is given:
 * waiting commands (sleep, minikube start, rollout status) jump ahead instead of sleeping, so
 * transcripts are repeatable. `--serve 127.0.0.1:PORT` also serves the sandbox's API to a real kubectl.
 *
 *   npm run -s sandbox -- -c 'minikube start && kubectl get nodes'
 *   npm run -s sandbox -- --script lesson.sh --speed 10
 */
import { readFileSync } from "node:fs";
import { clusterProvider, MemoryClusterStorage } from "../sandbox/cluster-provider";
import { Sandbox } from "../sandbox/sandbox";
import { SystemClock } from "../sandbox/system-clock";
import { VirtualClock } from "../sandbox/virtual-clock";
import { splitCommandLines, runTranscript } from "../shell/transcript";
import { serveSandbox } from "./serve-sandbox";

interface CliOptions {
  script?: string;
  command?: string;
  speed?: number;
  serve?: string;
}

function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) fail(`sandbox: option ${a} needs a value`);
      return v;
    };
    if (a === "--script") opts.script = value();
    else if (a === "-c") opts.command = value();
    else if (a === "--speed") opts.speed = Number(value());
    else if (a === "--serve") opts.serve = value();
    else if (a === "-h" || a === "--help") {
      process.stdout.write("usage: npm run -s sandbox -- [--script FILE | -c 'cmd'] [--speed N] [--serve 127.0.0.1:PORT]\n");
      process.exit(0);
    } else fail(`sandbox: unknown option ${a}`);
  }
  if (opts.speed !== undefined && !(opts.speed > 0)) fail("sandbox: --speed must be a positive number");
  return opts;
}

function fail(message: string): never {
  process.stderr.write(message + "\n");
  process.exit(2);
}

async function readStdin(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const source = opts.command ?? (opts.script ? readFileSync(opts.script, "utf8") : await readStdin());
  // A client served over HTTP lives in real time, so --serve runs the cluster on the wall clock.
  const clock = opts.speed || opts.serve ? new SystemClock(opts.speed ?? 1) : new VirtualClock(Date.now());
  const sandbox = new Sandbox({ id: "cli", clock, clusters: clusterProvider(new MemoryClusterStorage()) });
  if (opts.serve) await startServer(sandbox, opts.serve);
  const code = await runTranscript(sandbox, splitCommandLines(source), {
    write: (s) => process.stdout.write(s),
    color: process.stdout.isTTY === true,
  });
  if (!opts.serve) process.exit(code);
}

/** `--serve`: the sandbox's API over HTTP for a real kubectl while the transcript runs (and after). */
async function startServer(sandbox: Sandbox, address: string): Promise<void> {
  const served = await serveSandbox(sandbox, address);
  process.stderr.write(`serving the sandbox's Kubernetes API on ${served.url} (Ctrl-C to stop)\n`);
}

void main();
