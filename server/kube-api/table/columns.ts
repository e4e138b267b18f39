/**
 * Table column definitions, exactly as a v1.20.2 API server sends them (`AddHandlers` in
 * pkg/printers/internalversion/printers.go). The kinds captured from a real server come verbatim from
 * `column-definitions.json` (k8s-fixtures/tables); the others are written from the same printers.go
 * with the k8s.io/api v1.20 swagger descriptions.
 */
import captured from "./column-definitions.json";

export interface TableColumnDefinition {
  name: string;
  type: string;
  format: string;
  description: string;
  priority: number;
}

const CAPTURED = captured as Record<string, TableColumnDefinition[]>;

/** `metav1.ObjectMeta{}.SwaggerDoc()["name"]` and `["creationTimestamp"]`. */
export const NAME_DESCRIPTION = CAPTURED.pods[0].description;
export const AGE_DESCRIPTION = CAPTURED.pods[4].description;
const CONTAINERS = "Names of each container in the template.";
const IMAGES = "Images referenced by each container in the template.";
const LABEL_SELECTORS = "More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors";

function col(name: string, type: string, description: string, priority = 0, format = ""): TableColumnDefinition {
  return { name, type, format, description, priority };
}
const nameCol = () => col("Name", "string", NAME_DESCRIPTION, 0, "name");
const ageCol = () => col("Age", "string", AGE_DESCRIPTION);

const WRITTEN: Record<string, TableColumnDefinition[]> = {
  configmaps: [
    nameCol(),
    col(
      "Data",
      "string",
      "Data contains the configuration data. Each key must consist of alphanumeric characters, '-', '_' or '.'. Values with non-UTF-8 byte sequences must use the BinaryData field. The keys stored in Data must not overlap with the keys in the BinaryData field, this is enforced during validation process.",
    ),
    ageCol(),
  ],
  secrets: [
    nameCol(),
    col("Type", "string", "Used to facilitate programmatic handling of secret data."),
    col(
      "Data",
      "string",
      "Data contains the secret data. Each key must consist of alphanumeric characters, '-', '_' or '.'. The serialized form of the secret data is a base64 encoded string, representing the arbitrary (possibly non-string) data value here. Described in https://tools.ietf.org/html/rfc4648#section-4",
    ),
    ageCol(),
  ],
  serviceaccounts: [
    nameCol(),
    col(
      "Secrets",
      "string",
      "Secrets is the list of secrets allowed to be used by pods running using this ServiceAccount. More info: https://kubernetes.io/docs/concepts/configuration/secret",
    ),
    ageCol(),
  ],
  "daemonsets.apps": [
    nameCol(),
    col(
      "Desired",
      "integer",
      "The total number of nodes that should be running the daemon pod (including nodes correctly running the daemon pod). More info: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/",
    ),
    col(
      "Current",
      "integer",
      "The number of nodes that are running at least 1 daemon pod and are supposed to run the daemon pod. More info: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/",
    ),
    col(
      "Ready",
      "integer",
      "The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and ready.",
    ),
    col("Up-to-date", "integer", "The total number of nodes that are running updated daemon pod"),
    col(
      "Available",
      "integer",
      "The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and available (ready for at least spec.minReadySeconds)",
    ),
    col(
      "Node Selector",
      "string",
      "NodeSelector is a selector which must be true for the pod to fit on a node. Selector which must match a node's labels for the pod to be scheduled on that node. More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/",
    ),
    ageCol(),
    col("Containers", "string", CONTAINERS, 1),
    col("Images", "string", IMAGES, 1),
    col(
      "Selector",
      "string",
      `A label query over pods that are managed by the daemon set. Must match in order to be controlled. It must match the pod template's labels. ${LABEL_SELECTORS}`,
      1,
    ),
  ],
  "statefulsets.apps": [
    nameCol(),
    col("Ready", "string", "Number of the pod with ready state"),
    ageCol(),
    col("Containers", "string", CONTAINERS, 1),
    col("Images", "string", IMAGES, 1),
  ],
  "jobs.batch": [
    nameCol(),
    col("Completions", "string", "The number of pods which reached phase Succeeded."),
    col("Duration", "string", "Time required to complete the job."),
    ageCol(),
    col("Containers", "string", CONTAINERS, 1),
    col("Images", "string", IMAGES, 1),
    col(
      "Selector",
      "string",
      `A label query over pods that should match the pod count. Normally, the system sets this field for you. ${LABEL_SELECTORS}`,
      1,
    ),
  ],
  "leases.coordination.k8s.io": [
    nameCol(),
    col("Holder", "string", "holderIdentity contains the identity of the holder of a current lease."),
    ageCol(),
  ],
};

const BY_RESOURCE: Record<string, TableColumnDefinition[]> = {
  pods: CAPTURED.pods,
  "deployments.apps": CAPTURED.deployments,
  "replicasets.apps": CAPTURED.replicasets,
  services: CAPTURED.services,
  nodes: CAPTURED.nodes,
  namespaces: CAPTURED.namespaces,
  endpoints: CAPTURED.endpoints,
  events: CAPTURED.events,
  ...WRITTEN,
};

/** Kinds without a printer get Name and Age, as the other printers.go handlers start and end. */
export const DEFAULT_COLUMNS: TableColumnDefinition[] = [nameCol(), ageCol()];

/** The columns for a store resource key ("pods", "deployments.apps"). */
export function columnsFor(resourceKey: string): TableColumnDefinition[] {
  return BY_RESOURCE[resourceKey] ?? DEFAULT_COLUMNS;
}
