/**
 * What a simulated container runs: the process an image starts (or its command), which ports it
 * listens on, how it answers HTTP, what it logs, whether it exits by itself and how it takes SIGTERM.
 * The kubelet creates one `AppProcess` per container start; the network calls `handle`.
 */
import { formatTime } from "../runtime/time-format";

export interface AppRequest {
  method: string;
  /** Path with query string. */
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** The address the app sees the request from (after kube-proxy's SNAT for NodePorts). */
  clientIP: string;
  /** The port the request arrived on inside the container. */
  port: number;
}

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The container's view of itself, given to the app when it starts. */
export interface AppEnv {
  podName: string;
  namespace: string;
  podIP: string;
  /** Milliseconds, when the process started. */
  startedAt: number;
  /** Current simulated time in milliseconds. */
  now(): number;
  /** Appends to the container's stdout (the text as written, newlines included). */
  write(text: string): void;
}

export interface AppProcess {
  /** TCP ports the process listens on. */
  readonly ports: number[];
  /**
   * How the process reacts to SIGTERM: "exit" stops within `stopMs`; "ignore" (a PID 1 without a
   * handler, like node or sleep) runs until the kubelet's SIGKILL at the end of the grace period.
   */
  readonly sigterm: "exit" | "ignore";
  readonly stopMs?: number;
  /** Set for processes that end by themselves: after how long and with which exit code. */
  readonly exits?: { afterMs: number; exitCode: number };
  handle?(req: AppRequest): AppResponse;
}

export type AppFactory = (env: AppEnv, image: { tag: string }) => AppProcess;

/** JavaScript's Date#toISOString for a simulated time ("2026-11-27T08:54:26.372Z"). */
export function isoMillis(ms: number): string {
  return formatTime(ms).replace("Z", `.${String(((ms % 1000) + 1000) % 1000).padStart(3, "0")}Z`);
}

export const text = (status: number, body: string, contentType = "text/plain"): AppResponse => ({
  status,
  headers: { "Content-Type": contentType, "Content-Length": String(Buffer.byteLength(body)) },
  body,
});
