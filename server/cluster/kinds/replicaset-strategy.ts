/**
 * ReplicaSets (apps/v1): SetDefaults_ReplicaSet (replicas 1), pkg/registry/apps/replicaset/strategy.go
 * (status reset to `{replicas: 0}` on create, generation bumped by spec changes only) and
 * ValidateReplicaSet / ValidateReplicaSetUpdate.
 */
import { defaultPodTemplate } from "./pod-defaults";
import { orderKeys } from "./field-order";
import type { KindStrategy } from "./strategy";
import { admitReplicas } from "./deployment-strategy";
import { dropZeroOmitempty, validateNonNegative, validateSelector, validateSelectorUnchanged, validateTemplate } from "./workload-validation";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = Record<string, any>;

function validateSpec(spec: Json | undefined) {
  const s = spec ?? {};
  return [
    ...validateNonNegative(s.replicas, "spec.replicas"),
    ...validateNonNegative(s.minReadySeconds, "spec.minReadySeconds"),
    ...validateSelector(s.selector, "spec.selector", "deployment"),
    ...validateTemplate(s.template, s.selector, "spec.template", ["Always"]),
  ];
}

export const replicaSetStrategy: KindStrategy = {
  tracksGeneration: true,
  applyDefaults(rs) {
    const spec: Json = (rs.spec ??= {});
    spec.replicas ??= 1;
    dropZeroOmitempty(spec);
    spec.template ??= {}; // a struct upstream: never nil, so an empty one fails validation field by field
    defaultPodTemplate(spec.template);
    rs.spec = orderKeys(spec, ["replicas", "minReadySeconds", "selector", "template"]);
  },
  admit: admitReplicas,
  prepareForCreate(rs) {
    rs.status = { replicas: 0 };
  },
  validate: (rs) => validateSpec(rs.spec),
  validateUpdate: (rs, old) => [...validateSpec(rs.spec), ...validateSelectorUnchanged(rs.spec?.selector, old.spec?.selector, "spec.selector")],
};
