/**
 * Deployments (apps/v1): defaults from pkg/apis/apps/v1/defaults.go SetDefaults_Deployment (see
 * KUBECTL_REFERENCE §3), strategy from pkg/registry/apps/deployment/strategy.go (status reset on
 * create, generation bumped by spec or annotation changes), validation from
 * pkg/apis/apps/validation ValidateDeployment / ValidateDeploymentUpdate.
 */
import { fieldForbidden, fieldInvalid, fieldNotSupported, fieldRequired, type FieldError } from "../errors/field-error";
import { newForbidden } from "../errors/status-error";
import type { KubeObject } from "../types";
import { DEPLOYMENT_SPEC_ORDER, orderKeys } from "./field-order";
import { goIntOrString } from "./go-syntax";
import { defaultPodTemplate } from "./pod-defaults";
import { semanticEqual } from "./semantic-equal";
import type { KindStrategy, StrategyContext } from "./strategy";
import { dropZeroOmitempty, validateNonNegative, validateSelector, validateSelectorUnchanged, validateTemplate } from "./workload-validation";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = Record<string, any>;

const PERCENT_MSG = "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";

/** ValidatePositiveIntOrPercent. */
function validateIntOrPercent(v: unknown, path: string): FieldError[] {
  if (typeof v === "string") return /^[0-9]+%$/.test(v) ? [] : [fieldInvalid(path, { goSyntax: goIntOrString(v) }, PERCENT_MSG)];
  if (typeof v === "number") return v < 0 ? [fieldInvalid(path, v, "must be greater than or equal to 0")] : [];
  return [fieldInvalid(path, { goSyntax: String(v) }, "must be an integer or percentage (e.g '5%')")];
}

const intOrPercentValue = (v: unknown): number => (typeof v === "number" ? v : parseInt(String(v), 10) || 0);

function validateStrategy(strategy: Json | undefined, path: string): FieldError[] {
  const s = strategy ?? {};
  if (s.type === "Recreate") {
    return s.rollingUpdate ? [fieldForbidden(`${path}.rollingUpdate`, "may not be specified when strategy `type` is 'Recreate'")] : [];
  }
  if (s.type !== "RollingUpdate") {
    return [fieldNotSupported(path, { goSyntax: `apps.DeploymentStrategy{Type:${JSON.stringify(s.type ?? "")}, RollingUpdate:(*apps.RollingUpdateDeployment)(nil)}` }, ["Recreate", "RollingUpdate"])];
  }
  const ru = s.rollingUpdate;
  if (!ru) return [fieldRequired(`${path}.rollingUpdate`, "this should be defaulted and never be nil")];
  const errs = [...validateIntOrPercent(ru.maxUnavailable, `${path}.rollingUpdate.maxUnavailable`), ...validateIntOrPercent(ru.maxSurge, `${path}.rollingUpdate.maxSurge`)];
  if (intOrPercentValue(ru.maxUnavailable) === 0 && intOrPercentValue(ru.maxSurge) === 0) {
    errs.push(fieldInvalid(`${path}.rollingUpdate.maxUnavailable`, { goSyntax: goIntOrString(ru.maxUnavailable) }, "may not be 0 when `maxSurge` is 0"));
  }
  if (typeof ru.maxUnavailable === "string" && intOrPercentValue(ru.maxUnavailable) > 100) {
    errs.push(fieldInvalid(`${path}.rollingUpdate.maxUnavailable`, { goSyntax: goIntOrString(ru.maxUnavailable) }, "must not be greater than 100%"));
  }
  return errs;
}

/** ValidateDeploymentSpec. */
function validateSpec(spec: Json | undefined): FieldError[] {
  const s = spec ?? {};
  const errs = [...validateNonNegative(s.replicas, "spec.replicas"), ...validateSelector(s.selector, "spec.selector", "deployment")];
  errs.push(...validateTemplate(s.template, s.selector, "spec.template", ["Always"]));
  errs.push(...validateStrategy(s.strategy, "spec.strategy"));
  errs.push(...validateNonNegative(s.minReadySeconds, "spec.minReadySeconds"));
  errs.push(...validateNonNegative(s.revisionHistoryLimit, "spec.revisionHistoryLimit"));
  if (typeof s.progressDeadlineSeconds === "number") {
    errs.push(...validateNonNegative(s.progressDeadlineSeconds, "spec.progressDeadlineSeconds"));
    if (s.progressDeadlineSeconds <= (s.minReadySeconds ?? 0)) {
      errs.push(fieldInvalid("spec.progressDeadlineSeconds", s.progressDeadlineSeconds, "must be greater than minReadySeconds"));
    }
  }
  return errs;
}

/** Refuses replica counts a classroom server should never run (like a ResourceQuota would). */
export function admitReplicas(obj: KubeObject, _old: KubeObject | undefined, ctx: StrategyContext): void {
  const replicas = obj.spec?.replicas;
  if (typeof replicas === "number" && replicas > ctx.limits.maxReplicas) {
    throw newForbidden(ctx.resource, obj.metadata.name || obj.metadata.generateName || "", `spec.replicas: ${replicas} exceeds this cluster's limit of ${ctx.limits.maxReplicas} replicas`);
  }
}

export const deploymentStrategy: KindStrategy = {
  tracksGeneration: true,
  applyDefaults(d) {
    const spec: Json = (d.spec ??= {});
    spec.replicas ??= 1;
    const strategy: Json = (spec.strategy ??= {});
    strategy.type ||= "RollingUpdate";
    if (strategy.type === "RollingUpdate") {
      const ru: Json = strategy.rollingUpdate ?? {};
      strategy.rollingUpdate = { maxUnavailable: ru.maxUnavailable ?? "25%", maxSurge: ru.maxSurge ?? "25%" };
    }
    spec.strategy = orderKeys(strategy, ["type", "rollingUpdate"]);
    spec.revisionHistoryLimit ??= 10;
    spec.progressDeadlineSeconds ??= 600;
    dropZeroOmitempty(spec);
    spec.template ??= {}; // a struct upstream: never nil, so an empty one fails validation field by field
    defaultPodTemplate(spec.template);
    d.spec = orderKeys(spec, DEPLOYMENT_SPEC_ORDER);
  },
  admit: admitReplicas,
  prepareForCreate(d) {
    d.status = {};
  },
  generationChanged: (d, old) => !semanticEqual(d.spec, old.spec) || !semanticEqual(d.metadata.annotations, old.metadata.annotations),
  validate: (d) => validateSpec(d.spec),
  validateUpdate: (d, old) => [...validateSpec(d.spec), ...validateSelectorUnchanged(d.spec?.selector, old.spec?.selector, "spec.selector")],
};
