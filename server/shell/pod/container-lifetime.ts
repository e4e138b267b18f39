/**
 * When the container a `kubectl exec` shell runs in goes away. The kubelet kills a deleted pod's
 * containers (kuberuntime_container.go killContainer) and a crashed one is replaced by a new container;
 * either way the container's PID namespace ends and the kernel SIGKILLs every process left in it, the
 * exec'd shell included. kubectl then reports the shell's status as the API's NonZeroExitCode
 * (client-go remotecommand/v4.go errorDecoderV4: "command terminated with exit code %d"; kubectl's
 * checkErr prints it and exits with that code, cmd/util/helpers.go).
 */
import type { Cluster } from "../../cluster/contracts";
import type { KubeObject } from "../../cluster/types";

/** 128 + SIGKILL: how a shell killed with its container exits. */
export const KILLED_WITH_CONTAINER = 137;

interface ContainerStatus {
  name: string;
  containerID?: string;
  state?: { running?: unknown };
}

/** The running container's id, or undefined when `name` is not running in `pod`. */
export function runningContainerId(pod: KubeObject, name: string): string | undefined {
  const statuses = (pod.status?.containerStatuses ?? []) as ContainerStatus[];
  const status = statuses.find((s) => s.name === name);
  return status?.state?.running ? (status.containerID ?? "") : undefined;
}

/**
 * Calls `onEnd` once, outside the store's write, when container `name` of `pod` stops running: the pod
 * is deleted or replaced (another uid), or the container stopped or restarted (another id). Returns
 * the function that stops watching.
 */
export function watchContainerEnd(cluster: Cluster, pod: KubeObject, name: string, onEnd: (exitCode: number) => void): () => void {
  const uid = pod.metadata.uid;
  const containerId = runningContainerId(pod, name);
  let done = false;
  let watcher: { stop(): void } | undefined;
  const end = () => {
    if (done) return;
    done = true;
    watcher?.stop();
    // Events arrive inside the kubelet's write; the shell reacts after it.
    queueMicrotask(() => onEnd(KILLED_WITH_CONTAINER));
  };
  const fieldSelector = `metadata.name=${pod.metadata.name ?? ""}`;
  let seen = false;
  // Without a resourceVersion the watch starts with the pod as it is now (an ADDED event).
  watcher = cluster.store.watch("pods", pod.metadata.namespace ?? "default", { fieldSelector, shared: true }, (event) => {
    if (event.type !== "ADDED" && event.type !== "MODIFIED" && event.type !== "DELETED") return;
    seen = true;
    const current = event.object;
    if (event.type === "DELETED" ? current.metadata.uid === uid : current.metadata.uid !== uid || runningContainerId(current, name) !== containerId) end();
  });
  if (done) watcher.stop();
  else if (!seen || containerId === undefined) end();
  return () => {
    done = true;
    watcher?.stop();
  };
}
