/**
 * Pods: pkg/registry/core/pod/strategy.go plus the admission plugins a minikube v1.20 API server
 * runs on pod creation: ServiceAccount (default SA, token volume and mount), DefaultTolerationSeconds
 * (not-ready/unreachable for 300 s), Priority (priority 0, preemptionPolicy), and a pod-count limit
 * refused the way ResourceQuota refuses (`exceeded quota`).
 */
import { fieldForbidden, type FieldError } from "../errors/field-error";
import { newForbidden } from "../errors/status-error";
import type { KubeObject } from "../types";
import { defaultPod } from "./pod-defaults";
import { validatePodSpec } from "./pod-validation";
import { quantityValue } from "./quantity";
import { semanticEqual } from "./semantic-equal";
import type { KindStrategy, StrategyContext } from "./strategy";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = Record<string, any>;

export const MIRROR_POD_ANNOTATION = "kubernetes.io/config.mirror";
const SA_MOUNT_PATH = "/var/run/secrets/kubernetes.io/serviceaccount";
const DEFAULT_TOLERATION_SECONDS = 300;

/** Priorities of the built-in PriorityClasses (pkg/apis/scheduling/types.go). */
const SYSTEM_PRIORITIES: Record<string, number> = {
  "system-node-critical": 2000001000,
  "system-cluster-critical": 2000000000,
};

/** qos.GetPodQOS: Guaranteed when every container limits cpu and memory with requests equal, BestEffort with none. */
export function podQOSClass(spec: Json): "Guaranteed" | "Burstable" | "BestEffort" {
  const containers: Json[] = [...(spec.containers ?? []), ...(spec.initContainers ?? [])];
  let any = false;
  let guaranteed = true;
  for (const c of containers) {
    const req = c.resources?.requests ?? {};
    const lim = c.resources?.limits ?? {};
    if (Object.keys(req).length || Object.keys(lim).length) any = true;
    for (const r of ["cpu", "memory"]) {
      if (lim[r] === undefined || (req[r] !== undefined && quantityValue(req[r]) !== quantityValue(lim[r]))) guaranteed = false;
    }
  }
  if (!any) return "BestEffort";
  return guaranteed ? "Guaranteed" : "Burstable";
}

/** plugin/pkg/admission/serviceaccount: default SA, then the token volume and a read-only mount per container. */
function admitServiceAccount(pod: KubeObject, ctx: StrategyContext): void {
  // Mirror pods (static pods the kubelet reports) are left alone by the plugin.
  if (pod.metadata.annotations?.[MIRROR_POD_ANNOTATION]) return;
  const spec = pod.spec;
  const ns = pod.metadata.namespace ?? "";
  spec.serviceAccountName ||= spec.serviceAccount || "default";
  spec.serviceAccount = spec.serviceAccountName;
  const podName = pod.metadata.name || pod.metadata.generateName || "";
  const sa = ctx.lister.peek("serviceaccounts", ns, spec.serviceAccountName);
  if (!sa) {
    throw newForbidden("pods", podName, `error looking up service account ${ns}/${spec.serviceAccountName}: serviceaccount "${spec.serviceAccountName}" not found`);
  }
  if (spec.automountServiceAccountToken === false || sa.automountServiceAccountToken === false) return;
  const tokenName = ((sa.secrets as { name: string }[] | undefined) ?? [])
    .map((s) => s.name)
    .find((n) => ctx.lister.peek("secrets", ns, n)?.type === "kubernetes.io/service-account-token");
  if (!tokenName) {
    throw newForbidden("pods", podName, `no API token found for service account "${ns}/${spec.serviceAccountName}", retry after the token is automatically created and added to the service account`);
  }
  const volumes: Json[] = (spec.volumes ??= []);
  let volumeName = volumes.find((v) => v.secret?.secretName === tokenName)?.name as string | undefined;
  if (!volumeName) {
    volumeName = tokenName;
    volumes.push({ name: tokenName, secret: { secretName: tokenName } });
  }
  for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])] as Json[]) {
    const mounts: Json[] = (c.volumeMounts ??= []);
    if (!mounts.some((m) => m.mountPath === SA_MOUNT_PATH)) mounts.push({ name: volumeName, readOnly: true, mountPath: SA_MOUNT_PATH });
  }
}

/** plugin/pkg/admission/defaulttolerationseconds. */
function admitDefaultTolerations(spec: Json): void {
  const tolerations: Json[] = (spec.tolerations ??= []);
  for (const key of ["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"]) {
    const covered = tolerations.some((t) => (t.key === key || (!t.key && t.operator === "Exists")) && (!t.effect || t.effect === "NoExecute"));
    if (!covered) tolerations.push({ key, operator: "Exists", effect: "NoExecute", tolerationSeconds: DEFAULT_TOLERATION_SECONDS });
  }
}

function admitPodLimit(pod: KubeObject, ctx: StrategyContext): void {
  const used = ctx.lister.scan("pods").length;
  if (used >= ctx.limits.maxPods) {
    const name = pod.metadata.name || pod.metadata.generateName || "";
    throw newForbidden("pods", name, `exceeded quota: podium-limits, requested: pods=1, used: pods=${used}, limited: pods=${ctx.limits.maxPods}`);
  }
}

export const podStrategy: KindStrategy = {
  applyDefaults(pod) {
    defaultPod(pod);
  },
  /** Admission runs before the name is generated, so refusals name the generateName (`pods "web-" is forbidden`). */
  admit(pod, old, ctx) {
    if (old) return;
    admitPodLimit(pod, ctx);
    admitServiceAccount(pod, ctx);
    admitDefaultTolerations(pod.spec);
    const cls = pod.spec.priorityClassName as string | undefined;
    pod.spec.priority ??= cls ? SYSTEM_PRIORITIES[cls] ?? 0 : 0;
    pod.spec.preemptionPolicy ??= "PreemptLowerPriority";
    defaultPod(pod); // re-orders and defaults the token volume added above
  },
  prepareForCreate(pod) {
    pod.status = { phase: "Pending", qosClass: podQOSClass(pod.spec) };
  },
  validate(pod) {
    return validatePodSpec(pod.spec, "spec");
  },
  validateUpdate(pod, old) {
    const errs: FieldError[] = [];
    // ValidatePodUpdate: only images, activeDeadlineSeconds and added tolerations may change.
    const strip = (spec: Json) => ({
      ...spec,
      containers: (spec.containers ?? []).map((c: Json) => ({ ...c, image: "" })),
      initContainers: (spec.initContainers ?? []).map((c: Json) => ({ ...c, image: "" })),
      activeDeadlineSeconds: undefined,
      tolerations: undefined,
    });
    if (!semanticEqual(strip(pod.spec ?? {}), strip(old.spec ?? {}))) {
      errs.push(fieldForbidden("spec", "pod updates may not change fields other than `spec.containers[*].image`, `spec.initContainers[*].image`, `spec.activeDeadlineSeconds` or `spec.tolerations` (only additions to existing tolerations)"));
    }
    errs.push(...validatePodSpec(pod.spec, "spec"));
    return errs;
  },
  generationChanged: () => false,
  /** podStrategy.CheckGracefulDelete: unscheduled and finished pods go at once; otherwise the pod's own period. */
  gracePeriodSeconds(pod, requested) {
    if (!pod.spec?.nodeName) return 0;
    if (pod.status?.phase === "Failed" || pod.status?.phase === "Succeeded") return 0;
    return requested ?? pod.spec?.terminationGracePeriodSeconds ?? 30;
  },
};
