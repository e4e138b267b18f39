/**
 * The registry strategy of every stored resource; kinds without special rules use the generic one
 * (DNS-1123 subdomain names, no generation, no defaults).
 */
import { daemonSetStrategy, jobStrategy, statefulSetStrategy } from "./batch-and-set-strategies";
import { deploymentStrategy } from "./deployment-strategy";
import { namespaceStrategy } from "./namespace-strategy";
import { podStrategy } from "./pod-strategy";
import { replicaSetStrategy } from "./replicaset-strategy";
import { serviceStrategy } from "./service-strategy";
import type { KindStrategy } from "./strategy";

const GENERIC: KindStrategy = {};

const secretStrategy: KindStrategy = {
  applyDefaults(secret) {
    secret.type ??= "Opaque";
  },
};

const STRATEGIES: Record<string, KindStrategy> = {
  pods: podStrategy,
  services: serviceStrategy,
  namespaces: namespaceStrategy,
  secrets: secretStrategy,
  "deployments.apps": deploymentStrategy,
  "replicasets.apps": replicaSetStrategy,
  "daemonsets.apps": daemonSetStrategy,
  "statefulsets.apps": statefulSetStrategy,
  "jobs.batch": jobStrategy,
};

export function strategyFor(resource: string): KindStrategy {
  return STRATEGIES[resource] ?? GENERIC;
}
