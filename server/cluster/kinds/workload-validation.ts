/**
 * Validation shared by the apps/v1 and batch/v1 workloads (pkg/apis/apps/validation/validation.go,
 * pkg/apis/core/validation ValidatePodTemplateSpecForReplicaSet): selector, template labels and
 * replicas, with upstream's messages.
 */
import { fieldInvalid, fieldRequired, type FieldError } from "../errors/field-error";
import { labelSelectorFromSpec, matchesLabels, SelectorParseError, type LabelSelectorSpec } from "../store/label-selector";
import { goLabelSelector, goStringMap } from "./go-syntax";
import { validateLabels } from "./meta-validation";
import { validatePodSpec } from "./pod-validation";
import { semanticEqual } from "./semantic-equal";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = Record<string, any>;

export const NON_NEGATIVE = "must be greater than or equal to 0";

export function validateNonNegative(value: unknown, path: string): FieldError[] {
  return typeof value === "number" && value < 0 ? [fieldInvalid(path, value, NON_NEGATIVE)] : [];
}

/** ValidateLabelSelector plus the "empty selector is invalid" rule of the apps kinds. */
export function validateSelector(selector: LabelSelectorSpec | undefined, path: string, kindLower: string): FieldError[] {
  if (!selector) return [fieldRequired(path)];
  const errs: FieldError[] = [];
  errs.push(...validateLabels(selector.matchLabels, `${path}.matchLabels`));
  try {
    labelSelectorFromSpec(selector);
  } catch (e) {
    if (e instanceof SelectorParseError) errs.push(fieldInvalid(`${path}.matchExpressions`, { goSyntax: goLabelSelector(selector) }, e.message));
  }
  if (!Object.keys(selector.matchLabels ?? {}).length && !(selector.matchExpressions ?? []).length) {
    errs.push(fieldInvalid(path, { goSyntax: goLabelSelector(selector) }, `empty selector is invalid for ${kindLower}`));
  }
  return errs;
}

/** The template must carry labels that the selector selects; RS-like templates only allow restartPolicy Always. */
export function validateTemplate(template: Json | undefined, selector: LabelSelectorSpec | undefined, path: string, restartPolicies?: string[]): FieldError[] {
  if (!template) return [fieldRequired(path)];
  const errs: FieldError[] = [];
  const labels = template.metadata?.labels as Record<string, string> | undefined;
  errs.push(...validateLabels(labels, `${path}.metadata.labels`));
  if (selector && (Object.keys(selector.matchLabels ?? {}).length || (selector.matchExpressions ?? []).length)) {
    let ok = false;
    try {
      ok = matchesLabels(labelSelectorFromSpec(selector), labels);
    } catch {
      ok = true; // already reported as a selector error
    }
    if (!ok) errs.push(fieldInvalid(`${path}.metadata.labels`, { goSyntax: goStringMap(labels) }, "`selector` does not match template `labels`"));
  }
  errs.push(...validatePodSpec(template.spec, `${path}.spec`, restartPolicies));
  return errs;
}

/** ValidateImmutableField for a selector (apps/v1 forbids selector changes). */
export function validateSelectorUnchanged(selector: LabelSelectorSpec | undefined, old: LabelSelectorSpec | undefined, path: string): FieldError[] {
  if (semanticEqual(selector ?? null, old ?? null)) return [];
  return [fieldInvalid(path, { goSyntax: goLabelSelector(selector) }, "field is immutable")];
}

/**
 * Go drops zero values of `omitempty` fields when it re-serialises a decoded object, so a stored
 * `minReadySeconds: 0` or `paused: false` never shows (DeploymentSpec, ReplicaSetSpec, ...).
 */
export function dropZeroOmitempty(spec: Json): void {
  if (spec.minReadySeconds === 0) delete spec.minReadySeconds;
  if (spec.paused === false) delete spec.paused;
}
