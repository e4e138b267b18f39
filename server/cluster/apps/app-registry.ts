/**
 * Which process a container runs: the image's app from the catalogue (kubelet/image-catalogue.ts),
 * unless the pod spec overrides `command` (then the command runs; `args` alone replace the default
 * arguments of command-style images, as Docker's ENTRYPOINT/CMD rules say).
 */
import type { AppEnv, AppFactory, AppProcess } from "./simulated-app";
import { bootcamp } from "./bootcamp";
import { echoserver } from "./echoserver";
import { httpd, nginx } from "./web-servers";
import { commandProcess } from "./command-process";
import { formatTime } from "../runtime/time-format";

/** redis-server: logs its start-up banner line and readiness; it saves and exits on SIGTERM. Not HTTP. */
const redis: AppFactory = (env) => {
  env.write(`1:C ${redisTime(env.startedAt)} # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo\n`);
  env.write(`1:M ${redisTime(env.startedAt)} * Ready to accept connections\n`);
  return { ports: [6379], sigterm: "exit", stopMs: 100 };
};

/** redis's log time: 27 Nov 2026 08:54:26.123. */
function redisTime(ms: number): string {
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const [date, time] = formatTime(ms).slice(0, -1).split("T");
  const [y, m, d] = date.split("-");
  return `${d} ${months[Number(m) - 1]} ${y} ${time}.${String(ms % 1000).padStart(3, "0")}`;
}

/** Image default argv for command-style images (their Dockerfile CMD). */
const DEFAULT_ARGV: Record<string, string[]> = {
  busybox: ["sh"],
  alpine: ["/bin/sh"],
  ubuntu: ["bash"],
  node: ["node"],
};

const APPS: Record<string, AppFactory> = {
  "bootcamp-v1": bootcamp("1"),
  "bootcamp-v2": bootcamp("2"),
  "echoserver-1.4": echoserver("1.4"),
  "echoserver-1.10": echoserver("1.10"),
  nginx,
  httpd,
  redis,
};

export interface ContainerCommand {
  command?: string[];
  args?: string[];
}

/** Starts the process of a container running `app` (a catalogue app key). */
export function startApp(app: string, tag: string, container: ContainerCommand, env: AppEnv): AppProcess {
  if (container.command?.length) return commandProcess([...container.command, ...(container.args ?? [])], env);
  const defaults = DEFAULT_ARGV[app];
  if (defaults) return commandProcess(container.args?.length ? container.args : defaults, env);
  const factory = APPS[app];
  return factory ? factory(env, { tag }) : commandProcess([], env);
}
