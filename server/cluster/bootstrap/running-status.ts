/**
 * The status the kubelet reports for a pod whose containers all run (pkg/kubelet/kubelet_pods.go
 * generateAPIPodStatus, docker runtime IDs): used for the system pods a fresh minikube already runs.
 */
import { randomBytes } from "node:crypto";
import { formatTime } from "../runtime/time-format";
import type { KubeObject } from "../types";
import { NODE_IP, SYSTEM_IMAGES } from "./minikube-facts";

/* eslint-disable @typescript-eslint/no-explicit-any */

function imageId(image: string): string {
  const known = SYSTEM_IMAGES.find((i) => i.image === image);
  const repo = image.slice(0, image.lastIndexOf(":"));
  return `docker-pullable://${repo}@sha256:${known?.digest ?? randomBytes(32).toString("hex")}`;
}

export function runningStatus(pod: KubeObject, podIP: string, nowMs: number): Record<string, unknown> {
  const t = formatTime(nowMs);
  const cond = (type: string) => ({ type, status: "True", lastProbeTime: null, lastTransitionTime: t });
  return {
    phase: "Running",
    conditions: [cond("Initialized"), cond("Ready"), cond("ContainersReady"), cond("PodScheduled")],
    hostIP: NODE_IP,
    podIP,
    podIPs: [{ ip: podIP }],
    startTime: t,
    containerStatuses: (pod.spec.containers as any[]).map((c) => ({
      name: c.name,
      state: { running: { startedAt: t } },
      lastState: {},
      ready: true,
      restartCount: 0,
      image: c.image,
      imageID: imageId(c.image),
      containerID: `docker://${randomBytes(32).toString("hex")}`,
      started: true,
    })),
    qosClass: pod.status?.qosClass ?? "BestEffort",
  };
}
