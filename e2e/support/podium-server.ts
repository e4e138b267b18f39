/**
 * A Podium server a test controls itself: its own port and database, so a test can stop it and start it
 * again on the same data (the "progress survives a server restart" checks).
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export class PodiumServer {
  private child: ChildProcess | null = null;
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), "podium-e2e-own-"));
  readonly url: string;

  constructor(readonly port: number, readonly timeSpeed = 20) {
    this.url = `http://127.0.0.1:${port}`;
  }

  async start(): Promise<void> {
    // Its own process group, so stop() reaches tsx's child node process too, not only the launcher.
    this.child = spawn("npx", ["--no-install", "tsx", "server/main.ts"], {
      detached: true,
      stdio: ["ignore", "inherit", "inherit"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(this.port),
        HOST: "127.0.0.1",
        DATABASE_URL: `file:${path.join(this.dir, "podium.db")}`,
        LOG_LEVEL: "warn",
        PODIUM_TIME_SPEED: String(this.timeSpeed),
      },
    });
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${this.url}/api/health`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 300));
    }
    throw new Error(`Podium did not start on ${this.url}`);
  }

  /** SIGTERM, as an operator would; waits for the process to exit. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(-child.pid!, "SIGTERM");
    await exited;
    // The launcher may exit before the server has closed its port; wait until the port is free.
    for (let i = 0; i < 100; i++) {
      try {
        await fetch(`${this.url}/api/health`);
        await new Promise((r) => setTimeout(r, 100));
      } catch {
        break;
      }
    }
    this.child = null;
  }

  async dispose(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
