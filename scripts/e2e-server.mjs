// Starts Podium for the browser tests on a fresh temporary database, so every run begins at first-run.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const dir = mkdtempSync(path.join(tmpdir(), "podium-e2e-"));
// Same process group as this script: Playwright ends the web server by killing that whole group.
const child = spawn("npx", ["--no-install", "tsx", "server/main.ts"], {
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_ENV: "production",
    PORT: process.env.PORT || "3210",
    HOST: "127.0.0.1",
    DATABASE_URL: `file:${path.join(dir, "podium.db")}`,
    LOG_LEVEL: process.env.LOG_LEVEL || "warn",
    PODIUM_TIME_SPEED: process.env.PODIUM_TIME_SPEED || "20",
  },
});
const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", (code) => {
  rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
