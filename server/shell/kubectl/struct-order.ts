/**
 * Field order of the k8s.io/api structs kubectl re-encodes itself (rollout undo sends a typed
 * PodTemplateSpec): Go's encoding/json writes struct fields in declaration order, so a body built
 * from an object we received must be reordered to match real kubectl's bytes. Unknown fields keep
 * their relative order after the known ones.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */

type Schema = { order: string[]; fields?: Record<string, Schema | { items: Schema }> };

const OBJECT_META: Schema = {
  order: ["name", "generateName", "namespace", "selfLink", "uid", "resourceVersion", "generation", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "labels", "annotations", "ownerReferences", "finalizers", "clusterName", "managedFields"],
};

const CONTAINER: Schema = {
  order: ["name", "image", "command", "args", "workingDir", "ports", "envFrom", "env", "resources", "volumeMounts", "volumeDevices", "livenessProbe", "readinessProbe", "startupProbe", "lifecycle", "terminationMessagePath", "terminationMessagePolicy", "imagePullPolicy", "securityContext", "stdin", "stdinOnce", "tty"],
  fields: {
    ports: { items: { order: ["name", "hostPort", "containerPort", "protocol", "hostIP"] } },
    env: { items: { order: ["name", "value", "valueFrom"] } },
    volumeMounts: { items: { order: ["name", "readOnly", "mountPath", "subPath", "mountPropagation", "subPathExpr"] } },
    resources: { order: ["limits", "requests"] },
  },
};

const POD_SPEC: Schema = {
  order: ["volumes", "initContainers", "containers", "ephemeralContainers", "restartPolicy", "terminationGracePeriodSeconds", "activeDeadlineSeconds", "dnsPolicy", "nodeSelector", "serviceAccountName", "serviceAccount", "automountServiceAccountToken", "nodeName", "hostNetwork", "hostPID", "hostIPC", "shareProcessNamespace", "securityContext", "imagePullSecrets", "hostname", "subdomain", "affinity", "schedulerName", "tolerations", "hostAliases", "priorityClassName", "priority", "dnsConfig", "readinessGates", "runtimeClassName", "enableServiceLinks", "preemptionPolicy", "overhead", "topologySpreadConstraints", "setHostnameAsFQDN"],
  fields: {
    containers: { items: CONTAINER },
    initContainers: { items: CONTAINER },
    tolerations: { items: { order: ["key", "operator", "value", "effect", "tolerationSeconds"] } },
  },
};

export const POD_TEMPLATE_SPEC: Schema = { order: ["metadata", "spec"], fields: { metadata: OBJECT_META, spec: POD_SPEC } };

/** Reorders `value`'s keys as the Go struct described by `schema` would serialise them. */
export function inStructOrder(value: any, schema: Schema): any {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  const keys = [...schema.order.filter((k) => k in value), ...Object.keys(value).filter((k) => !schema.order.includes(k))];
  for (const k of keys) {
    const sub = schema.fields?.[k];
    const v = value[k];
    if (sub && "items" in sub && Array.isArray(v)) out[k] = v.map((x) => inStructOrder(x, sub.items));
    else if (sub && !("items" in sub)) out[k] = inStructOrder(v, sub);
    else out[k] = v;
  }
  return out;
}
