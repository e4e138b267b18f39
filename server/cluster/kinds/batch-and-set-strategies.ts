/**
 * DaemonSets and StatefulSets (apps/v1) and Jobs (batch/v1): their SetDefaults_* functions,
 * registry strategies (status reset on create, generation) and the validation students meet.
 * Jobs get the generated `controller-uid` selector and template labels of
 * pkg/registry/batch/job/strategy.go generateSelector.
 */
import { fieldInvalid, type FieldError } from "../errors/field-error";
import { goLabelSelector } from "./go-syntax";
import { orderKeys } from "./field-order";
import { defaultPodTemplate } from "./pod-defaults";
import { admitReplicas } from "./deployment-strategy";
import type { KindStrategy } from "./strategy";
import { dropZeroOmitempty, validateNonNegative, validateSelector, validateSelectorUnchanged, validateTemplate } from "./workload-validation";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = Record<string, any>;

export const daemonSetStrategy: KindStrategy = {
  tracksGeneration: true,
  applyDefaults(ds) {
    const spec: Json = (ds.spec ??= {});
    const us: Json = (spec.updateStrategy ??= {});
    us.type ||= "RollingUpdate";
    if (us.type === "RollingUpdate") us.rollingUpdate = { maxUnavailable: us.rollingUpdate?.maxUnavailable ?? 1 };
    spec.revisionHistoryLimit ??= 10;
    dropZeroOmitempty(spec);
    spec.template ??= {}; // a struct upstream: never nil, so an empty one fails validation field by field
    defaultPodTemplate(spec.template);
    ds.spec = orderKeys(spec, ["selector", "template", "updateStrategy", "minReadySeconds", "revisionHistoryLimit"]);
  },
  prepareForCreate(ds) {
    ds.status = { currentNumberScheduled: 0, numberMisscheduled: 0, desiredNumberScheduled: 0, numberReady: 0 };
  },
  validate: (ds) => [
    ...validateSelector(ds.spec?.selector, "spec.selector", "daemonset"),
    ...validateTemplate(ds.spec?.template, ds.spec?.selector, "spec.template", ["Always"]),
  ],
  validateUpdate: (ds, old) => [
    ...validateSelector(ds.spec?.selector, "spec.selector", "daemonset"),
    ...validateTemplate(ds.spec?.template, ds.spec?.selector, "spec.template", ["Always"]),
    ...validateSelectorUnchanged(ds.spec?.selector, old.spec?.selector, "spec.selector"),
  ],
};

export const statefulSetStrategy: KindStrategy = {
  tracksGeneration: true,
  applyDefaults(ss) {
    const spec: Json = (ss.spec ??= {});
    spec.replicas ??= 1;
    spec.podManagementPolicy ||= "OrderedReady";
    const us: Json = (spec.updateStrategy ??= {});
    us.type ||= "RollingUpdate";
    if (us.type === "RollingUpdate") us.rollingUpdate = { partition: us.rollingUpdate?.partition ?? 0 };
    spec.revisionHistoryLimit ??= 10;
    dropZeroOmitempty(spec);
    spec.template ??= {}; // a struct upstream: never nil, so an empty one fails validation field by field
    defaultPodTemplate(spec.template);
    ss.spec = orderKeys(spec, ["replicas", "selector", "template", "volumeClaimTemplates", "serviceName", "podManagementPolicy", "updateStrategy", "revisionHistoryLimit"]);
  },
  admit: admitReplicas,
  prepareForCreate(ss) {
    ss.status = { replicas: 0 };
  },
  validate: (ss) => [
    ...validateNonNegative(ss.spec?.replicas, "spec.replicas"),
    ...validateSelector(ss.spec?.selector, "spec.selector", "statefulset"),
    ...validateTemplate(ss.spec?.template, ss.spec?.selector, "spec.template", ["Always"]),
  ],
  validateUpdate: (ss, old) => [
    ...validateNonNegative(ss.spec?.replicas, "spec.replicas"),
    ...validateSelectorUnchanged(ss.spec?.selector, old.spec?.selector, "spec.selector"),
  ],
};

function validateJobSpec(spec: Json | undefined): FieldError[] {
  const s = spec ?? {};
  const errs = [
    ...validateNonNegative(s.parallelism, "spec.parallelism"),
    ...validateNonNegative(s.completions, "spec.completions"),
    ...validateNonNegative(s.backoffLimit, "spec.backoffLimit"),
  ];
  if (s.activeDeadlineSeconds !== undefined && !(s.activeDeadlineSeconds > 0)) {
    errs.push(fieldInvalid("spec.activeDeadlineSeconds", s.activeDeadlineSeconds, "must be greater than or equal to 0"));
  }
  if (!s.selector) errs.push(fieldInvalid("spec.selector", { goSyntax: goLabelSelector(undefined) }, "Required value"));
  else errs.push(...validateSelector(s.selector, "spec.selector", "job"));
  errs.push(...validateTemplate(s.template, s.selector, "spec.template", ["OnFailure", "Never"]));
  return errs;
}

export const jobStrategy: KindStrategy = {
  tracksGeneration: true,
  applyDefaults(job) {
    const spec: Json = (job.spec ??= {});
    if (spec.completions === undefined && spec.parallelism === undefined) spec.completions = 1;
    spec.parallelism ??= 1;
    spec.backoffLimit ??= 6;
    dropZeroOmitempty(spec);
    spec.template ??= {}; // a struct upstream: never nil, so an empty one fails validation field by field
    defaultPodTemplate(spec.template);
    job.spec = orderKeys(spec, ["parallelism", "completions", "activeDeadlineSeconds", "backoffLimit", "selector", "manualSelector", "template", "ttlSecondsAfterFinished"]);
  },
  prepareForCreate(job) {
    job.status = {};
    // generateSelector: the uid is already assigned when this runs.
    if (job.spec.manualSelector) return;
    const uid = job.metadata.uid ?? "";
    job.spec.selector = { matchLabels: { "controller-uid": uid } };
    const tmeta: Json = (job.spec.template ??= {}).metadata ??= {};
    tmeta.labels = { ...(tmeta.labels ?? {}), "controller-uid": uid, "job-name": job.metadata.name ?? "" };
  },
  validate: (job) => validateJobSpec(job.spec),
  validateUpdate: (job, old) => [
    ...validateJobSpec(job.spec),
    ...validateSelectorUnchanged(job.spec?.selector, old.spec?.selector, "spec.selector"),
  ],
};
