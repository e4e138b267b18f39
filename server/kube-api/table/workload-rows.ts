/**
 * Rows for the apps and batch workloads: printDeployment, printReplicaSet, printDaemonSet,
 * printStatefulSet and printJob in pkg/printers/internalversion/printers.go (v1.20), wide cells included.
 */
import type { KubeObject } from "@/server/cluster/types";
import { ageSince, humanDuration } from "../human-duration";
import { formatLabels, labelSelectorString } from "./label-selector-string";
import type { PrintedRow } from "./printed-row";

/* eslint-disable @typescript-eslint/no-explicit-any */

/** layoutContainerCells: names and images joined by commas. */
function containerCells(template: any): [string, string] {
  const containers: any[] = template?.spec?.containers ?? [];
  return [containers.map((c) => c.name ?? "").join(","), containers.map((c) => c.image ?? "").join(",")];
}

const int = (v: unknown): number => (typeof v === "number" ? v : 0);

export function deploymentRow(obj: KubeObject, now: number): PrintedRow {
  const spec = obj.spec ?? {};
  const status = obj.status ?? {};
  const [names, images] = containerCells(spec.template);
  return {
    cells: [
      obj.metadata.name ?? "",
      `${int(status.readyReplicas)}/${int(spec.replicas)}`,
      int(status.updatedReplicas),
      int(status.availableReplicas),
      ageSince(obj.metadata.creationTimestamp, now),
      names,
      images,
      labelSelectorString(spec.selector),
    ],
  };
}

export function replicaSetRow(obj: KubeObject, now: number): PrintedRow {
  const spec = obj.spec ?? {};
  const status = obj.status ?? {};
  const [names, images] = containerCells(spec.template);
  return {
    cells: [
      obj.metadata.name ?? "",
      int(spec.replicas),
      int(status.replicas),
      int(status.readyReplicas),
      ageSince(obj.metadata.creationTimestamp, now),
      names,
      images,
      labelSelectorString(spec.selector),
    ],
  };
}

export function daemonSetRow(obj: KubeObject, now: number): PrintedRow {
  const spec = obj.spec ?? {};
  const status = obj.status ?? {};
  const [names, images] = containerCells(spec.template);
  return {
    cells: [
      obj.metadata.name ?? "",
      int(status.desiredNumberScheduled),
      int(status.currentNumberScheduled),
      int(status.numberReady),
      int(status.updatedNumberScheduled),
      int(status.numberAvailable),
      formatLabels(spec.template?.spec?.nodeSelector),
      ageSince(obj.metadata.creationTimestamp, now),
      names,
      images,
      labelSelectorString(spec.selector),
    ],
  };
}

export function statefulSetRow(obj: KubeObject, now: number): PrintedRow {
  const spec = obj.spec ?? {};
  const status = obj.status ?? {};
  const [names, images] = containerCells(spec.template);
  return {
    cells: [
      obj.metadata.name ?? "",
      `${int(status.readyReplicas)}/${int(spec.replicas)}`,
      ageSince(obj.metadata.creationTimestamp, now),
      names,
      images,
    ],
  };
}

export function jobRow(obj: KubeObject, now: number): PrintedRow {
  const spec = obj.spec ?? {};
  const status = obj.status ?? {};
  const succeeded = int(status.succeeded);
  let completions: string;
  if (typeof spec.completions === "number") completions = `${succeeded}/${spec.completions}`;
  else if (int(spec.parallelism) > 1) completions = `${succeeded}/1 of ${spec.parallelism}`;
  else completions = `${succeeded}/1`;
  let duration = "";
  if (status.startTime) {
    const start = Date.parse(status.startTime);
    const end = status.completionTime ? Date.parse(status.completionTime) : now;
    duration = humanDuration(end - start);
  }
  const [names, images] = containerCells(spec.template);
  return {
    cells: [
      obj.metadata.name ?? "",
      completions,
      duration,
      ageSince(obj.metadata.creationTimestamp, now),
      names,
      images,
      labelSelectorString(spec.selector),
    ],
  };
}
