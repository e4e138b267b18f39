/**
 * Assembles one simulated cluster: store, controllers, event recorder, persistence writer, plus the
 * network and container logs supplied as factories (server/cluster/network and kubelet own them).
 * `createCluster` makes a fresh cluster as `minikube start` leaves it; `loadCluster` restores a saved
 * one and lets every controller recompute its pending transitions from the objects.
 */
import type { Clock } from "./clock";
import type { Cluster, ClusterNetwork, ContainerLogs, Watcher } from "./contracts";
import { newBadRequest } from "./errors/status-error";
import { bootstrapMinikube } from "./bootstrap/minikube-start";
import { garbageCollector } from "./controllers/garbage-collector";
import { terminatingPodCollector } from "./controllers/garbage-collector-terminating-pods";
import { namespaceController } from "./controllers/namespace-controller";
import { serviceAccountController } from "./controllers/service-account-controller";
import { rootCaPublisher } from "./controllers/service-account-root-ca";
import { MemoryClusterPersistence } from "./persistence/memory-persistence";
import type { ClusterPersistence } from "./persistence/cluster-persistence";
import { PersistenceWriter } from "./persistence/persistence-writer";
import type { ControllerFactory } from "./runtime/controller";
import { ControllerManager } from "./runtime/controller-manager";
import { StoreEventRecorder, type EventRecorder } from "./runtime/event-recorder";
import type { ClusterLimits } from "./store/limits";
import { pruneExpiredEvents } from "./store/event-pruning";
import { MemoryObjectStore } from "./store/object-store";

/** What the network and log factories get to build on. */
export interface ClusterParts {
  readonly clock: Clock;
  readonly store: MemoryObjectStore;
  readonly recorder: EventRecorder;
  readonly manager: ControllerManager;
}

export interface CreateClusterOptions {
  clock: Clock;
  /** Where objects are saved; defaults to memory (nothing survives the process). */
  persistence?: ClusterPersistence;
  /** Controllers added after the built-in ones (the workload controllers, a kubelet, ...). */
  controllers?: ControllerFactory[];
  limits?: Partial<ClusterLimits>;
  network?: (parts: ClusterParts) => ClusterNetwork;
  logs?: (parts: ClusterParts) => ContainerLogs;
  /** Create what `minikube start` creates (default true for createCluster). */
  bootstrap?: boolean;
  /** Start controllers and timers right away (default true). */
  start?: boolean;
  /**
   * client-go's event spam filter (25 events per source and object, then one per 5 minutes; dropped
   * occurrences still count). On by default, as in every client-go recorder; false turns it off.
   */
  eventSpamFilter?: boolean;
  /** Where controller failures go (default: loops throw, failures are retried silently). */
  onControllerError?: (err: Error, controller: string, key?: string) => void;
}

export interface SimulatedCluster extends Cluster {
  readonly store: MemoryObjectStore;
  readonly recorder: EventRecorder;
  readonly manager: ControllerManager;
  /** Resumes reacting and timing (a full resync of every controller). */
  start(): void;
  /** Freezes the cluster: no controller runs and no clock timer is held until `start`. */
  stop(): void;
}

/** The controllers every cluster runs, in order (core first; extra factories come after). */
export const CORE_CONTROLLERS: readonly ControllerFactory[] = [
  namespaceController,
  serviceAccountController,
  rootCaPublisher,
  garbageCollector,
  terminatingPodCollector,
];

/** A network for clusters built without one: every request fails as unreachable. */
function unwiredNetwork(): ClusterNetwork {
  return {
    request: async () => ({ ok: false, error: "unreachable", message: "the simulated network is not wired into this cluster" }),
    nodeIP: () => "192.168.49.2",
  };
}

/** Logs for clusters built without a kubelet: nothing was ever logged. */
function unwiredLogs(): ContainerLogs {
  return {
    read: (_ns, pod) => {
      throw newBadRequest(`container logs of pod "${pod}" are not available: no kubelet is wired into this cluster`);
    },
    follow: (_ns, pod): Watcher => {
      throw newBadRequest(`container logs of pod "${pod}" are not available: no kubelet is wired into this cluster`);
    },
  };
}

function assemble(opts: CreateClusterOptions, withExtraControllers: boolean): SimulatedCluster {
  const { clock } = opts;
  const store = new MemoryObjectStore({ clock, limits: opts.limits });
  const recorder = new StoreEventRecorder(store, store, clock, { spamFilter: opts.eventSpamFilter });
  const manager = new ControllerManager({ clock, store, recorder, limits: store.limits, onError: opts.onControllerError });
  for (const f of [...CORE_CONTROLLERS, ...(withExtraControllers ? opts.controllers ?? [] : [])]) manager.add(f);
  const persistence = opts.persistence ?? new MemoryClusterPersistence();
  const parts: ClusterParts = { clock, store, recorder, manager };
  const network = opts.network ? opts.network(parts) : unwiredNetwork();
  const logs = opts.logs ? opts.logs(parts) : unwiredLogs();
  // Attached before any write (a restore emits nothing), so every change is saved, started or not.
  const writer = new PersistenceWriter(store, persistence, () => Number(store.currentResourceVersion()));
  return {
    clock,
    store,
    recorder,
    manager,
    network,
    logs,
    start() {
      manager.start();
    },
    stop() {
      manager.stop();
    },
    flush() {
      return writer.flush();
    },
  };
}

/**
 * A new cluster, bootstrapped as `minikube start` leaves it, started, its first batch already being
 * saved. The extra controllers join after the bootstrap, so they meet the system objects exactly as
 * after a reload (a full resync), not half-written.
 */
export function createCluster(opts: CreateClusterOptions): SimulatedCluster {
  const cluster = assemble(opts, false);
  cluster.start();
  if (opts.bootstrap !== false) bootstrapMinikube(cluster.store, cluster.clock);
  for (const f of opts.controllers ?? []) cluster.manager.add(f);
  if (opts.start === false) cluster.stop();
  return cluster;
}

/**
 * Restores a saved cluster (or creates one when nothing was saved) and starts it: every controller
 * sees every object again and reschedules what is due from the objects' timestamps.
 */
export async function loadCluster(opts: CreateClusterOptions & { persistence: ClusterPersistence }): Promise<SimulatedCluster> {
  const snapshot = await opts.persistence.load();
  if (!snapshot) return createCluster(opts);
  const cluster = assemble(opts, true);
  cluster.store.restore(snapshot.objects, snapshot.resourceVersion);
  if (opts.start !== false) {
    cluster.start();
    pruneExpiredEvents(cluster.store, cluster.store.limits, cluster.clock.now());
  }
  return cluster;
}
