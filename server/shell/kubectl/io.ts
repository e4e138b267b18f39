/**
 * What the shell hands the simulated kubectl for one invocation: output streams, stdin, the transport
 * to the sandbox's API server, the cluster clock, file access for `-f`, and hooks for the commands
 * whose effect lives in the shell (exec, proxy, port-forward).
 */
import type { KubeTransport } from "./transport";

/** The cluster clock (server/cluster/clock.ts); `schedule`/`cancel` give timeouts in simulated time. */
export interface KubectlClock {
  now(): number;
  schedule?(atMs: number, fn: () => void): { readonly id: number };
  cancel?(handle: { readonly id: number }): void;
}

export interface ExecRequest {
  namespace: string;
  pod: string;
  container: string;
  command: string[];
  tty: boolean;
  stdin: boolean;
}

export interface PortForwardRequest {
  namespace: string;
  pod: string;
  /** `local:remote` pairs as parsed from the arguments. */
  ports: { local: number; remote: number }[];
  addresses: string[];
}

export interface ProxyRequest {
  port: number;
  address: string;
  /** Prefix the proxy serves the API under (`/` by default). */
  apiPrefix: string;
}

/** A proxy port the shell has bound; `serve` forwards requests until the invocation's signal aborts. */
export interface ProxyListener {
  /** The bound address as Go's `net.Listener.Addr().String()` prints it (`127.0.0.1:8001`). */
  address: string;
  serve(): Promise<number>;
}

export interface KubectlIO {
  stdout(s: string): void;
  stderr(s: string): void;
  /** The whole of stdin when it is piped (`-f -`, `apply -f - <<EOF`), undefined when none. */
  stdin?: string;
  /** Ctrl-C: ends watches, waits and follows the way SIGINT ends real kubectl. */
  signal: AbortSignal;
  env: Record<string, string>;
  /** The sandbox's API server, or null when no cluster is running (`minikube stop`). */
  transport: KubeTransport | null;
  clock: KubectlClock;
  /** Reads a file of the shell's filesystem; rejects when it does not exist. */
  readFile?(path: string): Promise<string>;
  writeFile?(path: string, content: string): Promise<void>;
  /** Runs `command` in a container once kubectl has validated the pod; resolves to its exit code. */
  exec?(req: ExecRequest): Promise<number>;
  /**
   * Binds kubectl proxy's port, rejecting with the listen error's text (`listen tcp 127.0.0.1:8001:
   * bind: address already in use`), so "Starting to serve on …" is printed only once the port is held
   * (proxy.go RunProxy).
   */
  listenProxy?(req: ProxyRequest): Promise<ProxyListener>;
  /** Forwards local ports to a pod until `signal` aborts (kubectl port-forward). */
  portForward?(req: PortForwardRequest): Promise<number>;
}
