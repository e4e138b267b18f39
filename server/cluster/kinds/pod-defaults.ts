/**
 * Scheme defaulting of pods and pod templates, as pkg/apis/core/v1/defaults.go (v1.20) does it:
 * SetDefaults_PodSpec, SetDefaults_Container, SetDefaults_ContainerPort, SetDefaults_Volume,
 * SetDefaults_Probe, SetDefaults_HTTPGetAction. Field order follows the Go structs.
 */
import { CONTAINER_ORDER, CONTAINER_PORT_ORDER, OBJECT_META_ORDER, POD_SPEC_ORDER, orderKeys, sortedMap } from "./field-order";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = Record<string, any>;

/** SetDefaults_Container's pull policy: `:latest` or no tag → Always, otherwise IfNotPresent (digests included). */
export function defaultPullPolicy(image: string): "Always" | "IfNotPresent" {
  if (image.includes("@")) return "IfNotPresent";
  const lastSlash = image.lastIndexOf("/");
  const colon = image.indexOf(":", lastSlash + 1);
  if (colon < 0) return "Always";
  return image.slice(colon + 1) === "latest" ? "Always" : "IfNotPresent";
}

/** SetDefaults_Probe and SetDefaults_HTTPGetAction. */
export function defaultProbe(p: Json | undefined): void {
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

export function defaultContainer(c: Json): Json {
  c.resources ??= {};
  for (const k of ["limits", "requests"]) if (c.resources[k]) c.resources[k] = sortedMap(c.resources[k]);
  if (c.ports) c.ports = c.ports.map((p: Json) => orderKeys({ ...p, protocol: p.protocol ?? "TCP" }, CONTAINER_PORT_ORDER));
  for (const e of c.env ?? []) if (e.valueFrom?.fieldRef) e.valueFrom.fieldRef.apiVersion ??= "v1";
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
  c.terminationMessagePath ??= "/dev/termination-log";
  c.terminationMessagePolicy ??= "File";
  if (typeof c.image === "string" && c.image) c.imagePullPolicy ??= defaultPullPolicy(c.image);
  return orderKeys(c, CONTAINER_ORDER);
}

function defaultVolume(v: Json): void {
  const sources = Object.keys(v).filter((k) => k !== "name");
  if (!sources.length) v.emptyDir = {};
  if (v.secret) v.secret.defaultMode ??= 420;
  if (v.configMap) v.configMap.defaultMode ??= 420;
  if (v.downwardAPI) v.downwardAPI.defaultMode ??= 420;
  if (v.projected) v.projected.defaultMode ??= 420;
}

/** SetDefaults_PodSpec plus its nested defaults. Returns the spec with keys in Go order. */
export function defaultPodSpec(spec: Json): Json {
  spec.containers = (spec.containers ?? []).map((c: Json) => defaultContainer(c));
  if (spec.initContainers) spec.initContainers = spec.initContainers.map((c: Json) => defaultContainer(c));
  for (const v of spec.volumes ?? []) defaultVolume(v);
  spec.restartPolicy ??= "Always";
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= "ClusterFirst";
  spec.securityContext ??= {};
  spec.schedulerName ??= "default-scheduler";
  if (spec.nodeSelector) spec.nodeSelector = sortedMap(spec.nodeSelector);
  if (spec.hostNetwork) {
    for (const c of spec.containers) for (const p of c.ports ?? []) p.hostPort ??= p.containerPort;
  }
  return orderKeys(spec, POD_SPEC_ORDER);
}

/** SetDefaults_Pod: requests default to limits; enableServiceLinks true (pods only, not templates). */
export function defaultPod(pod: Json): void {
  for (const c of [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])]) {
    const limits = c.resources?.limits;
    if (limits) {
      c.resources ??= {};
      c.resources.requests = { ...limits, ...(c.resources.requests ?? {}) };
    }
  }
  pod.spec ??= {};
  pod.spec.enableServiceLinks ??= true;
  pod.spec = defaultPodSpec(pod.spec);
}

/** A pod template (deployments, replicasets, ...): creationTimestamp null as Go serialises a zero metav1.Time. */
export function defaultPodTemplate(template: Json | undefined): void {
  if (!template) return;
  template.metadata ??= {};
  if (template.metadata.creationTimestamp === undefined) template.metadata.creationTimestamp = null;
  template.metadata = orderKeys(template.metadata, OBJECT_META_ORDER);
  if (template.metadata.labels) template.metadata.labels = sortedMap(template.metadata.labels);
  if (template.metadata.annotations) template.metadata.annotations = sortedMap(template.metadata.annotations);
  template.spec = defaultPodSpec(template.spec ?? {});
}
