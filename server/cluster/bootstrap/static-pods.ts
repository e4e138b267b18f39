/**
 * The control-plane static pods kubeadm writes to /etc/kubernetes/manifests and the kubelet mirrors
 * into the API (mirror pods: config.* annotations, owned by the Node, hostNetwork,
 * system-node-critical), with the commands minikube v1.18 passes.
 */
import { createHash } from "node:crypto";
import type { KubeObject } from "../types";
import { API_SERVER_PORT, KUBERNETES_VERSION, NODE_IP, NODE_NAME } from "./minikube-facts";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = Record<string, any>;

interface StaticPod {
  component: string;
  image: string;
  command: string[];
  requests: Record<string, string>;
  extraAnnotations?: Record<string, string>;
  volumes: { name: string; path: string; type: string; mountPath?: string; readOnly?: boolean }[];
  probePort: number;
  probeScheme: "HTTP" | "HTTPS";
  probePath: string;
  probeHost: string;
}

const CERTS = { name: "k8s-certs", path: "/var/lib/minikube/certs", type: "DirectoryOrCreate", readOnly: true };

const MANIFESTS: StaticPod[] = [
  {
    component: "etcd",
    image: "k8s.gcr.io/etcd:3.4.13-0",
    command: [
      "etcd", `--advertise-client-urls=https://${NODE_IP}:2379`, "--cert-file=/var/lib/minikube/certs/etcd/server.crt",
      "--client-cert-auth=true", "--data-dir=/var/lib/minikube/etcd", `--initial-advertise-peer-urls=https://${NODE_IP}:2380`,
      `--initial-cluster=minikube=https://${NODE_IP}:2380`, "--key-file=/var/lib/minikube/certs/etcd/server.key",
      `--listen-client-urls=https://127.0.0.1:2379,https://${NODE_IP}:2379`, "--listen-metrics-urls=http://127.0.0.1:2381",
      `--listen-peer-urls=https://${NODE_IP}:2380`, "--name=minikube", "--peer-cert-file=/var/lib/minikube/certs/etcd/peer.crt",
      "--peer-client-cert-auth=true", "--peer-key-file=/var/lib/minikube/certs/etcd/peer.key",
      "--peer-trusted-ca-file=/var/lib/minikube/certs/etcd/ca.crt", "--proxy-refresh-interval=70000",
      "--snapshot-count=10000", "--trusted-ca-file=/var/lib/minikube/certs/etcd/ca.crt",
    ],
    requests: { cpu: "100m", "ephemeral-storage": "100Mi", memory: "100Mi" },
    extraAnnotations: { "kubeadm.kubernetes.io/etcd.advertise-client-urls": `https://${NODE_IP}:2379` },
    volumes: [
      { name: "etcd-certs", path: "/var/lib/minikube/certs/etcd", type: "DirectoryOrCreate" },
      { name: "etcd-data", path: "/var/lib/minikube/etcd", type: "DirectoryOrCreate" },
    ],
    probePort: 2381, probeScheme: "HTTP", probePath: "/health", probeHost: "127.0.0.1",
  },
  {
    component: "kube-apiserver",
    image: `k8s.gcr.io/kube-apiserver:${KUBERNETES_VERSION}`,
    command: [
      "kube-apiserver", `--advertise-address=${NODE_IP}`, "--allow-privileged=true", "--authorization-mode=Node,RBAC",
      "--client-ca-file=/var/lib/minikube/certs/ca.crt",
      "--enable-admission-plugins=NamespaceLifecycle,LimitRanger,ServiceAccount,DefaultStorageClass,DefaultTolerationSeconds,NodeRestriction,MutatingAdmissionWebhook,ValidatingAdmissionWebhook,ResourceQuota",
      "--enable-bootstrap-token-auth=true", "--etcd-servers=https://127.0.0.1:2379", `--secure-port=${API_SERVER_PORT}`,
      "--service-account-issuer=https://kubernetes.default.svc.cluster.local", "--service-cluster-ip-range=10.96.0.0/12",
      "--tls-cert-file=/var/lib/minikube/certs/apiserver.crt", "--tls-private-key-file=/var/lib/minikube/certs/apiserver.key",
    ],
    requests: { cpu: "250m" },
    extraAnnotations: { "kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint": `${NODE_IP}:${API_SERVER_PORT}` },
    volumes: [
      { name: "ca-certs", path: "/etc/ssl/certs", type: "DirectoryOrCreate", readOnly: true },
      CERTS,
    ],
    probePort: API_SERVER_PORT, probeScheme: "HTTPS", probePath: "/livez", probeHost: NODE_IP,
  },
  {
    component: "kube-controller-manager",
    image: `k8s.gcr.io/kube-controller-manager:${KUBERNETES_VERSION}`,
    command: [
      "kube-controller-manager", "--allocate-node-cidrs=true", "--bind-address=127.0.0.1", "--cluster-cidr=10.244.0.0/16",
      "--cluster-name=mk", "--controllers=*,bootstrapsigner,tokencleaner", "--kubeconfig=/etc/kubernetes/controller-manager.conf",
      "--leader-elect=false", "--port=0", "--service-cluster-ip-range=10.96.0.0/12", "--use-service-account-credentials=true",
    ],
    requests: { cpu: "200m" },
    volumes: [
      { name: "kubeconfig", path: "/etc/kubernetes/controller-manager.conf", type: "FileOrCreate", readOnly: true },
      CERTS,
    ],
    probePort: 10257, probeScheme: "HTTPS", probePath: "/healthz", probeHost: "127.0.0.1",
  },
  {
    component: "kube-scheduler",
    image: `k8s.gcr.io/kube-scheduler:${KUBERNETES_VERSION}`,
    command: ["kube-scheduler", "--authentication-kubeconfig=/etc/kubernetes/scheduler.conf", "--bind-address=127.0.0.1", "--kubeconfig=/etc/kubernetes/scheduler.conf", "--leader-elect=false", "--port=0"],
    requests: { cpu: "100m" },
    volumes: [{ name: "kubeconfig", path: "/etc/kubernetes/scheduler.conf", type: "FileOrCreate", readOnly: true }],
    probePort: 10259, probeScheme: "HTTPS", probePath: "/healthz", probeHost: "127.0.0.1",
  },
];

function mirrorPod(m: StaticPod, node: KubeObject, seen: string): KubeObject {
  const hash = createHash("md5").update(JSON.stringify(m)).digest("hex");
  const probe = (path: string): Json => ({
    httpGet: { host: m.probeHost, path, port: m.probePort, scheme: m.probeScheme },
    initialDelaySeconds: 10, timeoutSeconds: 15, periodSeconds: 10, successThreshold: 1, failureThreshold: 8,
  });
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name: `${m.component}-${NODE_NAME}`,
      namespace: "kube-system",
      labels: { component: m.component, tier: "control-plane" },
      annotations: {
        ...(m.extraAnnotations ?? {}),
        "kubernetes.io/config.hash": hash,
        "kubernetes.io/config.mirror": hash,
        "kubernetes.io/config.seen": seen,
        "kubernetes.io/config.source": "file",
      },
      ownerReferences: [{ apiVersion: "v1", kind: "Node", name: NODE_NAME, uid: node.metadata.uid ?? "", controller: true }],
    },
    spec: {
      volumes: m.volumes.map((v) => ({ name: v.name, hostPath: { path: v.path, type: v.type } })),
      containers: [{
        name: m.component,
        image: m.image,
        command: m.command,
        resources: { requests: m.requests },
        volumeMounts: m.volumes.map((v) => ({ name: v.name, mountPath: v.mountPath ?? v.path, ...(v.readOnly ? { readOnly: true } : {}) })),
        livenessProbe: probe(m.probePath),
        startupProbe: { ...probe(m.probePath), failureThreshold: 24 },
        imagePullPolicy: "IfNotPresent",
      }],
      nodeName: NODE_NAME,
      hostNetwork: true,
      priorityClassName: "system-node-critical",
      tolerations: [{ operator: "Exists", effect: "NoExecute" }],
    },
  };
}

/** The four mirror pods, in the order `kubectl get pods -n kube-system` lists them. */
export function staticPods(node: KubeObject, seen: string): KubeObject[] {
  return MANIFESTS.map((m) => mirrorPod(m, node, seen));
}
