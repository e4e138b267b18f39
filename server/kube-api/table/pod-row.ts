/**
 * The pod row of `kubectl get pods`: `printPod` in pkg/printers/internalversion/printers.go (v1.20),
 * always with the wide cells, as the server's TableConvertor passes `Wide: true`.
 */
import type { KubeObject } from "@/server/cluster/types";
import { ageSince } from "../human-duration";
import type { PrintedRow } from "./printed-row";

/* eslint-disable @typescript-eslint/no-explicit-any */
type ContainerStatus = any;

/** podSuccessConditions / podFailedConditions in printers.go: they let clients hide finished pods. */
const COMPLETED = (reason: string, message: string) => [
  { type: "Completed", status: "True", reason, message },
];

/** The reason shown while init containers run (the init-container part of printPod). */
function initReason(pod: KubeObject): { reason?: string; restarts: number } {
  const statuses: ContainerStatus[] = pod.status?.initContainerStatuses ?? [];
  const total = (pod.spec?.initContainers ?? []).length;
  let restarts = 0;
  for (let i = 0; i < statuses.length; i++) {
    const c = statuses[i];
    restarts += c.restartCount ?? 0;
    const term = c.state?.terminated;
    const wait = c.state?.waiting;
    if (term && (term.exitCode ?? 0) === 0) continue;
    if (term) {
      if (!term.reason) {
        return { restarts, reason: term.signal ? `Init:Signal:${term.signal}` : `Init:ExitCode:${term.exitCode ?? 0}` };
      }
      return { restarts, reason: `Init:${term.reason}` };
    }
    if (wait?.reason && wait.reason !== "PodInitializing") return { restarts, reason: `Init:${wait.reason}` };
    return { restarts, reason: `Init:${i}/${total}` };
  }
  return { restarts };
}

export function podRow(pod: KubeObject, now: number): PrintedRow {
  const spec = pod.spec ?? {};
  const status = pod.status ?? {};
  const totalContainers = (spec.containers ?? []).length;
  let readyContainers = 0;
  let reason: string = status.reason || status.phase || "";
  let restarts: number;

  const init = initReason(pod);
  if (init.reason !== undefined) {
    reason = init.reason;
    restarts = init.restarts;
  } else {
    restarts = 0;
    let hasRunning = false;
    const statuses: ContainerStatus[] = status.containerStatuses ?? [];
    for (let i = statuses.length - 1; i >= 0; i--) {
      const c = statuses[i];
      restarts += c.restartCount ?? 0;
      const wait = c.state?.waiting;
      const term = c.state?.terminated;
      if (wait?.reason) reason = wait.reason;
      else if (term?.reason) reason = term.reason;
      else if (term) reason = term.signal ? `Signal:${term.signal}` : `ExitCode:${term.exitCode ?? 0}`;
      else if (c.ready && c.state?.running) {
        hasRunning = true;
        readyContainers++;
      }
    }
    // A pod whose last container completed while another still runs is Running (or NotReady).
    if (reason === "Completed" && hasRunning) {
      const ready = (status.conditions ?? []).some((x: any) => x.type === "Ready" && x.status === "True");
      reason = ready ? "Running" : "NotReady";
    }
  }
  if (pod.metadata.deletionTimestamp) reason = status.reason === "NodeLost" ? "Unknown" : "Terminating";

  const podIP: string = status.podIPs?.[0]?.ip || status.podIP || "<none>";
  const gates: any[] = spec.readinessGates ?? [];
  let readinessGates = "<none>";
  if (gates.length > 0) {
    let trueConditions = 0;
    for (const g of gates) {
      const cond = (status.conditions ?? []).find((x: any) => x.type === g.conditionType);
      if (cond?.status === "True") trueConditions++;
    }
    readinessGates = `${trueConditions}/${gates.length}`;
  }
  const row: PrintedRow = {
    cells: [
      pod.metadata.name ?? "",
      `${readyContainers}/${totalContainers}`,
      reason,
      restarts,
      ageSince(pod.metadata.creationTimestamp, now),
      podIP,
      spec.nodeName || "<none>",
      status.nominatedNodeName || "<none>",
      readinessGates,
    ],
  };
  if (status.phase === "Succeeded") row.conditions = COMPLETED("Succeeded", "The pod has completed successfully.");
  else if (status.phase === "Failed") row.conditions = COMPLETED("Failed", "The pod failed.");
  return row;
}
