/**
 * The TCP ports of the student's machine that `kubectl proxy` and `kubectl port-forward` hold. `curl
 * localhost:PORT` on the host reaches the listener here; nothing opens a real socket.
 */
import type { NetworkResult } from "../cluster/contracts";

export interface HostRequest {
  method: string;
  /** Aborted when the client stops reading (Ctrl-C on curl). */
  signal?: AbortSignal;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** A reply that keeps coming (a watch through `kubectl proxy`): written as it arrives until Ctrl-C. */
export interface HostStreamResult {
  ok: true;
  status: number;
  headers: Record<string, string>;
  stream: AsyncIterable<string>;
}

export type HostResult = NetworkResult | HostStreamResult;

export type HostPortHandler = (req: HostRequest) => Promise<HostResult>;

export interface HostListener {
  port: number;
  address: string;
  /** What holds the port, for messages and `jobs`. */
  owner: string;
  handler: HostPortHandler;
}

export class HostPorts {
  private readonly listeners = new Map<number, HostListener>();

  /** Binds a port; returns a release function, or null when it is taken (EADDRINUSE). */
  listen(listener: HostListener): (() => void) | null {
    if (this.listeners.has(listener.port)) return null;
    this.listeners.set(listener.port, listener);
    return () => {
      if (this.listeners.get(listener.port) === listener) this.listeners.delete(listener.port);
    };
  }

  get(port: number): HostListener | undefined {
    return this.listeners.get(port);
  }

  list(): HostListener[] {
    return [...this.listeners.values()];
  }
}
