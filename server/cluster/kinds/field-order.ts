/**
 * Go's encoding/json writes struct fields in declaration order, so `kubectl get -o json` shows
 * `metadata` keys as name, generateName, namespace, ... Stored objects are put in that order so
 * our JSON reads like the real API server's. Unknown keys keep their place after the known ones.
 */

export function orderKeys<T extends Record<string, unknown>>(obj: T, order: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const k of order) if (k in obj && obj[k] !== undefined) out[k] = obj[k];
  for (const k of Object.keys(obj)) if (!(k in out) && obj[k] !== undefined) out[k] = obj[k];
  return out as T;
}

export const TOP_LEVEL_ORDER = ["kind", "apiVersion", "metadata", "spec", "status"];

/** k8s.io/apimachinery/pkg/apis/meta/v1 ObjectMeta. */
export const OBJECT_META_ORDER = [
  "name", "generateName", "namespace", "selfLink", "uid", "resourceVersion", "generation", "creationTimestamp",
  "deletionTimestamp", "deletionGracePeriodSeconds", "labels", "annotations", "ownerReferences", "finalizers",
  "clusterName", "managedFields",
];

/** core/v1 PodSpec. */
export const POD_SPEC_ORDER = [
  "volumes", "initContainers", "containers", "ephemeralContainers", "restartPolicy", "terminationGracePeriodSeconds",
  "activeDeadlineSeconds", "dnsPolicy", "nodeSelector", "serviceAccountName", "serviceAccount",
  "automountServiceAccountToken", "nodeName", "hostNetwork", "hostPID", "hostIPC", "shareProcessNamespace",
  "securityContext", "imagePullSecrets", "hostname", "subdomain", "affinity", "schedulerName", "tolerations",
  "hostAliases", "priorityClassName", "priority", "dnsConfig", "readinessGates", "runtimeClassName",
  "enableServiceLinks", "preemptionPolicy", "overhead", "topologySpreadConstraints", "setHostnameAsFQDN",
];

/** core/v1 Container. */
export const CONTAINER_ORDER = [
  "name", "image", "command", "args", "workingDir", "ports", "envFrom", "env", "resources", "volumeMounts",
  "volumeDevices", "livenessProbe", "readinessProbe", "startupProbe", "lifecycle", "terminationMessagePath",
  "terminationMessagePolicy", "imagePullPolicy", "securityContext", "stdin", "stdinOnce", "tty",
];

export const CONTAINER_PORT_ORDER = ["name", "hostPort", "containerPort", "protocol", "hostIP"];

/** apps/v1 DeploymentSpec. */
export const DEPLOYMENT_SPEC_ORDER = [
  "replicas", "selector", "template", "strategy", "minReadySeconds", "revisionHistoryLimit", "paused", "progressDeadlineSeconds",
];

/** core/v1 ServiceSpec and ServicePort. */
export const SERVICE_SPEC_ORDER = [
  "ports", "selector", "clusterIP", "clusterIPs", "type", "externalIPs", "sessionAffinity", "loadBalancerIP",
  "loadBalancerSourceRanges", "externalName", "externalTrafficPolicy", "healthCheckNodePort",
  "publishNotReadyAddresses", "sessionAffinityConfig", "topologyKeys", "ipFamilies", "ipFamilyPolicy",
];
export const SERVICE_PORT_ORDER = ["name", "protocol", "appProtocol", "port", "targetPort", "nodePort"];

/** Go's encoding/json writes map keys sorted: labels, annotations, selectors, resource lists, data. */
export function sortedMap<T>(m: Record<string, T> | undefined): Record<string, T> | undefined {
  if (!m || typeof m !== "object") return m;
  const out: Record<string, T> = {};
  for (const k of Object.keys(m).sort()) out[k] = m[k];
  return out;
}
