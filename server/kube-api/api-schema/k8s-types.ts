/**
 * A subset of the k8s.io/api v1.20 types: for each message the `generated.proto` field numbers, JSON
 * names and types. Two uses: decoding protobuf bodies (kubectl ≥ 1.30 encodes the objects of
 * `kubectl create <kind>` that way; fields not listed are dropped, as unknown fields are) and checking
 * JSON bodies the way Go's decoder rejects a wrong type (check-json-types.ts).
 *
 * A field is `[name, type, flags]`. Types: "s" string, "i" varint integer, "b" bool, "bytes" (base64 in
 * JSON), "time" (metav1.Time), "quantity", "intstr", a message name, or `map:<type>`. Flags: "r" repeated,
 * "k" keep zero values (Go pointer fields, where zero was set on purpose), "inline" (embedded struct
 * whose fields JSON flattens into the parent).
 */

export type FieldSpec = [name: string, type: string, flags?: string];
export type MessageSchema = Record<number, FieldSpec>;

export const SCHEMAS: Record<string, MessageSchema> = {
  ObjectMeta: {
    1: ["name", "s"], 2: ["generateName", "s"], 3: ["namespace", "s"], 5: ["uid", "s"], 6: ["resourceVersion", "s"],
    7: ["generation", "i"], 8: ["creationTimestamp", "time"], 10: ["deletionGracePeriodSeconds", "i", "k"],
    11: ["labels", "map:s"], 12: ["annotations", "map:s"], 13: ["ownerReferences", "OwnerReference", "r"], 14: ["finalizers", "s", "r"],
  },
  OwnerReference: {
    5: ["apiVersion", "s"], 1: ["kind", "s"], 3: ["name", "s"], 4: ["uid", "s"], 6: ["controller", "b", "k"], 7: ["blockOwnerDeletion", "b", "k"],
  },
  LabelSelector: { 1: ["matchLabels", "map:s"], 2: ["matchExpressions", "LabelSelectorRequirement", "r"] },
  LabelSelectorRequirement: { 1: ["key", "s"], 2: ["operator", "s"], 3: ["values", "s", "r"] },
  ObjectReference: {
    1: ["kind", "s"], 2: ["namespace", "s"], 3: ["name", "s"], 4: ["uid", "s"], 5: ["apiVersion", "s"], 6: ["resourceVersion", "s"], 7: ["fieldPath", "s"],
  },
  LocalObjectReference: { 1: ["name", "s"] },
  PodTemplateSpec: { 1: ["metadata", "ObjectMeta"], 2: ["spec", "PodSpec"] },
  PodSpec: {
    1: ["volumes", "Volume", "r"], 2: ["containers", "Container", "r"], 3: ["restartPolicy", "s"],
    4: ["terminationGracePeriodSeconds", "i", "k"], 5: ["activeDeadlineSeconds", "i", "k"], 6: ["dnsPolicy", "s"],
    7: ["nodeSelector", "map:s"], 8: ["serviceAccountName", "s"], 9: ["serviceAccount", "s"], 10: ["nodeName", "s"],
    11: ["hostNetwork", "b"], 12: ["hostPID", "b"], 13: ["hostIPC", "b"], 15: ["imagePullSecrets", "LocalObjectReference", "r"],
    16: ["hostname", "s"], 17: ["subdomain", "s"], 19: ["schedulerName", "s"], 20: ["initContainers", "Container", "r"],
    21: ["automountServiceAccountToken", "b", "k"], 22: ["tolerations", "Toleration", "r"], 24: ["priorityClassName", "s"],
    25: ["priority", "i", "k"],
  },
  Container: {
    1: ["name", "s"], 2: ["image", "s"], 3: ["command", "s", "r"], 4: ["args", "s", "r"], 5: ["workingDir", "s"],
    6: ["ports", "ContainerPort", "r"], 7: ["env", "EnvVar", "r"], 8: ["resources", "ResourceRequirements"],
    9: ["volumeMounts", "VolumeMount", "r"], 13: ["terminationMessagePath", "s"], 14: ["imagePullPolicy", "s"],
    16: ["stdin", "b"], 17: ["stdinOnce", "b"], 18: ["tty", "b"], 20: ["terminationMessagePolicy", "s"],
  },
  ContainerPort: { 1: ["name", "s"], 2: ["hostPort", "i"], 3: ["containerPort", "i"], 4: ["protocol", "s"], 5: ["hostIP", "s"] },
  EnvVar: { 1: ["name", "s"], 2: ["value", "s"] },
  ResourceRequirements: { 1: ["limits", "map:quantity"], 2: ["requests", "map:quantity"] },
  VolumeMount: { 1: ["name", "s"], 2: ["readOnly", "b"], 3: ["mountPath", "s"], 4: ["subPath", "s"] },
  Volume: { 1: ["name", "s"], 2: ["volumeSource", "VolumeSource", "inline"] },
  VolumeSource: {
    2: ["emptyDir", "EmptyDirVolumeSource"], 6: ["secret", "SecretVolumeSource"], 19: ["configMap", "ConfigMapVolumeSource"],
  },
  EmptyDirVolumeSource: { 1: ["medium", "s"], 2: ["sizeLimit", "quantity"] },
  SecretVolumeSource: { 1: ["secretName", "s"], 3: ["defaultMode", "i", "k"], 4: ["optional", "b", "k"] },
  ConfigMapVolumeSource: { 1: ["localObjectReference", "LocalObjectReference", "inline"], 3: ["defaultMode", "i", "k"], 4: ["optional", "b", "k"] },
  Toleration: { 1: ["key", "s"], 2: ["operator", "s"], 3: ["value", "s"], 4: ["effect", "s"], 5: ["tolerationSeconds", "i", "k"] },
  Pod: { 1: ["metadata", "ObjectMeta"], 2: ["spec", "PodSpec"] },
  Deployment: { 1: ["metadata", "ObjectMeta"], 2: ["spec", "DeploymentSpec"] },
  ReplicaSet: { 1: ["metadata", "ObjectMeta"], 2: ["spec", "ReplicaSetSpec"] },
  ReplicaSetSpec: { 1: ["replicas", "i", "k"], 2: ["selector", "LabelSelector"], 3: ["template", "PodTemplateSpec"], 4: ["minReadySeconds", "i"] },
  DaemonSet: { 1: ["metadata", "ObjectMeta"], 2: ["spec", "DaemonSetSpec"] },
  DaemonSetSpec: { 1: ["selector", "LabelSelector"], 2: ["template", "PodTemplateSpec"], 4: ["minReadySeconds", "i"], 6: ["revisionHistoryLimit", "i", "k"] },
  StatefulSet: { 1: ["metadata", "ObjectMeta"], 2: ["spec", "StatefulSetSpec"] },
  StatefulSetSpec: {
    1: ["replicas", "i", "k"], 2: ["selector", "LabelSelector"], 3: ["template", "PodTemplateSpec"], 5: ["serviceName", "s"],
    6: ["podManagementPolicy", "s"], 8: ["revisionHistoryLimit", "i", "k"],
  },
  DeploymentSpec: {
    1: ["replicas", "i", "k"], 2: ["selector", "LabelSelector"], 3: ["template", "PodTemplateSpec"], 4: ["strategy", "DeploymentStrategy"],
    5: ["minReadySeconds", "i"], 6: ["revisionHistoryLimit", "i", "k"], 7: ["paused", "b"], 9: ["progressDeadlineSeconds", "i", "k"],
  },
  DeploymentStrategy: { 1: ["type", "s"], 2: ["rollingUpdate", "RollingUpdateDeployment"] },
  RollingUpdateDeployment: { 1: ["maxUnavailable", "intstr"], 2: ["maxSurge", "intstr"] },
  Job: { 1: ["metadata", "ObjectMeta"], 2: ["spec", "JobSpec"] },
  JobSpec: {
    1: ["parallelism", "i", "k"], 2: ["completions", "i", "k"], 3: ["activeDeadlineSeconds", "i", "k"], 4: ["selector", "LabelSelector"],
    5: ["manualSelector", "b", "k"], 6: ["template", "PodTemplateSpec"], 7: ["backoffLimit", "i", "k"], 8: ["ttlSecondsAfterFinished", "i", "k"],
  },
  Service: { 1: ["metadata", "ObjectMeta"], 2: ["spec", "ServiceSpec"] },
  ServiceSpec: {
    1: ["ports", "ServicePort", "r"], 2: ["selector", "map:s"], 3: ["clusterIP", "s"], 4: ["type", "s"], 5: ["externalIPs", "s", "r"],
    7: ["sessionAffinity", "s"], 8: ["loadBalancerIP", "s"], 9: ["loadBalancerSourceRanges", "s", "r"], 10: ["externalName", "s"],
    11: ["externalTrafficPolicy", "s"], 12: ["healthCheckNodePort", "i"], 13: ["publishNotReadyAddresses", "b"],
  },
  ServicePort: { 1: ["name", "s"], 2: ["protocol", "s"], 3: ["port", "i"], 4: ["targetPort", "intstr"], 5: ["nodePort", "i"], 6: ["appProtocol", "s"] },
  Namespace: { 1: ["metadata", "ObjectMeta"], 2: ["spec", "NamespaceSpec"] },
  NamespaceSpec: { 1: ["finalizers", "s", "r"] },
  ConfigMap: { 1: ["metadata", "ObjectMeta"], 2: ["data", "map:s"], 3: ["binaryData", "map:bytes"], 4: ["immutable", "b", "k"] },
  Secret: { 1: ["metadata", "ObjectMeta"], 2: ["data", "map:bytes"], 3: ["type", "s"], 4: ["stringData", "map:s"], 5: ["immutable", "b", "k"] },
  ServiceAccount: {
    1: ["metadata", "ObjectMeta"], 2: ["secrets", "ObjectReference", "r"], 3: ["imagePullSecrets", "LocalObjectReference", "r"],
    4: ["automountServiceAccountToken", "b", "k"],
  },
  Eviction: { 1: ["metadata", "ObjectMeta"], 2: ["deleteOptions", "DeleteOptions"] },
  DeleteOptions: { 1: ["gracePeriodSeconds", "i", "k"], 4: ["propagationPolicy", "s"], 5: ["dryRun", "s", "r"] },
};

/** The top-level kinds a protobuf body may carry. */
export const DECODABLE_KINDS = new Set(["Pod", "Deployment", "Job", "Service", "Namespace", "ConfigMap", "Secret", "ServiceAccount", "Eviction"]);
