/**
 * Server-side printing: turns objects into a `meta.k8s.io/v1` Table as the v1.20 API server does
 * (pkg/printers/tablegenerator.go `GenerateTable` + apiserver handlers/response.go `asTable`):
 * all cells including wide ones, `metadata` copied from the list (resourceVersion, continue,
 * remainingItemCount), and each row's `object` reduced according to `includeObject`.
 */
import type { KubeObject } from "@/server/cluster/types";
import { columnsFor, type TableColumnDefinition } from "./columns";
import { configMapRow, defaultRow, endpointsRow, eventRow, leaseRow, namespaceRow, nodeRow, secretRow, serviceAccountRow, serviceRow } from "./core-rows";
import { podRow } from "./pod-row";
import type { PrintedRow } from "./printed-row";
import { daemonSetRow, deploymentRow, jobRow, replicaSetRow, statefulSetRow } from "./workload-rows";

export type IncludeObject = "Metadata" | "Object" | "None";

type RowPrinter = (obj: KubeObject, now: number) => PrintedRow;

const PRINTERS: Record<string, RowPrinter> = {
  pods: podRow,
  "deployments.apps": deploymentRow,
  "replicasets.apps": replicaSetRow,
  "daemonsets.apps": daemonSetRow,
  "statefulsets.apps": statefulSetRow,
  "jobs.batch": jobRow,
  services: serviceRow,
  endpoints: endpointsRow,
  nodes: nodeRow,
  namespaces: namespaceRow,
  events: eventRow,
  configmaps: configMapRow,
  secrets: secretRow,
  serviceaccounts: serviceAccountRow,
  "leases.coordination.k8s.io": leaseRow,
};

export interface TableOptions {
  /** Store key whose printer applies ("pods", "deployments.apps"; events.k8s.io events use "events"). */
  resourceKey: string;
  includeObject: IncludeObject;
  /** Table.apiVersion: "meta.k8s.io/v1", or v1beta1 when the client only accepts that. */
  apiVersion: string;
  /** Leave out columnDefinitions (`null`), as every watch event after the first. */
  noHeaders?: boolean;
  now: number;
}

export interface ListMeta {
  resourceVersion?: string;
  continue?: string;
  remainingItemCount?: number;
}

function rowObject(obj: KubeObject, opts: TableOptions): unknown {
  switch (opts.includeObject) {
    case "Object":
      return obj;
    case "None":
      return null;
    default:
      return { kind: "PartialObjectMetadata", apiVersion: opts.apiVersion, metadata: obj.metadata };
  }
}

/** A Table for `objects`, with `listMeta` as the Table's metadata. */
export function buildTable(objects: KubeObject[], listMeta: ListMeta, opts: TableOptions): unknown {
  const printer = PRINTERS[opts.resourceKey] ?? defaultRow;
  const columns: TableColumnDefinition[] | null = opts.noHeaders ? null : columnsFor(opts.resourceKey);
  const rows = objects.map((obj) => {
    const printed = printer(obj, opts.now);
    const row: Record<string, unknown> = { cells: printed.cells };
    if (printed.conditions) row.conditions = printed.conditions;
    row.object = rowObject(obj, opts);
    return row;
  });
  const metadata: ListMeta = {};
  if (listMeta.resourceVersion) metadata.resourceVersion = listMeta.resourceVersion;
  if (listMeta.continue) metadata.continue = listMeta.continue;
  if (listMeta.remainingItemCount !== undefined) metadata.remainingItemCount = listMeta.remainingItemCount;
  return { kind: "Table", apiVersion: opts.apiVersion, metadata, columnDefinitions: columns, rows };
}
