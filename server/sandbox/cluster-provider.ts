/**
 * The ClusterProvider over server/cluster: `createCluster` for `minikube start` on a fresh machine,
 * `loadCluster` for a sandbox that comes back (after eviction or a restart), each on a persistence
 * the lead supplies per sandbox (the database; memory by default, for the CLI and tests).
 */
import type { CountingClock } from "../cluster/clock";
import { createCluster, loadCluster, type CreateClusterOptions, type SimulatedCluster } from "../cluster/create-cluster";
import { simulatedNode } from "../cluster/kubelet/simulated-node";
import type { ClusterPersistence } from "../cluster/persistence/cluster-persistence";
import { MemoryClusterPersistence } from "../cluster/persistence/memory-persistence";
import type { ClusterProvider } from "./sandbox-types";

export interface ClusterStorage {
  /** The persistence of one sandbox's cluster. */
  persistenceFor(sandboxId: string): ClusterPersistence;
  /** Removes everything stored for that cluster (`minikube delete`). */
  clear(sandboxId: string): Promise<void>;
  /** Whether anything was ever stored for that cluster. */
  has?(sandboxId: string): Promise<boolean>;
}

/** Clusters kept in memory only: nothing survives the process (CLI, tests, benchmarks). */
export class MemoryClusterStorage implements ClusterStorage {
  private readonly stores = new Map<string, MemoryClusterPersistence>();

  persistenceFor(sandboxId: string): ClusterPersistence {
    let p = this.stores.get(sandboxId);
    if (!p) this.stores.set(sandboxId, (p = new MemoryClusterPersistence()));
    return p;
  }

  async clear(sandboxId: string): Promise<void> {
    this.stores.delete(sandboxId);
  }

  async has(sandboxId: string): Promise<boolean> {
    return (await this.stores.get(sandboxId)?.load()) !== undefined;
  }
}

/** Controllers, network and logs of one cluster (each cluster needs its own node runtime). */
export type ClusterAssembly = (clock: CountingClock) => Pick<CreateClusterOptions, "controllers" | "network" | "logs" | "limits" | "onControllerError">;

/** The minikube node of server/cluster: workload controllers, scheduler, kubelet, network, logs. */
export const minikubeAssembly: ClusterAssembly = (clock) => {
  const node = simulatedNode({ clock });
  return { controllers: node.controllers, network: node.network, logs: node.logs };
};

/**
 * A fresh bootstrapped cluster. The bootstrap writes the coredns ReplicaSet and the system pods
 * itself, which would collide with a running deployment controller and kubelet, so those join after
 * it and adopt what it wrote (as server/cluster/scenarios/scenario-harness.ts does).
 */
function createBootstrapped(opts: CreateClusterOptions): SimulatedCluster {
  const cluster = createCluster({ ...opts, controllers: [] });
  cluster.stop();
  for (const f of opts.controllers ?? []) cluster.manager.add(f);
  cluster.start();
  return cluster;
}

export function clusterProvider(storage: ClusterStorage, assembly: ClusterAssembly = minikubeAssembly): ClusterProvider {
  return {
    async create(sandboxId: string, clock: CountingClock) {
      await storage.clear(sandboxId);
      return createBootstrapped({ ...assembly(clock), clock, persistence: storage.persistenceFor(sandboxId) });
    },
    async load(sandboxId: string, clock: CountingClock) {
      if (storage.has && !(await storage.has(sandboxId))) return null;
      const persistence = storage.persistenceFor(sandboxId);
      if (!storage.has && !(await persistence.load())) return null;
      return loadCluster({ ...assembly(clock), clock, persistence });
    },
    async destroy(sandboxId: string) {
      await storage.clear(sandboxId);
    },
  };
}
