/** A cluster with the core controllers and the `default` namespace, without minikube's objects. */
import { FakeClock } from "../clock";
import { createCluster, type SimulatedCluster } from "../create-cluster";
import type { ControllerFactory } from "../runtime/controller";

export function coreTestCluster(controllers: ControllerFactory[] = []): { cluster: SimulatedCluster; clock: FakeClock } {
  const clock = new FakeClock();
  const cluster = createCluster({ clock, bootstrap: false, controllers });
  cluster.store.create("namespaces", "", { apiVersion: "v1", kind: "Namespace", metadata: { name: "default" } });
  return { cluster, clock };
}
