/**
 * Runs a real kubectl against a served sandbox: a kubeconfig and a discovery cache in a temp dir, each
 * command with a timeout, stdout/stderr/exit code captured. Ages and generated names are normalised so
 * outputs compare with the recorded fixtures (testdata/outputs).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface KubectlResult {
  stdout: string;
  stderr: string;
  code: number;
}

export class KubectlRunner {
  readonly dir = mkdtempSync(path.join(tmpdir(), "podium-kubectl-"));
  private readonly kubeconfig = path.join(this.dir, "config");

  constructor(
    readonly binary: string,
    serverUrl: string,
  ) {
    writeFileSync(
      this.kubeconfig,
      [
        "apiVersion: v1",
        "kind: Config",
        "clusters:",
        "- cluster:",
        `    server: ${serverUrl}`,
        "  name: minikube",
        "contexts:",
        "- context:",
        "    cluster: minikube",
        "    namespace: default",
        "    user: minikube",
        "  name: minikube",
        "current-context: minikube",
        "preferences: {}",
        "users:",
        "- name: minikube",
        "  user: {}",
        "",
      ].join("\n"),
    );
  }

  /** Writes a file into the temp dir (for `apply -f`) and returns its path. */
  file(name: string, content: string): string {
    const p = path.join(this.dir, name);
    writeFileSync(p, content);
    return p;
  }

  run(args: string[], timeoutMs = 30_000): Promise<KubectlResult> {
    return new Promise((resolve) => {
      execFile(
        this.binary,
        ["--kubeconfig", this.kubeconfig, "--cache-dir", path.join(this.dir, "cache"), ...args],
        { timeout: timeoutMs, env: { ...process.env, HOME: this.dir, KUBECONFIG: this.kubeconfig } },
        (err, stdout, stderr) => {
          const code = err ? (typeof (err as { code?: unknown }).code === "number" ? (err as { code: number }).code : 124) : 0;
          resolve({ stdout, stderr, code });
        },
      );
    });
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * What differs between two runs of the same scenario: ages, the random pod-name suffix and the
 * allocated IPs and node ports. Table columns are padded to their widest cell, so runs of spaces are
 * compared as one separator.
 */
export function normalise(text: string): string {
  return text
    .replace(/<invalid>/g, "<age>") // describe ages come from the client's clock, behind a sped-up cluster
    .replace(/\b(?:\d+y)?(?:\d+d)?(?:\d+h)?(?:\d+m)?(?:\d+s)?\b/g, (m) => (m && /[smhdy]$/.test(m) ? "<age>" : m))
    .replace(/(-[0-9a-z]{9,10})-[bcdfghjklmnpqrstvwxz2456789]{5}\b/g, "$1-<rand>")
    .replace(/\b[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}\b/g, "<date>")
    .replace(/\b172\.17\.0\.\d+\b/g, "<pod-ip>")
    .replace(/\b10\.(?!96\.0\.1\b|96\.0\.10\b)\d+\.\d+\.\d+\b/g, "<cluster-ip>")
    .replace(/\b3[0-2]\d{3}\b/g, "<node-port>")
    .replace(/[ ]{2,}/g, "  ");
}
