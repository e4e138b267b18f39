/**
 * A compact OpenAPI schema for `kubectl explain`: the kinds and fields students meet first (pods,
 * deployments, replica sets, services, namespaces, config maps, secrets, jobs, nodes). Descriptions
 * follow the v1.20 API documentation, some shortened; types use explain's notation.
 */

export interface FieldDoc {
  type: string; // "<string>", "<Object>", "<[]Object>", "<map[string]string>", "<integer>", "<boolean>"
  desc: string;
  required?: boolean;
  /** the schema of an Object / []Object field */
  ref?: string;
}

export interface TypeDoc {
  desc: string;
  fields: Record<string, FieldDoc>;
}

const API_CONVENTIONS = "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md";
const API_VERSION: FieldDoc = {
  type: "<string>",
  desc: `APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: ${API_CONVENTIONS}#resources`,
};
const KIND: FieldDoc = {
  type: "<string>",
  desc: `Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: ${API_CONVENTIONS}#types-kinds`,
};
const METADATA: FieldDoc = { type: "<Object>", desc: `Standard object's metadata. More info: ${API_CONVENTIONS}#metadata`, ref: "ObjectMeta" };

function top(desc: string, spec?: [string, string], status?: [string, string], extra: Record<string, FieldDoc> = {}): TypeDoc {
  const fields: Record<string, FieldDoc> = { apiVersion: API_VERSION, kind: KIND, metadata: METADATA, ...extra };
  if (spec) fields.spec = { type: "<Object>", desc: spec[1], ref: spec[0] };
  if (status) fields.status = { type: "<Object>", desc: status[1], ref: status[0] };
  return { desc, fields };
}

export const TYPES: Record<string, TypeDoc> = {
  Pod: top(
    "Pod is a collection of containers that can run on your host. This resource is created by clients and scheduled onto hosts.",
    ["PodSpec", `Specification of the desired behavior of the pod. More info: ${API_CONVENTIONS}#spec-and-status`],
    ["PodStatus", `Most recently observed status of the pod. This data may not be up to date. Populated by the system. Read-only. More info: ${API_CONVENTIONS}#spec-and-status`],
  ),
  Deployment: top(
    "Deployment enables declarative updates for Pods and ReplicaSets.",
    ["DeploymentSpec", "Specification of the desired behavior of the Deployment."],
    ["DeploymentStatus", "Most recently observed status of the Deployment."],
  ),
  ReplicaSet: top(
    "ReplicaSet ensures that a specified number of pod replicas are running at any given time.",
    ["ReplicaSetSpec", `Spec defines the specification of the desired behavior of the ReplicaSet. More info: ${API_CONVENTIONS}#spec-and-status`],
    ["ReplicaSetStatus", `Status is the most recently observed status of the ReplicaSet. This data may be out of date by some window of time. Populated by the system. Read-only. More info: ${API_CONVENTIONS}#spec-and-status`],
  ),
  Service: top(
    "Service is a named abstraction of software service (for example, mysql) consisting of local port (for example 3306) that the proxy listens on, and the selector that determines which pods will answer requests sent through the proxy.",
    ["ServiceSpec", `Spec defines the behavior of a service. ${API_CONVENTIONS}#spec-and-status`],
    ["ServiceStatus", `Most recently observed status of the service. Populated by the system. Read-only. More info: ${API_CONVENTIONS}#spec-and-status`],
  ),
  Namespace: top(
    "Namespace provides a scope for Names. Use of multiple namespaces is optional.",
    ["NamespaceSpec", `Spec defines the behavior of the Namespace. More info: ${API_CONVENTIONS}#spec-and-status`],
    ["NamespaceStatus", `Status describes the current status of a Namespace. More info: ${API_CONVENTIONS}#spec-and-status`],
  ),
  ConfigMap: top("ConfigMap holds configuration data for pods to consume.", undefined, undefined, {
    data: { type: "<map[string]string>", desc: "Data contains the configuration data. Each key must consist of alphanumeric characters, '-', '_' or '.'. Values with non-UTF-8 byte sequences must use the BinaryData field. The keys stored in Data must not overlap with the keys in the BinaryData field, this is enforced during validation process." },
    binaryData: { type: "<map[string]string>", desc: "BinaryData contains the binary data. Each key must consist of alphanumeric characters, '-', '_' or '.'. BinaryData can contain byte sequences that are not in the UTF-8 range." },
    immutable: { type: "<boolean>", desc: "Immutable, if set to true, ensures that data stored in the ConfigMap cannot be updated (only object metadata can be modified). If not set to true, the field can be modified at any time. Defaulted to nil." },
  }),
  Secret: top("Secret holds secret data of a certain type. The total bytes of the values in the Data field must be less than MaxSecretSize bytes.", undefined, undefined, {
    data: { type: "<map[string]string>", desc: "Data contains the secret data. Each key must consist of alphanumeric characters, '-', '_' or '.'. The serialized form of the secret data is a base64 encoded string, representing the arbitrary (possibly non-string) data value here. Described in https://tools.ietf.org/html/rfc4648#section-4" },
    stringData: { type: "<map[string]string>", desc: "stringData allows specifying non-binary secret data in string form. It is provided as a write-only convenience method. All keys and values are merged into the data field on write, overwriting any existing values. It is never output when reading from the API." },
    type: { type: "<string>", desc: "Used to facilitate programmatic handling of secret data." },
    immutable: { type: "<boolean>", desc: "Immutable, if set to true, ensures that data stored in the Secret cannot be updated (only object metadata can be modified). If not set to true, the field can be modified at any time. Defaulted to nil." },
  }),
  Job: top(
    "Job represents the configuration of a single job.",
    ["JobSpec", `Specification of the desired behavior of a job. More info: ${API_CONVENTIONS}#spec-and-status`],
    ["JobStatus", `Current status of a job. More info: ${API_CONVENTIONS}#spec-and-status`],
  ),
  Node: top(
    "Node is a worker node in Kubernetes. Each node will have a unique identifier in the cache (i.e. in etcd).",
    ["NodeSpec", `Spec defines the behavior of a node. ${API_CONVENTIONS}#spec-and-status`],
    ["NodeStatus", `Most recently observed status of the node. Populated by the system. Read-only. More info: ${API_CONVENTIONS}#spec-and-status`],
  ),
  ObjectMeta: {
    desc: "ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create.",
    fields: {
      annotations: { type: "<map[string]string>", desc: "Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata. They are not queryable and should be preserved when modifying objects. More info: http://kubernetes.io/docs/user-guide/annotations" },
      creationTimestamp: { type: "<string>", desc: "CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC." },
      generateName: { type: "<string>", desc: "GenerateName is an optional prefix, used by the server, to generate a unique name ONLY IF the Name field has not been provided." },
      labels: { type: "<map[string]string>", desc: "Map of string keys and values that can be used to organize and categorize (scope and select) objects. May match selectors of replication controllers and services. More info: http://kubernetes.io/docs/user-guide/labels" },
      name: { type: "<string>", desc: "Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: http://kubernetes.io/docs/user-guide/identifiers#names" },
      namespace: { type: "<string>", desc: "Namespace defines the space within which each name must be unique. An empty namespace is equivalent to the \"default\" namespace, but \"default\" is the canonical representation. Not all objects are required to be scoped to a namespace - the value of this field for those objects will be empty. Must be a DNS_LABEL. Cannot be updated. More info: http://kubernetes.io/docs/user-guide/namespaces" },
      ownerReferences: { type: "<[]Object>", desc: "List of objects depended by this object. If ALL objects in the list have been deleted, this object will be garbage collected. If this object is managed by a controller, then an entry in this list will point to this controller, with the controller field set to true. There cannot be more than one managing controller." },
      resourceVersion: { type: "<string>", desc: `An opaque value that represents the internal version of this object that can be used by clients to determine when objects have changed. May be used for optimistic concurrency, change detection, and the watch operation on a resource or set of resources. Clients must treat these values as opaque and passed unmodified back to the server. Populated by the system. Read-only. More info: ${API_CONVENTIONS}#concurrency-control-and-consistency` },
      uid: { type: "<string>", desc: "UID is the unique in time and space value for this object. It is typically generated by the server on successful creation of a resource and is not allowed to change on PUT operations. Populated by the system. Read-only. More info: http://kubernetes.io/docs/user-guide/identifiers#uids" },
    },
  },
  PodSpec: {
    desc: "PodSpec is a description of a pod.",
    fields: {
      containers: { type: "<[]Object>", required: true, ref: "Container", desc: "List of containers belonging to the pod. Containers cannot currently be added or removed. There must be at least one container in a Pod. Cannot be updated." },
      dnsPolicy: { type: "<string>", desc: "Set DNS policy for the pod. Defaults to \"ClusterFirst\". Valid values are 'ClusterFirstWithHostNet', 'ClusterFirst', 'Default' or 'None'." },
      initContainers: { type: "<[]Object>", ref: "Container", desc: "List of initialization containers belonging to the pod. Init containers are executed in order prior to containers being started. More info: https://kubernetes.io/docs/concepts/workloads/pods/init-containers/" },
      nodeName: { type: "<string>", desc: "NodeName is a request to schedule this pod onto a specific node. If it is non-empty, the scheduler simply schedules this pod onto that node, assuming that it fits resource requirements." },
      nodeSelector: { type: "<map[string]string>", desc: "NodeSelector is a selector which must be true for the pod to fit on a node. Selector which must match a node's labels for the pod to be scheduled on that node. More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/" },
      restartPolicy: { type: "<string>", desc: "Restart policy for all containers within the pod. One of Always, OnFailure, Never. Default to Always. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy" },
      serviceAccountName: { type: "<string>", desc: "ServiceAccountName is the name of the ServiceAccount to use to run this pod. More info: https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/" },
      terminationGracePeriodSeconds: { type: "<integer>", desc: "Optional duration in seconds the pod needs to terminate gracefully. May be decreased in delete request. Value must be non-negative integer. The value zero indicates delete immediately. Defaults to 30 seconds." },
      tolerations: { type: "<[]Object>", desc: "If specified, the pod's tolerations." },
      volumes: { type: "<[]Object>", desc: "List of volumes that can be mounted by containers belonging to the pod. More info: https://kubernetes.io/docs/concepts/storage/volumes" },
    },
  },
  Container: {
    desc: "A single application container that you want to run within a pod.",
    fields: {
      args: { type: "<[]string>", desc: "Arguments to the entrypoint. The docker image's CMD is used if this is not provided. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell" },
      command: { type: "<[]string>", desc: "Entrypoint array. Not executed within a shell. The docker image's ENTRYPOINT is used if this is not provided. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell" },
      env: { type: "<[]Object>", desc: "List of environment variables to set in the container. Cannot be updated." },
      image: { type: "<string>", desc: "Docker image name. More info: https://kubernetes.io/docs/concepts/containers/images This field is optional to allow higher level config management to default or override container images in workload controllers like Deployments and StatefulSets." },
      imagePullPolicy: { type: "<string>", desc: "Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise. Cannot be updated. More info: https://kubernetes.io/docs/concepts/containers/images#updating-images" },
      livenessProbe: { type: "<Object>", desc: "Periodic probe of container liveness. Container will be restarted if the probe fails. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes" },
      name: { type: "<string>", required: true, desc: "Name of the container specified as a DNS_LABEL. Each container in a pod must have a unique name (DNS_LABEL). Cannot be updated." },
      ports: { type: "<[]Object>", desc: "List of ports to expose from the container. Exposing a port here gives the system additional information about the network connections a container uses, but is primarily informational. Cannot be updated." },
      readinessProbe: { type: "<Object>", desc: "Periodic probe of container service readiness. Container will be removed from service endpoints if the probe fails. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes" },
      resources: { type: "<Object>", desc: "Compute Resources required by this container. Cannot be updated. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/" },
      volumeMounts: { type: "<[]Object>", desc: "Pod volumes to mount into the container's filesystem. Cannot be updated." },
    },
  },
  PodStatus: {
    desc: "PodStatus represents information about the status of a pod. Status may trail the actual state of a system, especially if the node that hosts the pod cannot contact the control plane.",
    fields: {
      conditions: { type: "<[]Object>", desc: "Current service state of pod. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions" },
      containerStatuses: { type: "<[]Object>", desc: "The list has one entry per container in the manifest. Each entry is currently the output of `docker inspect`. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-and-container-status" },
      hostIP: { type: "<string>", desc: "IP address of the host to which the pod is assigned. Empty if not yet scheduled." },
      phase: { type: "<string>", desc: "The phase of a Pod is a simple, high-level summary of where the Pod is in its lifecycle. The conditions array, the reason and message fields, and the individual container status arrays contain more detail about the pod's status." },
      podIP: { type: "<string>", desc: "IP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated." },
      startTime: { type: "<string>", desc: "RFC 3339 date and time at which the object was acknowledged by the Kubelet. This is before the Kubelet pulled the container image(s) for the pod." },
    },
  },
  DeploymentSpec: {
    desc: "DeploymentSpec is the specification of the desired behavior of the Deployment.",
    fields: {
      minReadySeconds: { type: "<integer>", desc: "Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)" },
      paused: { type: "<boolean>", desc: "Indicates that the deployment is paused." },
      progressDeadlineSeconds: { type: "<integer>", desc: "The maximum time in seconds for a deployment to make progress before it is considered to be failed. The deployment controller will continue to process failed deployments and a condition with a ProgressDeadlineExceeded reason will be surfaced in the deployment status. Note that progress will not be estimated during the time a deployment is paused. Defaults to 600s." },
      replicas: { type: "<integer>", desc: "Number of desired pods. This is a pointer to distinguish between explicit zero and not specified. Defaults to 1." },
      revisionHistoryLimit: { type: "<integer>", desc: "The number of old ReplicaSets to retain to allow rollback. This is a pointer to distinguish between explicit zero and not specified. Defaults to 10." },
      selector: { type: "<Object>", required: true, desc: "Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment. It must match the pod template's labels." },
      strategy: { type: "<Object>", desc: "The deployment strategy to use to replace existing pods with new ones." },
      template: { type: "<Object>", required: true, ref: "PodTemplateSpec", desc: "Template describes the pods that will be created." },
    },
  },
  ReplicaSetSpec: {
    desc: "ReplicaSetSpec is the specification of a ReplicaSet.",
    fields: {
      minReadySeconds: { type: "<integer>", desc: "Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)" },
      replicas: { type: "<integer>", desc: "Replicas is the number of desired replicas. This is a pointer to distinguish between explicit zero and unspecified. Defaults to 1. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller/#what-is-a-replicationcontroller" },
      selector: { type: "<Object>", required: true, desc: "Selector is a label query over pods that should match the replica count. Label keys and values that must match in order to be controlled by this replica set. It must match the pod template's labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors" },
      template: { type: "<Object>", ref: "PodTemplateSpec", desc: "Template is the object that describes the pod that will be created if insufficient replicas are detected. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#pod-template" },
    },
  },
  PodTemplateSpec: {
    desc: "PodTemplateSpec describes the data a pod should have when created from a template",
    fields: {
      metadata: METADATA,
      spec: { type: "<Object>", ref: "PodSpec", desc: `Specification of the desired behavior of the pod. More info: ${API_CONVENTIONS}#spec-and-status` },
    },
  },
  ServiceSpec: {
    desc: "ServiceSpec describes the attributes that a user creates on a service.",
    fields: {
      clusterIP: { type: "<string>", desc: "clusterIP is the IP address of the service and is usually assigned randomly. If an address is specified manually, is in-range (as per system configuration), and is not in use, it will be allocated to the service; otherwise creation of the service will fail. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies" },
      externalTrafficPolicy: { type: "<string>", desc: "externalTrafficPolicy denotes if this Service desires to route external traffic to node-local or cluster-wide endpoints. \"Local\" preserves the client source IP and avoids a second hop for LoadBalancer and Nodeport type services, but risks potentially imbalanced traffic spreading. \"Cluster\" obscures the client source IP and may cause a second hop to another node, but should have good overall load-spreading." },
      ports: { type: "<[]Object>", ref: "ServicePort", desc: "The list of ports that are exposed by this service. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies" },
      selector: { type: "<map[string]string>", desc: "Route service traffic to pods with label keys and values matching this selector. If empty or not present, the service is assumed to have an external process managing its endpoints, which Kubernetes will not modify. Only applies to types ClusterIP, NodePort, and LoadBalancer. Ignored if type is ExternalName. More info: https://kubernetes.io/docs/concepts/services-networking/service/" },
      sessionAffinity: { type: "<string>", desc: "Supports \"ClientIP\" and \"None\". Used to maintain session affinity. Enable client IP based session affinity. Must be ClientIP or None. Defaults to None. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies" },
      type: { type: "<string>", desc: "type determines how the Service is exposed. Defaults to ClusterIP. Valid options are ExternalName, ClusterIP, NodePort, and LoadBalancer. More info: https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types" },
    },
  },
  ServicePort: {
    desc: "ServicePort contains information on service's port.",
    fields: {
      name: { type: "<string>", desc: "The name of this port within the service. This must be a DNS_LABEL. All ports within a ServiceSpec must have unique names." },
      nodePort: { type: "<integer>", desc: "The port on each node on which this service is exposed when type is NodePort or LoadBalancer. Usually assigned by the system. If a value is specified, in-range, and not in use it will be used, otherwise the operation will fail. More info: https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport" },
      port: { type: "<integer>", required: true, desc: "The port that will be exposed by this service." },
      protocol: { type: "<string>", desc: "The IP protocol for this port. Supports \"TCP\", \"UDP\", and \"SCTP\". Default is TCP." },
      targetPort: { type: "<string>", desc: "Number or name of the port to access on the pods targeted by the service. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME. If this is a string, it will be looked up as a named port in the target Pod's container ports. If this is not specified, the value of the 'port' field is used (an identity map). More info: https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service" },
    },
  },
};
