/**
 * describe.go DescriberFor: the specific describers by group/kind, the generic one otherwise.
 */
import type { Mapping } from "../rest-mapper";
import type { Describer } from "./describer";
import { describeDeployment } from "./describe-deployment";
import { describeNode } from "./describe-node";
import { describeConfigMap, describeSecret, describeServiceAccount } from "./describe-config";
import { describeEndpoints, describeGeneric, describeNamespace } from "./describe-others";
import { describeDaemonSet, describeReplicaSet } from "./describe-workloads";
import { describePod } from "./describe-pod";
import { describeService } from "./describe-service";

const DESCRIBERS: Record<string, Describer> = {
  "/Pod": describePod,
  "apps/Deployment": describeDeployment,
  "apps/ReplicaSet": describeReplicaSet,
  "apps/DaemonSet": describeDaemonSet,
  "/ServiceAccount": describeServiceAccount,
  "/Service": describeService,
  "/Node": describeNode,
  "/Namespace": describeNamespace,
  "/Endpoints": describeEndpoints,
  "/ConfigMap": describeConfigMap,
  "/Secret": describeSecret,
};

export function describerFor(m: Mapping): Describer {
  return DESCRIBERS[`${m.group}/${m.kind}`] ?? describeGeneric;
}

export type { Describer, DescribeContext } from "./describer";
