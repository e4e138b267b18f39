/**
 * The API server's defaulting of a pod template (pkg/apis/core/v1/defaults.go, v1.20): what
 * SetDefaults_PodSpec, SetDefaults_Container, SetDefaults_ContainerPort, SetDefaults_Probe,
 * SetDefaults_HTTPGetAction, SetDefaults_ObjectFieldSelector and the volume-source defaults fill in.
 * The store's kinds registry may already have applied them; applying them again changes nothing, and
 * the pod-template-hash depends on them, so the hash never trusts that they are present.
 */
import type { KubeObject } from "../types";
import { clone } from "../store/deep-freeze";

type Rec = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** `IfNotPresent` for a tagged image, `Always` for an untagged image or `:latest` (SetDefaults_Container). */
export function defaultPullPolicy(image: string): string {
  const lastSlash = image.lastIndexOf("/");
  const tail = image.slice(lastSlash + 1);
  if (tail.includes("@")) return "IfNotPresent";
  const colon = tail.indexOf(":");
  if (colon < 0) return "Always";
  return tail.slice(colon + 1) === "latest" ? "Always" : "IfNotPresent";
}

function defaultProbe(p: Rec | undefined): void {
  if (!p) return;
  p.timeoutSeconds ??= 1;
  p.periodSeconds ??= 10;
  p.successThreshold ??= 1;
  p.failureThreshold ??= 3;
  if (p.httpGet) {
    p.httpGet.path ??= "/";
    p.httpGet.scheme ??= "HTTP";
  }
}

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
