/**
 * Facts of a `minikube start` (minikube v1.18.1, docker driver, Kubernetes v1.20.2) as real clusters
 * show them (k8s-fixtures/outputs/describenode2.stdout, getnodeswide.stdout): node identity,
 * versions, images and addresses. Data, so a reader can compare it with the real thing.
 */
export const NODE_NAME = "minikube";
export const NODE_IP = "192.168.49.2";
export const API_SERVER_PORT = 8443;
export const POD_CIDR = "10.244.0.0/24";
export const KUBERNETES_SERVICE_IP = "10.96.0.1";
export const KUBE_DNS_IP = "10.96.0.10";
export const COREDNS_POD_IP = "172.17.0.2";
export const KUBERNETES_VERSION = "v1.20.2";

export const NODE_LABELS: Record<string, string> = {
  "beta.kubernetes.io/arch": "amd64",
  "beta.kubernetes.io/os": "linux",
  "kubernetes.io/arch": "amd64",
  "kubernetes.io/hostname": NODE_NAME,
  "kubernetes.io/os": "linux",
  "minikube.k8s.io/commit": "09ee84d530de4a92f00f1c5dbc34cead092b95bc",
  "minikube.k8s.io/name": "minikube",
  "minikube.k8s.io/updated_at": "2021_03_10T10_00_00_0700",
  "minikube.k8s.io/version": "v1.18.1",
  "node-role.kubernetes.io/control-plane": "",
  "node-role.kubernetes.io/master": "",
};

export const NODE_ANNOTATIONS: Record<string, string> = {
  "kubeadm.alpha.kubernetes.io/cri-socket": "/var/run/dockershim.sock",
  "node.alpha.kubernetes.io/ttl": "0",
  "volumes.kubernetes.io/controller-managed-attach-detach": "true",
};

export const NODE_RESOURCES = {
  cpu: "2",
  "ephemeral-storage": "61255492Ki",
  "hugepages-1Gi": "0",
  "hugepages-2Mi": "0",
  memory: "4030792Ki",
  pods: "110",
};

export const NODE_INFO = {
  machineID: "b77ec962e3734760b1e756ffc5e83152",
  systemUUID: "b0a5e4b4-5bd9-4a55-a1f5-8b2a4a7c7b1e",
  bootID: "6b3a1f0a-8d8a-4c62-9d6e-1e1b0f0b6a52",
  kernelVersion: "5.4.0-66-generic",
  osImage: "Ubuntu 20.04.1 LTS",
  containerRuntimeVersion: "docker://20.10.3",
  kubeletVersion: KUBERNETES_VERSION,
  kubeProxyVersion: KUBERNETES_VERSION,
  operatingSystem: "linux",
  architecture: "amd64",
};

/**
 * The images a fresh minikube node holds. The digests of etcd, coredns, pause and storage-provisioner
 * are the published ones; those of the v1.20.2 control-plane images are stand-ins of the right shape.
 */
export const SYSTEM_IMAGES: { image: string; digest: string; sizeBytes: number }[] = [
  { image: "k8s.gcr.io/etcd:3.4.13-0", digest: "4ad90a11b55313b182afc186b9876c8e891531b8db4c9bf1541953021618d0e2", sizeBytes: 253392289 },
  { image: "k8s.gcr.io/kube-apiserver:v1.20.2", digest: "465ba895d578fbc1c6e299e45689381fd01c54400beba9e8f1d7456077411411", sizeBytes: 121707081 },
  { image: "k8s.gcr.io/kube-proxy:v1.20.2", digest: "326199e7a5232bf7531a3058e9811c925b07085affa27b6bd6e1b2f66a5fd3d5", sizeBytes: 118397955 },
  { image: "k8s.gcr.io/kube-controller-manager:v1.20.2", digest: "842d8f7ead9fc2cfb18a1e5f0b4b5ddd9bb2ad5e7f8e3a0f2fc53d7c7d2b8d5e", sizeBytes: 116286393 },
  { image: "k8s.gcr.io/kube-scheduler:v1.20.2", digest: "1f3a6e80da1b3ec4f2d4fa1c4c0b39a9a2f2d0b8c9f1f9f7f3f9c9c8e9e5f8f7", sizeBytes: 47262467 },
  { image: "k8s.gcr.io/coredns:1.7.0", digest: "73ca82b4ce829766d4f1f10947c3a338888f876fbed0540dc849c89ff256e90c", sizeBytes: 45227747 },
  { image: "gcr.io/k8s-minikube/storage-provisioner:v4", digest: "06f83c679a723d938b8776510d979c69549ad7df516279981e23554b3e68572f", sizeBytes: 29680032 },
  { image: "k8s.gcr.io/pause:3.2", digest: "927d98197ec1141a368550822d18fa1c60bdae27b78b0c004f705f548c07814f", sizeBytes: 682696 },
];
