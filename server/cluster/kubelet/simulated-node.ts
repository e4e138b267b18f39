/**
 * Everything that makes the minikube node work, for create-cluster to wire in: the workload
 * controllers (deployment, replicaset, daemonset, statefulset, job, scheduler, endpoints, node heartbeats), the kubelet with its
 * container runtime, the network and `kubectl logs`. One NodeRuntime is shared by the kubelet (which
 * starts processes), the network (which reaches them) and the logs (which read them).
 *
 *   const node = simulatedNode({ clock });
 *   createCluster({ clock, controllers: node.controllers, network: node.network, logs: node.logs });
 */
import type { Clock } from "../clock";
import type { ClusterNetwork, ContainerLogs } from "../contracts";
import type { ControllerFactory } from "../runtime/controller";
import type { StoreLister } from "../store/store-hooks";
import { deploymentController } from "../controllers/deployment-controller";
import { replicaSetController } from "../controllers/replicaset-controller";
import { scheduler } from "../controllers/scheduler";
import { endpointsController } from "../controllers/endpoints-controller";
import { nodeLifecycleController } from "../controllers/node-lifecycle-controller";
import { daemonSetController } from "../controllers/daemonset-controller";
import { statefulSetController } from "../controllers/statefulset-controller";
import { jobController } from "../controllers/job-controller";
import { SimulatedClusterNetwork } from "../network/cluster-network";
import { NodeRuntime } from "./container-runtime";
import { KubeletContainerLogs } from "./container-logs";
import { kubelet } from "./kubelet";

export interface SimulatedNodeOptions {
  clock: Clock;
  nodeName?: string;
  nodeIP?: string;
  /** kube-proxy's random backend choice; injectable for tests. */
  random?: () => number;
}

export interface SimulatedNode {
  runtime: NodeRuntime;
  controllers: ControllerFactory[];
  network: (parts: { store: StoreLister }) => ClusterNetwork;
  logs: (parts: { store: StoreLister; clock: Clock }) => ContainerLogs;
}

export function simulatedNode(opts: SimulatedNodeOptions): SimulatedNode {
  const runtime = new NodeRuntime(opts.nodeName ?? "minikube", opts.nodeIP ?? "192.168.49.2", opts.clock);
  return {
    runtime,
    controllers: [
      deploymentController, replicaSetController, daemonSetController, statefulSetController, jobController,
      scheduler, endpointsController, nodeLifecycleController, kubelet(runtime),
    ],
    network: (parts) => new SimulatedClusterNetwork({ lister: parts.store, runtime, random: opts.random }),
    logs: (parts) => new KubeletContainerLogs(parts.store, runtime, parts.clock),
  };
}
