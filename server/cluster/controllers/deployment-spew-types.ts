/**
 * The Go types of a v1.PodTemplateSpec (k8s.io/api/core/v1/types.go at v1.20.2), as data: each struct
 * lists its fields in declaration order with the JSON name the API uses. go-spew prints every field of
 * every struct, so the order and the Go type names below must match the real declarations exactly
 * (see the spew strings in k8s-fixtures/spew_template_*.txt).
 *
 * Volume sources and affinity are listed as pointers without their inner structs except for the
 * common ones (emptyDir, configMap, secret, hostPath, persistentVolumeClaim): a template using the
 * others still hashes deterministically, but not to upstream's value.
 */

export type GoType =
  | { k: "str"; go: string }
  | { k: "int"; go: string }
  | { k: "bool" }
  | { k: "ptr"; elem: GoType }
  | { k: "slice"; elem: GoType }
  | { k: "map"; go: string; key: GoType; val: GoType }
  | { k: "struct"; go: string; fields: GoField[] }
  | { k: "intOrString" }
  | { k: "quantity" }
  | { k: "time" }
  | { k: "opaque"; go: string }; // printed as nil/zero only

/** [Go field name, JSON name (null for an embedded struct), type]. */
export type GoField = [string, string | null, GoType];

const str = (go = "string"): GoType => ({ k: "str", go });
const i32: GoType = { k: "int", go: "int32" };
const i64: GoType = { k: "int", go: "int64" };
const bool: GoType = { k: "bool" };
const ptr = (elem: GoType): GoType => ({ k: "ptr", elem });
const slice = (elem: GoType): GoType => ({ k: "slice", elem });
const struct = (go: string, fields: GoField[]): GoType => ({ k: "struct", go, fields });
const opaque = (go: string): GoType => ({ k: "opaque", go });
const strMap: GoType = { k: "map", go: "map[string]string", key: str(), val: str() };
const resourceList: GoType = { k: "map", go: "v1.ResourceList", key: str("v1.ResourceName"), val: { k: "quantity" } };
const strings = slice(str());

const localRef = struct("v1.LocalObjectReference", [["Name", "name", str()]]);
const keyToPath = struct("v1.KeyToPath", [["Key", "key", str()], ["Path", "path", str()], ["Mode", "mode", ptr(i32)]]);
const seLinux = struct("v1.SELinuxOptions", [["User", "user", str()], ["Role", "role", str()], ["Type", "type", str()], ["Level", "level", str()]]);
const windowsOpts = struct("v1.WindowsSecurityContextOptions", [
  ["GMSACredentialSpecName", "gmsaCredentialSpecName", ptr(str())],
  ["GMSACredentialSpec", "gmsaCredentialSpec", ptr(str())],
  ["RunAsUserName", "runAsUserName", ptr(str())],
]);
const seccomp = struct("v1.SeccompProfile", [["Type", "type", str("v1.SeccompProfileType")], ["LocalhostProfile", "localhostProfile", ptr(str())]]);

const volumeSource: GoField[] = [
  ["HostPath", "hostPath", ptr(struct("v1.HostPathVolumeSource", [["Path", "path", str()], ["Type", "type", ptr(str("v1.HostPathType"))]]))],
  ["EmptyDir", "emptyDir", ptr(struct("v1.EmptyDirVolumeSource", [["Medium", "medium", str("v1.StorageMedium")], ["SizeLimit", "sizeLimit", ptr({ k: "quantity" })]]))],
  ["GCEPersistentDisk", "gcePersistentDisk", ptr(opaque("v1.GCEPersistentDiskVolumeSource"))],
  ["AWSElasticBlockStore", "awsElasticBlockStore", ptr(opaque("v1.AWSElasticBlockStoreVolumeSource"))],
  ["GitRepo", "gitRepo", ptr(opaque("v1.GitRepoVolumeSource"))],
  ["Secret", "secret", ptr(struct("v1.SecretVolumeSource", [
    ["SecretName", "secretName", str()], ["Items", "items", slice(keyToPath)], ["DefaultMode", "defaultMode", ptr(i32)], ["Optional", "optional", ptr(bool)],
  ]))],
  ["NFS", "nfs", ptr(opaque("v1.NFSVolumeSource"))],
  ["ISCSI", "iscsi", ptr(opaque("v1.ISCSIVolumeSource"))],
  ["Glusterfs", "glusterfs", ptr(opaque("v1.GlusterfsVolumeSource"))],
  ["PersistentVolumeClaim", "persistentVolumeClaim", ptr(struct("v1.PersistentVolumeClaimVolumeSource", [["ClaimName", "claimName", str()], ["ReadOnly", "readOnly", bool]]))],
  ["RBD", "rbd", ptr(opaque("v1.RBDVolumeSource"))],
  ["FlexVolume", "flexVolume", ptr(opaque("v1.FlexVolumeSource"))],
  ["Cinder", "cinder", ptr(opaque("v1.CinderVolumeSource"))],
  ["CephFS", "cephfs", ptr(opaque("v1.CephFSVolumeSource"))],
  ["Flocker", "flocker", ptr(opaque("v1.FlockerVolumeSource"))],
  ["DownwardAPI", "downwardAPI", ptr(opaque("v1.DownwardAPIVolumeSource"))],
  ["FC", "fc", ptr(opaque("v1.FCVolumeSource"))],
  ["AzureFile", "azureFile", ptr(opaque("v1.AzureFileVolumeSource"))],
  ["ConfigMap", "configMap", ptr(struct("v1.ConfigMapVolumeSource", [
    ["LocalObjectReference", null, localRef], ["Items", "items", slice(keyToPath)], ["DefaultMode", "defaultMode", ptr(i32)], ["Optional", "optional", ptr(bool)],
  ]))],
  ["VsphereVolume", "vsphereVolume", ptr(opaque("v1.VsphereVirtualDiskVolumeSource"))],
  ["Quobyte", "quobyte", ptr(opaque("v1.QuobyteVolumeSource"))],
  ["AzureDisk", "azureDisk", ptr(opaque("v1.AzureDiskVolumeSource"))],
  ["PhotonPersistentDisk", "photonPersistentDisk", ptr(opaque("v1.PhotonPersistentDiskVolumeSource"))],
  ["Projected", "projected", ptr(opaque("v1.ProjectedVolumeSource"))],
  ["PortworxVolume", "portworxVolume", ptr(opaque("v1.PortworxVolumeSource"))],
  ["ScaleIO", "scaleIO", ptr(opaque("v1.ScaleIOVolumeSource"))],
  ["StorageOS", "storageos", ptr(opaque("v1.StorageOSVolumeSource"))],
  ["CSI", "csi", ptr(opaque("v1.CSIVolumeSource"))],
  ["Ephemeral", "ephemeral", ptr(opaque("v1.EphemeralVolumeSource"))],
];
const volume = struct("v1.Volume", [["Name", "name", str()], ["VolumeSource", null, struct("v1.VolumeSource", volumeSource)]]);

const envVarSource = struct("v1.EnvVarSource", [
  ["FieldRef", "fieldRef", ptr(struct("v1.ObjectFieldSelector", [["APIVersion", "apiVersion", str()], ["FieldPath", "fieldPath", str()]]))],
  ["ResourceFieldRef", "resourceFieldRef", ptr(struct("v1.ResourceFieldSelector", [
    ["ContainerName", "containerName", str()], ["Resource", "resource", str()], ["Divisor", "divisor", { k: "quantity" }],
  ]))],
  ["ConfigMapKeyRef", "configMapKeyRef", ptr(struct("v1.ConfigMapKeySelector", [["LocalObjectReference", null, localRef], ["Key", "key", str()], ["Optional", "optional", ptr(bool)]]))],
  ["SecretKeyRef", "secretKeyRef", ptr(struct("v1.SecretKeySelector", [["LocalObjectReference", null, localRef], ["Key", "key", str()], ["Optional", "optional", ptr(bool)]]))],
]);
const envFrom = struct("v1.EnvFromSource", [
  ["Prefix", "prefix", str()],
  ["ConfigMapRef", "configMapRef", ptr(struct("v1.ConfigMapEnvSource", [["LocalObjectReference", null, localRef], ["Optional", "optional", ptr(bool)]]))],
  ["SecretRef", "secretRef", ptr(struct("v1.SecretEnvSource", [["LocalObjectReference", null, localRef], ["Optional", "optional", ptr(bool)]]))],
]);
const handler = struct("v1.Handler", [
  ["Exec", "exec", ptr(struct("v1.ExecAction", [["Command", "command", strings]]))],
  ["HTTPGet", "httpGet", ptr(struct("v1.HTTPGetAction", [
    ["Path", "path", str()], ["Port", "port", { k: "intOrString" }], ["Host", "host", str()], ["Scheme", "scheme", str("v1.URIScheme")],
    ["HTTPHeaders", "httpHeaders", slice(struct("v1.HTTPHeader", [["Name", "name", str()], ["Value", "value", str()]]))],
  ]))],
  ["TCPSocket", "tcpSocket", ptr(struct("v1.TCPSocketAction", [["Port", "port", { k: "intOrString" }], ["Host", "host", str()]]))],
]);
const probe = struct("v1.Probe", [
  ["Handler", null, handler], ["InitialDelaySeconds", "initialDelaySeconds", i32], ["TimeoutSeconds", "timeoutSeconds", i32],
  ["PeriodSeconds", "periodSeconds", i32], ["SuccessThreshold", "successThreshold", i32], ["FailureThreshold", "failureThreshold", i32],
]);
const securityContext = struct("v1.SecurityContext", [
  ["Capabilities", "capabilities", ptr(struct("v1.Capabilities", [["Add", "add", slice(str("v1.Capability"))], ["Drop", "drop", slice(str("v1.Capability"))]]))],
  ["Privileged", "privileged", ptr(bool)], ["SELinuxOptions", "seLinuxOptions", ptr(seLinux)], ["WindowsOptions", "windowsOptions", ptr(windowsOpts)],
  ["RunAsUser", "runAsUser", ptr(i64)], ["RunAsGroup", "runAsGroup", ptr(i64)], ["RunAsNonRoot", "runAsNonRoot", ptr(bool)],
  ["ReadOnlyRootFilesystem", "readOnlyRootFilesystem", ptr(bool)], ["AllowPrivilegeEscalation", "allowPrivilegeEscalation", ptr(bool)],
  ["ProcMount", "procMount", ptr(str("v1.ProcMountType"))], ["SeccompProfile", "seccompProfile", ptr(seccomp)],
]);
const containerFields: GoField[] = [
  ["Name", "name", str()], ["Image", "image", str()], ["Command", "command", strings], ["Args", "args", strings],
  ["WorkingDir", "workingDir", str()],
  ["Ports", "ports", slice(struct("v1.ContainerPort", [
    ["Name", "name", str()], ["HostPort", "hostPort", i32], ["ContainerPort", "containerPort", i32], ["Protocol", "protocol", str("v1.Protocol")], ["HostIP", "hostIP", str()],
  ]))],
  ["EnvFrom", "envFrom", slice(envFrom)],
  ["Env", "env", slice(struct("v1.EnvVar", [["Name", "name", str()], ["Value", "value", str()], ["ValueFrom", "valueFrom", ptr(envVarSource)]]))],
  ["Resources", "resources", struct("v1.ResourceRequirements", [["Limits", "limits", resourceList], ["Requests", "requests", resourceList]])],
  ["VolumeMounts", "volumeMounts", slice(struct("v1.VolumeMount", [
    ["Name", "name", str()], ["ReadOnly", "readOnly", bool], ["MountPath", "mountPath", str()], ["SubPath", "subPath", str()],
    ["MountPropagation", "mountPropagation", ptr(str("v1.MountPropagationMode"))], ["SubPathExpr", "subPathExpr", str()],
  ]))],
  ["VolumeDevices", "volumeDevices", slice(struct("v1.VolumeDevice", [["Name", "name", str()], ["DevicePath", "devicePath", str()]]))],
  ["LivenessProbe", "livenessProbe", ptr(probe)], ["ReadinessProbe", "readinessProbe", ptr(probe)], ["StartupProbe", "startupProbe", ptr(probe)],
  ["Lifecycle", "lifecycle", ptr(struct("v1.Lifecycle", [["PostStart", "postStart", ptr(handler)], ["PreStop", "preStop", ptr(handler)]]))],
  ["TerminationMessagePath", "terminationMessagePath", str()],
  ["TerminationMessagePolicy", "terminationMessagePolicy", str("v1.TerminationMessagePolicy")],
  ["ImagePullPolicy", "imagePullPolicy", str("v1.PullPolicy")], ["SecurityContext", "securityContext", ptr(securityContext)],
  ["Stdin", "stdin", bool], ["StdinOnce", "stdinOnce", bool], ["TTY", "tty", bool],
];
const container = struct("v1.Container", containerFields);

const podSecurityContext = struct("v1.PodSecurityContext", [
  ["SELinuxOptions", "seLinuxOptions", ptr(seLinux)], ["WindowsOptions", "windowsOptions", ptr(windowsOpts)],
  ["RunAsUser", "runAsUser", ptr(i64)], ["RunAsGroup", "runAsGroup", ptr(i64)], ["RunAsNonRoot", "runAsNonRoot", ptr(bool)],
  ["SupplementalGroups", "supplementalGroups", slice(i64)], ["FSGroup", "fsGroup", ptr(i64)],
  ["Sysctls", "sysctls", slice(struct("v1.Sysctl", [["Name", "name", str()], ["Value", "value", str()]]))],
  ["FSGroupChangePolicy", "fsGroupChangePolicy", ptr(str("v1.PodFSGroupChangePolicy"))], ["SeccompProfile", "seccompProfile", ptr(seccomp)],
]);
const toleration = struct("v1.Toleration", [
  ["Key", "key", str()], ["Operator", "operator", str("v1.TolerationOperator")], ["Value", "value", str()],
  ["Effect", "effect", str("v1.TaintEffect")], ["TolerationSeconds", "tolerationSeconds", ptr(i64)],
]);

const podSpec = struct("v1.PodSpec", [
  ["Volumes", "volumes", slice(volume)], ["InitContainers", "initContainers", slice(container)], ["Containers", "containers", slice(container)],
  ["EphemeralContainers", "ephemeralContainers", slice(opaque("v1.EphemeralContainer"))],
  ["RestartPolicy", "restartPolicy", str("v1.RestartPolicy")], ["TerminationGracePeriodSeconds", "terminationGracePeriodSeconds", ptr(i64)],
  ["ActiveDeadlineSeconds", "activeDeadlineSeconds", ptr(i64)], ["DNSPolicy", "dnsPolicy", str("v1.DNSPolicy")],
  ["NodeSelector", "nodeSelector", strMap], ["ServiceAccountName", "serviceAccountName", str()],
  ["DeprecatedServiceAccount", "serviceAccount", str()], ["AutomountServiceAccountToken", "automountServiceAccountToken", ptr(bool)],
  ["NodeName", "nodeName", str()], ["HostNetwork", "hostNetwork", bool], ["HostPID", "hostPID", bool], ["HostIPC", "hostIPC", bool],
  ["ShareProcessNamespace", "shareProcessNamespace", ptr(bool)], ["SecurityContext", "securityContext", ptr(podSecurityContext)],
  ["ImagePullSecrets", "imagePullSecrets", slice(localRef)], ["Hostname", "hostname", str()], ["Subdomain", "subdomain", str()],
  ["Affinity", "affinity", ptr(opaque("v1.Affinity"))], ["SchedulerName", "schedulerName", str()],
  ["Tolerations", "tolerations", slice(toleration)],
  ["HostAliases", "hostAliases", slice(struct("v1.HostAlias", [["IP", "ip", str()], ["Hostnames", "hostnames", strings]]))],
  ["PriorityClassName", "priorityClassName", str()], ["Priority", "priority", ptr(i32)],
  ["DNSConfig", "dnsConfig", ptr(opaque("v1.PodDNSConfig"))],
  ["ReadinessGates", "readinessGates", slice(struct("v1.PodReadinessGate", [["ConditionType", "conditionType", str("v1.PodConditionType")]]))],
  ["RuntimeClassName", "runtimeClassName", ptr(str())], ["EnableServiceLinks", "enableServiceLinks", ptr(bool)],
  ["PreemptionPolicy", "preemptionPolicy", ptr(str("v1.PreemptionPolicy"))], ["Overhead", "overhead", resourceList],
  ["TopologySpreadConstraints", "topologySpreadConstraints", slice(opaque("v1.TopologySpreadConstraint"))],
  ["SetHostnameAsFQDN", "setHostnameAsFQDN", ptr(bool)],
]);

const objectMeta = struct("v1.ObjectMeta", [
  ["Name", "name", str()], ["GenerateName", "generateName", str()], ["Namespace", "namespace", str()], ["SelfLink", "selfLink", str()],
  ["UID", "uid", str("types.UID")], ["ResourceVersion", "resourceVersion", str()], ["Generation", "generation", i64],
  ["CreationTimestamp", "creationTimestamp", { k: "time" }], ["DeletionTimestamp", "deletionTimestamp", ptr({ k: "time" })],
  ["DeletionGracePeriodSeconds", "deletionGracePeriodSeconds", ptr(i64)], ["Labels", "labels", strMap],
  ["Annotations", "annotations", strMap], ["OwnerReferences", "ownerReferences", slice(opaque("v1.OwnerReference"))],
  ["Finalizers", "finalizers", strings], ["ClusterName", "clusterName", str()],
  ["ManagedFields", "managedFields", slice(opaque("v1.ManagedFieldsEntry"))],
]);

/** v1.PodTemplateSpec as declared in k8s.io/api/core/v1/types.go (v1.20). */
export const podTemplateSpecType: GoType = struct("v1.PodTemplateSpec", [["ObjectMeta", "metadata", objectMeta], ["Spec", "spec", podSpec]]);
