/**
 * What the cluster view draws: a compact summary of one sandbox's cluster, built on the server from the
 * store (server/lab/cluster-picture-builder.ts) and sent over socket.io whenever the cluster changes.
 */
export interface PodPicture {
  name: string;
  /** The STATUS column as `kubectl get pods` prints it (Running, ContainerCreating, ImagePullBackOff, Terminating…). */
  status: string;
  ready: string;
  restarts: number;
  ip: string | null;
  node: string | null;
  owner: string | null;
  labels: Record<string, string>;
  images: string[];
  createdAt: string;
}

export interface DeploymentPicture {
  name: string;
  replicas: number;
  ready: number;
  upToDate: number;
  available: number;
  images: string[];
}

export interface ReplicaSetPicture {
  name: string;
  owner: string | null;
  desired: number;
  current: number;
  ready: number;
  revision: string | null;
  images: string[];
}

export interface ServicePicture {
  name: string;
  type: string;
  clusterIP: string;
  ports: string;
  selector: string;
  endpoints: string[];
}

export interface EventPicture {
  type: string;
  reason: string;
  object: string;
  message: string;
  count: number;
  lastSeen: string;
}

export interface ClusterPicture {
  state: "none" | "running" | "stopped";
  node: { name: string; ip: string; ready: boolean } | null;
  pods: PodPicture[];
  deployments: DeploymentPicture[];
  replicasets: ReplicaSetPicture[];
  services: ServicePicture[];
  events: EventPicture[];
}

export const EMPTY_PICTURE: ClusterPicture = { state: "none", node: null, pods: [], deployments: [], replicasets: [], services: [], events: [] };
