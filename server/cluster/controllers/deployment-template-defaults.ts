/**
 * The API server's defaulting of a pod template (pkg/apis/core/v1/defaults.go, v1.20): what
 * SetDefaults_PodSpec, SetDefaults_Container, SetDefaults_ContainerPort, SetDefaults_Probe,
 * SetDefaults_HTTPGetAction, SetDefaults_ObjectFieldSelector and the volume-source defaults fill in.
 * The store's kinds registry may already have applied them; applying them again changes nothing, and
 * the pod-template-hash depends on them, so the hash never trusts that they are present.
 */
import type { KubeObject } from "../types";
import { clone } from "../store/deep-freeze";
import { defaultProbe, defaultPullPolicy } from "../kinds/pod-defaults";

type Rec = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function defaultContainer(c: Rec): void {
  c.imagePullPolicy ??= defaultPullPolicy(String(c.image ?? ""));
  c.terminationMessagePath ??= "/dev/termination-log";
  c.terminationMessagePolicy ??= "File";
  c.resources ??= {};
  for (const p of c.ports ?? []) p.protocol ??= "TCP";
  for (const e of c.env ?? []) if (e.valueFrom?.fieldRef) e.valueFrom.fieldRef.apiVersion ??= "v1";
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
}

/** Fills a PodSpec's defaults in place (also used for pods created directly). */
export function defaultPodSpec(spec: Rec): void {
  spec.restartPolicy ??= "Always";
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= "ClusterFirst";
  spec.securityContext ??= {};
  spec.schedulerName ??= "default-scheduler";
  for (const c of spec.containers ?? []) defaultContainer(c);
  for (const c of spec.initContainers ?? []) defaultContainer(c);
  for (const v of spec.volumes ?? []) {
    if (v.secret) v.secret.defaultMode ??= 420;
    if (v.configMap) v.configMap.defaultMode ??= 420;
    if (v.hostPath) v.hostPath.type ??= "";
  }
}

/** A defaulted deep copy of a pod template (`spec.template` of a Deployment, ReplicaSet, …). */
export function defaultedTemplate(template: KubeObject["spec"]): Rec {
  const copy: Rec = clone(template ?? {});
  copy.metadata ??= {};
  copy.spec ??= {};
  defaultPodSpec(copy.spec);
  return copy;
}
