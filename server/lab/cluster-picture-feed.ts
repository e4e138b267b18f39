/**
 * Keeps the cluster view of one sandbox live: watches the kinds the view draws and, after a burst of
 * changes settles (a scale or a rollout writes dozens of objects at once), sends one fresh picture.
 */
import type { Cluster, Watcher } from "../cluster/contracts";
import type { ClusterPicture } from "@/components/lab/cluster-picture";
import type { MinikubeState } from "../sandbox/sandbox-types";
import { buildClusterPicture } from "./cluster-picture-builder";

const WATCHED = ["pods", "deployments.apps", "replicasets.apps", "services", "endpoints", "events", "nodes"];
/** Long enough to coalesce one command's writes, short enough to feel live. */
const SETTLE_MS = 120;

export class ClusterPictureFeed {
  private watchers: Watcher[] = [];
  private cluster: Cluster | null = null;
  private state: MinikubeState = "none";
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly send: (picture: ClusterPicture) => void) {}

  /** Points the feed at the sandbox's current cluster (after minikube start/stop/delete) and sends a picture. */
  follow(state: MinikubeState, cluster: Cluster | null): void {
    if (cluster !== this.cluster) {
      this.unwatch();
      this.cluster = cluster;
      if (cluster) {
        const rv = cluster.store.currentResourceVersion();
        for (const resource of WATCHED) {
          this.watchers.push(cluster.store.watch(resource, undefined, { resourceVersion: rv }, () => this.schedule()));
        }
      }
    }
    if (state !== this.state) {
      this.state = state;
      this.schedule();
    }
  }

  picture(): ClusterPicture {
    return buildClusterPicture(this.state, this.cluster);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.unwatch();
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.send(this.picture());
    }, SETTLE_MS);
  }

  private unwatch(): void {
    for (const w of this.watchers) w.stop();
    this.watchers = [];
  }
}
