/**
 * The Services a fresh cluster has: `kubernetes` (made by the API server's bootstrap controller,
 * pkg/controlplane/controller.go: 10.96.0.1:443 → the apiserver on the node, endpoints kept by the
 * apiserver itself) and `kube-dns` (kubeadm's CoreDNS addon manifest, 10.96.0.10).
 */
import type { KubeObject } from "../types";
import { API_SERVER_PORT, KUBE_DNS_IP, KUBERNETES_SERVICE_IP, NODE_IP } from "./minikube-facts";

export function kubernetesService(): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: "kubernetes", namespace: "default", labels: { component: "apiserver", provider: "kubernetes" } },
    spec: {
      ports: [{ name: "https", protocol: "TCP", port: 443, targetPort: API_SERVER_PORT }],
      clusterIP: KUBERNETES_SERVICE_IP,
      type: "ClusterIP",
      sessionAffinity: "None",
    },
  };
}

export function kubernetesEndpoints(): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Endpoints",
    metadata: { name: "kubernetes", namespace: "default", labels: { "endpointslice.kubernetes.io/skip-mirror": "true" } },
    subsets: [{ addresses: [{ ip: NODE_IP }], ports: [{ name: "https", port: API_SERVER_PORT, protocol: "TCP" }] }],
  };
}

export function kubeDnsService(): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: {
      name: "kube-dns",
      namespace: "kube-system",
      labels: { "k8s-app": "kube-dns", "kubernetes.io/cluster-service": "true", "kubernetes.io/name": "KubeDNS" },
      annotations: { "prometheus.io/port": "9153", "prometheus.io/scrape": "true" },
    },
    spec: {
      ports: [
        { name: "dns", protocol: "UDP", port: 53, targetPort: 53 },
        { name: "dns-tcp", protocol: "TCP", port: 53, targetPort: 53 },
        { name: "metrics", protocol: "TCP", port: 9153, targetPort: 9153 },
      ],
      selector: { "k8s-app": "kube-dns" },
      clusterIP: KUBE_DNS_IP,
      type: "ClusterIP",
      sessionAffinity: "None",
    },
  };
}
