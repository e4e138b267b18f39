/**
 * The node's container runtime as the simulation keeps it in memory: running processes (simulated
 * apps), their logs, pod IPs, and the kubelet's per-pod working memory. Everything here can be rebuilt
 * from the stored pods and events (the kubelet re-adopts running containers after a restart, restarting
 * their apps from the recorded startedAt), so none of it needs persisting. Shared by the kubelet,
 * the network (who answers on which IP and port) and `kubectl logs`.
 */
import { createHash } from "node:crypto";
import type { Clock } from "../clock";
import type { AppProcess } from "../apps/simulated-app";
import { startApp, type ContainerCommand } from "../apps/app-registry";
import { IpAllocator } from "./ip-allocator";
import { LogBuffer } from "./log-buffer";

export interface ContainerInstance {
  id: string;
  podUid: string;
  namespace: string;
  podName: string;
  container: string;
  podIP: string;
  startedAt: number;
  process: AppProcess;
  log: LogBuffer;
  stoppedAt?: number;
}

/** The kubelet's working memory for one container (see kubelet-container.ts). */
export interface ContainerMemo {
  pull?: { start: number; end: number; ok: boolean };
  failures: number;
  lastFailure?: number;
  nextSync?: number;
  startAt?: number;
  /** When a container failing its liveness probe is finally stopped. */
  killAt?: number;
}

export interface PodMemo {
  key: string;
  /** When the kubelet first saw the pod (its pod worker starts a moment later). */
  seenAt?: number;
  podIP?: string;
  containers: Map<string, ContainerMemo>;
  killing?: { since: number; stopAt: Map<string, number> };
}

/** docker://<64 hex>: stable per pod, container and restart so a restored cluster shows the same IDs. */
export function containerIdFor(podUid: string, container: string, restartCount: number): string {
  return createHash("sha256").update(`${podUid}/${container}/${restartCount}`).digest("hex");
}

export class NodeRuntime {
  readonly ips = new IpAllocator();
  private readonly containers = new Map<string, ContainerInstance>();
  private readonly memos = new Map<string, PodMemo>();

  constructor(
    readonly nodeName: string,
    readonly nodeIP: string,
    private readonly clock: Clock,
  ) {}

  memo(podUid: string, key: string): PodMemo {
    let m = this.memos.get(podUid);
    if (!m) this.memos.set(podUid, (m = { key, containers: new Map() }));
    return m;
  }

  hasMemo(podUid: string): boolean {
    return this.memos.has(podUid);
  }

  /** Memos whose pod is identified by `key` (to clean up after the pod is gone). */
  podUidsForKey(key: string): string[] {
    return [...this.memos].filter(([, m]) => m.key === key).map(([uid]) => uid);
  }

  containerMemo(podUid: string, key: string, container: string): ContainerMemo {
    const m = this.memo(podUid, key);
    let c = m.containers.get(container);
    if (!c) m.containers.set(container, (c = { failures: 0 }));
    return c;
  }

  /** Starts a container's process; its start-up output is logged at `startedAt`. */
  start(spec: { podUid: string; namespace: string; podName: string; podIP: string; container: string; id: string; startedAt: number; app: string; tag: string; command: ContainerCommand }): ContainerInstance {
    const existing = this.containers.get(spec.id);
    if (existing) return existing;
    const log = new LogBuffer();
    let writeAt: number | undefined = spec.startedAt;
    const env = {
      podName: spec.podName,
      namespace: spec.namespace,
      podIP: spec.podIP,
      startedAt: spec.startedAt,
      now: () => this.clock.now(),
      write: (text: string) => log.write(writeAt ?? this.clock.now(), text),
    };
    const process = startApp(spec.app, spec.tag, spec.command, env);
    writeAt = undefined;
    const inst: ContainerInstance = { id: spec.id, podUid: spec.podUid, namespace: spec.namespace, podName: spec.podName, container: spec.container, podIP: spec.podIP, startedAt: spec.startedAt, process, log };
    this.containers.set(spec.id, inst);
    return inst;
  }

  get(id: string | undefined): ContainerInstance | undefined {
    return id ? this.containers.get(id.replace(/^docker:\/\//, "")) : undefined;
  }

  stop(id: string, at: number): void {
    const c = this.get(id);
    if (!c || c.stoppedAt !== undefined) return;
    c.stoppedAt = at;
    c.log.end();
  }

  /** Running containers with a process listening at `ip:port`. */
  listener(ip: string, port: number): ContainerInstance | undefined {
    for (const c of this.containers.values()) {
      if (c.stoppedAt === undefined && c.podIP === ip && c.process.ports.includes(port)) return c;
    }
    return undefined;
  }

  /** Drops everything about a pod that no longer exists: its containers, logs, memo and IP. */
  forgetPod(podUid: string): void {
    const memo = this.memos.get(podUid);
    for (const [id, c] of this.containers) {
      if (c.podUid !== podUid) continue;
      c.log.end();
      this.containers.delete(id);
    }
    if (memo?.podIP) this.ips.release(memo.podIP);
    this.memos.delete(podUid);
  }
}
