/**
 * The kube-system workloads kubeadm's addons and minikube create: the CoreDNS Deployment (its
 * ReplicaSet `coredns-74ff55c5b` and one pod), the kube-proxy DaemonSet (one pod) and minikube's
 * storage-provisioner pod, with their ServiceAccounts and ConfigMaps (manifests of
 * cmd/kubeadm/app/phases/addons/{dns,proxy} in v1.20 and minikube's storage-provisioner.yaml).
 */
import type { KubeObject } from "../types";
import { KUBERNETES_VERSION, NODE_NAME } from "./minikube-facts";
import { clone } from "../store/deep-freeze";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = Record<string, any>;

/** The pod-template-hash of CoreDNS's ReplicaSet on every minikube v1.18 / k8s v1.20.2 cluster. */
export const COREDNS_HASH = "74ff55c5b";

const COREFILE = `.:53 {
    errors
    health {
       lameduck 5s
    }
    ready
    kubernetes cluster.local in-addr.arpa ip6.arpa {
       pods insecure
       fallthrough in-addr.arpa ip6.arpa
       ttl 30
    }
    prometheus :9153
    hosts {
       192.168.49.1 host.minikube.internal
       fallthrough
    }
    forward . /etc/resolv.conf {
       max_concurrent 1000
    }
    cache 30
    loop
    reload
    loadbalance
}
`;

export function addonServiceAccounts(): KubeObject[] {
  return ["coredns", "kube-proxy", "storage-provisioner"].map((name) => ({
    apiVersion: "v1",
    kind: "ServiceAccount",
    metadata: { name, namespace: "kube-system", ...(name === "storage-provisioner" ? { labels: { "addonmanager.kubernetes.io/mode": "Reconcile" } } : {}) },
  }));
}

export function addonConfigMaps(): KubeObject[] {
  return [
    { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "coredns", namespace: "kube-system" }, data: { Corefile: COREFILE } },
    {
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: "kube-proxy", namespace: "kube-system", labels: { app: "kube-proxy" } },
      data: {
        "config.conf": "apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nclusterCIDR: 10.244.0.0/16\nmode: \"\"\n",
        "kubeconfig.conf": "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt\n    server: https://control-plane.minikube.internal:8443\n  name: default\n",
      },
    },
  ];
}

const DNS_LABELS = { "k8s-app": "kube-dns" };

function corednsPodSpec(): Json {
  return {
    volumes: [{ name: "config-volume", configMap: { name: "coredns", items: [{ key: "Corefile", path: "Corefile" }] } }],
    containers: [{
      name: "coredns",
      image: "k8s.gcr.io/coredns:1.7.0",
      args: ["-conf", "/etc/coredns/Corefile"],
      ports: [
        { name: "dns", containerPort: 53, protocol: "UDP" },
        { name: "dns-tcp", containerPort: 53, protocol: "TCP" },
        { name: "metrics", containerPort: 9153, protocol: "TCP" },
      ],
      resources: { limits: { memory: "170Mi" }, requests: { cpu: "100m", memory: "70Mi" } },
      volumeMounts: [{ name: "config-volume", readOnly: true, mountPath: "/etc/coredns" }],
      livenessProbe: { httpGet: { path: "/health", port: 8080, scheme: "HTTP" }, initialDelaySeconds: 60, timeoutSeconds: 5, periodSeconds: 10, successThreshold: 1, failureThreshold: 5 },
      readinessProbe: { httpGet: { path: "/ready", port: 8181, scheme: "HTTP" }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 },
      imagePullPolicy: "IfNotPresent",
      securityContext: { capabilities: { add: ["NET_BIND_SERVICE"], drop: ["all"] }, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false },
    }],
    dnsPolicy: "Default",
    nodeSelector: { "kubernetes.io/os": "linux" },
    serviceAccountName: "coredns",
    serviceAccount: "coredns",
    tolerations: [
      { key: "CriticalAddonsOnly", operator: "Exists" },
      { key: "node-role.kubernetes.io/master", effect: "NoSchedule" },
      { key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" },
    ],
    priorityClassName: "system-cluster-critical",
  };
}

export function corednsDeployment(): KubeObject {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "coredns", namespace: "kube-system", labels: { ...DNS_LABELS }, annotations: { "deployment.kubernetes.io/revision": "1" } },
    spec: {
      replicas: 1,
      selector: { matchLabels: { ...DNS_LABELS } },
      template: { metadata: { labels: { ...DNS_LABELS } }, spec: corednsPodSpec() },
      strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1, maxSurge: "25%" } },
    },
  };
}

/** The ReplicaSet the deployment controller made; its template equals the Deployment's plus the hash label. */
export function corednsReplicaSet(deployment: KubeObject): KubeObject {
  const labels = { ...DNS_LABELS, "pod-template-hash": COREDNS_HASH };
  return {
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    metadata: {
      name: `coredns-${COREDNS_HASH}`,
      namespace: "kube-system",
      labels,
      annotations: { "deployment.kubernetes.io/desired-replicas": "1", "deployment.kubernetes.io/max-replicas": "2", "deployment.kubernetes.io/revision": "1" },
      ownerReferences: [{ apiVersion: "apps/v1", kind: "Deployment", name: "coredns", uid: deployment.metadata.uid ?? "", controller: true, blockOwnerDeletion: true }],
    },
    spec: {
      replicas: 1,
      selector: { matchLabels: labels },
      template: { metadata: { labels }, spec: clone(deployment.spec.template.spec) },
    },
  };
}

export function corednsPod(rs: KubeObject, name: string): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name,
      generateName: `${rs.metadata.name}-`,
      namespace: "kube-system",
      labels: { ...rs.spec.template.metadata.labels },
      ownerReferences: [{ apiVersion: "apps/v1", kind: "ReplicaSet", name: rs.metadata.name ?? "", uid: rs.metadata.uid ?? "", controller: true, blockOwnerDeletion: true }],
    },
    spec: { ...clone(rs.spec.template.spec), nodeName: NODE_NAME },
  };
}

function kubeProxyPodSpec(): Json {
  return {
    volumes: [
      { name: "kube-proxy", configMap: { name: "kube-proxy" } },
      { name: "xtables-lock", hostPath: { path: "/run/xtables.lock", type: "FileOrCreate" } },
      { name: "lib-modules", hostPath: { path: "/lib/modules", type: "" } },
    ],
    containers: [{
      name: "kube-proxy",
      image: `k8s.gcr.io/kube-proxy:${KUBERNETES_VERSION}`,
      command: ["/usr/local/bin/kube-proxy", "--config=/var/lib/kube-proxy/config.conf", "--hostname-override=$(NODE_NAME)"],
      env: [{ name: "NODE_NAME", valueFrom: { fieldRef: { apiVersion: "v1", fieldPath: "spec.nodeName" } } }],
      resources: {},
      volumeMounts: [
        { name: "kube-proxy", mountPath: "/var/lib/kube-proxy" },
        { name: "xtables-lock", mountPath: "/run/xtables.lock" },
        { name: "lib-modules", readOnly: true, mountPath: "/lib/modules" },
      ],
      imagePullPolicy: "IfNotPresent",
      securityContext: { privileged: true },
    }],
    nodeSelector: { "kubernetes.io/os": "linux" },
    serviceAccountName: "kube-proxy",
    serviceAccount: "kube-proxy",
    hostNetwork: true,
    tolerations: [{ key: "CriticalAddonsOnly", operator: "Exists" }, { operator: "Exists" }],
    priorityClassName: "system-node-critical",
  };
}

export function kubeProxyDaemonSet(): KubeObject {
  const labels = { "k8s-app": "kube-proxy" };
  return {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: { name: "kube-proxy", namespace: "kube-system", labels: { ...labels }, annotations: { "deprecated.daemonset.template.generation": "1" } },
    spec: { selector: { matchLabels: labels }, template: { metadata: { labels }, spec: kubeProxyPodSpec() }, updateStrategy: { type: "RollingUpdate" } },
  };
}

export function kubeProxyPod(ds: KubeObject, name: string, revisionHash: string): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name,
      generateName: "kube-proxy-",
      namespace: "kube-system",
      labels: { "controller-revision-hash": revisionHash, "k8s-app": "kube-proxy", "pod-template-generation": "1" },
      ownerReferences: [{ apiVersion: "apps/v1", kind: "DaemonSet", name: "kube-proxy", uid: ds.metadata.uid ?? "", controller: true, blockOwnerDeletion: true }],
    },
    spec: {
      ...clone(ds.spec.template.spec),
      nodeName: NODE_NAME,
      // The DaemonSet controller pins its pods to their node (daemon/util.ReplaceDaemonSetPodNodeNameNodeAffinity).
      affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: "metadata.name", operator: "In", values: [NODE_NAME] }] }] } } },
    },
  };
}

export function storageProvisionerPod(): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name: "storage-provisioner",
      namespace: "kube-system",
      labels: { "addonmanager.kubernetes.io/mode": "Reconcile", "integration-test": "storage-provisioner" },
    },
    spec: {
      volumes: [{ name: "tmp", hostPath: { path: "/tmp", type: "Directory" } }],
      containers: [{
        name: "storage-provisioner",
        image: "gcr.io/k8s-minikube/storage-provisioner:v4",
        command: ["/storage-provisioner"],
        resources: {},
        volumeMounts: [{ name: "tmp", mountPath: "/tmp" }],
        imagePullPolicy: "IfNotPresent",
      }],
      serviceAccountName: "storage-provisioner",
      nodeName: NODE_NAME,
      hostNetwork: true,
    },
  };
}

/** kube-dns Endpoints while the CoreDNS pod is ready (the endpoints controller keeps it afterwards). */
export function kubeDnsEndpoints(podIP: string, pod: KubeObject): KubeObject {
  const target = { kind: "Pod", namespace: "kube-system", name: pod.metadata.name, uid: pod.metadata.uid, resourceVersion: pod.metadata.resourceVersion };
  return {
    apiVersion: "v1",
    kind: "Endpoints",
    metadata: { name: "kube-dns", namespace: "kube-system", labels: { "k8s-app": "kube-dns", "kubernetes.io/cluster-service": "true", "kubernetes.io/name": "KubeDNS" } },
    subsets: [{
      addresses: [{ ip: podIP, nodeName: NODE_NAME, targetRef: target }],
      ports: [
        { name: "dns-tcp", port: 53, protocol: "TCP" },
        { name: "dns", port: 53, protocol: "UDP" },
        { name: "metrics", port: 9153, protocol: "TCP" },
      ],
    }],
  };
}

