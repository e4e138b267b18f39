/**
 * Per-cluster limits: a classroom cluster must not let one student exhaust the server. Exceeding
 * one is refused like a ResourceQuota would refuse it (403 Forbidden, plugin/pkg/admission/resourcequota).
 */
export interface ClusterLimits {
  /** Objects of one resource (all namespaces). */
  maxObjectsPerResource: number;
  /** Pods in the whole cluster. */
  maxPods: number;
  /** Largest spec.replicas a workload may ask for. */
  maxReplicas: number;
  /** Events kept per involved object (the oldest go first). */
  maxEventsPerObject: number;
  /** Events older than this are removed (kube-apiserver --event-ttl defaults to 1h). */
  eventTtlSeconds: number;
  /** Watch events kept for watches resuming from an older resourceVersion (the apiserver keeps 100 per resource). */
  watchWindow: number;
}

export const DEFAULT_LIMITS: ClusterLimits = {
  maxObjectsPerResource: 1000,
  maxPods: 500,
  maxReplicas: 500,
  maxEventsPerObject: 100,
  eventTtlSeconds: 3600,
  watchWindow: 250,
};
