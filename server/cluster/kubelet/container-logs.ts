/**
 * `kubectl logs` (ContainerLogs of contracts.ts): the API server's checks of pkg/registry/core/pod/
 * strategy.go LogLocation (container name required when several, must exist, pod must be bound) and
 * the kubelet's validateContainerLogStatus (pkg/kubelet/kubelet_pods.go, v1.20), whose messages come
 * back as BadRequest, then the container's log buffer (current or `--previous`).
 */
import type { Clock } from "../clock";
import type { ContainerLogs, LogOptions, Watcher } from "../contracts";
import { newBadRequest, newNotFound } from "../errors/status-error";
import type { StoreLister } from "../store/store-hooks";
import type { KubeObject } from "../types";
import type { NodeRuntime } from "./container-runtime";
import type { LogQuery } from "./log-buffer";

/* eslint-disable @typescript-eslint/no-explicit-any */

function containerName(pod: KubeObject, requested?: string): string {
  const names: string[] = (pod.spec?.containers ?? []).map((c: any) => c.name);
  const inits: string[] = (pod.spec?.initContainers ?? []).map((c: any) => c.name);
  const name = pod.metadata.name ?? "";
  if (!requested) {
    if (names.length === 1) return names[0];
    const initPart = inits.length ? ` or one of the init containers: [${inits.join(" ")}]` : "";
    throw newBadRequest(`a container name must be specified for pod ${name}, choose one of: [${names.join(" ")}]${initPart}`);
  }
  if (!names.includes(requested) && !inits.includes(requested)) throw newBadRequest(`container ${requested} is not valid for pod ${name}`);
  return requested;
}

/** validateContainerLogStatus: the container ID whose log to read, or the kubelet's error. */
function logContainerId(pod: KubeObject, container: string, previous: boolean): string {
  const podName = pod.metadata.name ?? "";
  const statuses = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])];
  const cs = statuses.find((s: any) => s.name === container);
  if (!cs) throw newBadRequest(`container "${container}" in pod "${podName}" is not available`);
  const last = cs.lastState?.terminated;
  const { waiting, running, terminated } = cs.state ?? {};
  if (previous) {
    if (!last?.containerID) throw newBadRequest(`previous terminated container "${container}" in pod "${podName}" not found`);
    return last.containerID;
  }
  if (running) return cs.containerID;
  if (terminated) {
    if (terminated.containerID) return terminated.containerID;
    if (last?.containerID) return last.containerID;
    throw newBadRequest(`container "${container}" in pod "${podName}" is terminated`);
  }
  if (last) {
    if (!last.containerID) throw newBadRequest(`container "${container}" in pod "${podName}" is terminated`);
    return last.containerID;
  }
  if (waiting) {
    const why = waiting.reason === "ErrImagePull" ? "image can't be pulled" : waiting.reason === "ImagePullBackOff" ? "trying and failing to pull image" : waiting.reason;
    throw newBadRequest(`container "${container}" in pod "${podName}" is waiting to start: ${why}`);
  }
  throw newBadRequest(`container "${container}" in pod "${podName}" is waiting to start - no logs yet`);
}

export class KubeletContainerLogs implements ContainerLogs {
  constructor(
    private readonly lister: StoreLister,
    private readonly runtime: NodeRuntime,
    private readonly clock: Clock,
  ) {}

  private locate(namespace: string, podName: string, opts: LogOptions) {
    const pod = this.lister.peek("pods", namespace, podName);
    if (!pod) throw newNotFound("pods", podName);
    const container = containerName(pod, opts.container);
    if (!pod.spec?.nodeName) throw newBadRequest(`pod ${podName} does not have a host assigned`);
    const id = logContainerId(pod, container, !!opts.previous);
    return this.runtime.get(id);
  }

  private query(opts: LogOptions): LogQuery {
    return {
      tailLines: opts.tailLines,
      sinceMs: opts.sinceSeconds !== undefined ? this.clock.now() - opts.sinceSeconds * 1000 : undefined,
      timestamps: opts.timestamps,
    };
  }

  read(namespace: string, pod: string, opts: LogOptions): string {
    return this.locate(namespace, pod, opts)?.log.read(this.query(opts)) ?? "";
  }

  follow(namespace: string, pod: string, opts: LogOptions, onData: (chunk: string) => void, onEnd: () => void): Watcher {
    const inst = this.locate(namespace, pod, opts);
    const existing = inst?.log.read(this.query(opts)) ?? "";
    if (existing) onData(existing);
    if (!inst) {
      onEnd();
      return { stop: () => {} };
    }
    const stop = inst.log.follow(!!opts.timestamps, onData, onEnd);
    return { stop };
  }
}
