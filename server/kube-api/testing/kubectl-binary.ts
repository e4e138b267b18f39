/**
 * Debian's kubectl v1.20.2 (package kubernetes-client 1.20.5+really1.20.2), the client the fixtures were
 * recorded with, fetched once with `apt-get download` and unpacked with `dpkg -x` into
 * `.cache/kubectl-1.20.2/` (kept between runs; .cache is git-ignored). Nothing is installed system-wide.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const CACHE = path.resolve(import.meta.dirname, "../../../.cache/kubectl-1.20.2");
const BINARY = path.join(CACHE, "usr/bin/kubectl");

export type KubectlBinary = { path: string } | { skip: string };

/**
 * Several test files (in parallel workers) may ask at once on a fresh machine: each unpacks into its own
 * folder and renames it into place; a loser of the race finds the winner's copy and drops its own.
 */
async function download(): Promise<void> {
  const work = `${CACHE}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  mkdirSync(work, { recursive: true });
  try {
    try {
      await run("apt-get", ["download", "kubernetes-client"], { cwd: work, timeout: 120_000 });
    } catch {
      // A machine that never ran `apt-get update` has no package lists yet.
      await run("apt-get", ["update"], { timeout: 180_000 });
      await run("apt-get", ["download", "kubernetes-client"], { cwd: work, timeout: 120_000 });
    }
    const deb = readdirSync(work).find((f) => f.startsWith("kubernetes-client_") && f.endsWith(".deb"));
    if (!deb) throw new Error("apt-get download left no kubernetes-client .deb");
    await run("dpkg", ["-x", deb, "."], { cwd: work, timeout: 60_000 });
    if (!existsSync(BINARY)) {
      try {
        renameSync(work, CACHE);
      } catch (err) {
        if (!existsSync(BINARY)) throw err;
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The path of kubectl v1.20.2, downloading it on first use. Only an unreachable apt is a reason to skip
 * (`skip` says so); a binary that is there but wrong or broken fails the caller's test.
 */
export async function kubectl1202(): Promise<KubectlBinary> {
  if (!existsSync(BINARY)) {
    try {
      await download();
    } catch (err) {
      return { skip: `kubectl v1.20.2 unavailable (apt unreachable?): ${(err as Error).message.split("\n")[0]}` };
    }
  }
  const { stdout } = await run(BINARY, ["version", "--client", "--short"], { timeout: 20_000 });
  if (!stdout.includes("v1.20.2")) throw new Error(`unexpected kubectl at ${BINARY}: ${stdout.trim()}`);
  return { path: BINARY };
}

/** The machine's own kubectl (any version), if one is on PATH. */
export async function kubectlOnPath(): Promise<KubectlBinary> {
  try {
    const { stdout } = await run("kubectl", ["version", "--client"], { timeout: 20_000 });
    return stdout ? { path: "kubectl" } : { skip: "kubectl on PATH printed no version" };
  } catch {
    return { skip: "no kubectl on PATH" };
  }
}
