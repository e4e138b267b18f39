/**
 * A small Cluster for kube-api's unit tests: the real in-memory store on a FakeClock, with a network
 * and container logs that tests script. (Integration tests use the full simulated cluster instead.)
 */
import { FakeClock } from "@/server/cluster/clock";
import type { Cluster, ClusterNetwork, ContainerLogs, LogOptions, NetworkRequest, NetworkResult } from "@/server/cluster/contracts";
import { MemoryObjectStore } from "@/server/cluster/store/object-store";

export interface TestCluster extends Cluster {
  readonly clock: FakeClock;
  readonly store: MemoryObjectStore;
  /** Requests the network saw. */
  readonly sent: NetworkRequest[];
  /** What the network answers (default: connection refused). */
  answer: (req: NetworkRequest) => NetworkResult;
  /** Log text per "namespace/pod/container". */
  readonly logText: Map<string, string>;
}

export function createTestCluster(): TestCluster {
  const clock = new FakeClock();
  const store = new MemoryObjectStore({ clock });
  const sent: NetworkRequest[] = [];
  const logText = new Map<string, string>();
  const cluster: TestCluster = {
    clock,
    store,
    sent,
    logText,
    answer: (req) => ({
      ok: false,
      error: "refused",
      message: `dial tcp ${req.host}:${req.port}: connect: connection refused`,
    }),
    network: undefined as unknown as ClusterNetwork,
    logs: undefined as unknown as ContainerLogs,
    flush: async () => {},
  };
  const network: ClusterNetwork = {
    request: async (req) => {
      sent.push(req);
      return cluster.answer(req);
    },
    nodeIP: () => "192.168.49.2",
  };
  const logs: ContainerLogs = {
    read: (ns: string, pod: string, opts: LogOptions) => logText.get(`${ns}/${pod}/${opts.container}`) ?? "",
    follow: (ns, pod, opts, onData, onEnd) => {
      onData(logText.get(`${ns}/${pod}/${opts.container}`) ?? "");
      onEnd();
      return { stop() {} };
    },
  };
  Object.assign(cluster, { network, logs });
  return cluster;
}
