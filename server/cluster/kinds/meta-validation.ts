/**
 * ObjectMeta validation, as k8s.io/apimachinery/pkg/api/validation/objectmeta.go
 * (ValidateObjectMetaAccessor and ValidateObjectMetaUpdate) reports it.
 */
import { fieldForbidden, fieldInvalid, fieldRequired, fieldTooLong, type FieldError } from "../errors/field-error";
import type { ObjectMeta } from "../types";
import { isQualifiedName, isValidLabelValue, validateLabelName } from "./name-validation";
import type { NameValidator } from "./strategy";

const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

/** ValidateLabels (metadata.labels or a template's). */
export function validateLabels(labels: Record<string, string> | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const [k, v] of Object.entries(labels ?? {})) {
    for (const msg of isQualifiedName(k)) errs.push(fieldInvalid(path, k, msg));
    for (const msg of isValidLabelValue(v)) errs.push(fieldInvalid(path, v, msg));
  }
  return errs;
}

function validateAnnotations(annotations: Record<string, string> | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let size = 0;
  for (const [k, v] of Object.entries(annotations ?? {})) {
    for (const msg of isQualifiedName(k.toLowerCase())) errs.push(fieldInvalid(path, k, msg));
    size += k.length + String(v).length;
  }
  if (size > TOTAL_ANNOTATION_SIZE_LIMIT) errs.push(fieldTooLong(path, TOTAL_ANNOTATION_SIZE_LIMIT));
  return errs;
}

function validateOwnerReferences(meta: ObjectMeta, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let controllers = 0;
  for (const ref of meta.ownerReferences ?? []) {
    if (!ref.apiVersion) errs.push(fieldInvalid(`${path}.apiVersion`, ref.apiVersion ?? "", "version must not be empty"));
    if (!ref.kind) errs.push(fieldInvalid(`${path}.kind`, ref.kind ?? "", "kind must not be empty"));
    if (!ref.name) errs.push(fieldInvalid(`${path}.name`, ref.name ?? "", "name must not be empty"));
    if (!ref.uid) errs.push(fieldInvalid(`${path}.uid`, ref.uid ?? "", "uid must not be empty"));
    if (ref.controller) controllers++;
  }
  if (controllers > 1) errs.push(fieldInvalid(path, { goSyntax: "[]v1.OwnerReference{...}" }, "Only one reference can have Controller set to true"));
  return errs;
}

/** ValidateObjectMeta for a new object (name already generated from generateName). */
export function validateObjectMeta(meta: ObjectMeta, namespaced: boolean, nameFn: NameValidator, path = "metadata"): FieldError[] {
  const errs: FieldError[] = [];
  if (meta.generateName) for (const msg of nameFn(meta.generateName, true)) errs.push(fieldInvalid(`${path}.generateName`, meta.generateName, msg));
  if (!meta.name) errs.push(fieldRequired(`${path}.name`, "name or generateName is required"));
  else for (const msg of nameFn(meta.name, false)) errs.push(fieldInvalid(`${path}.name`, meta.name, msg));
  if (namespaced) {
    if (!meta.namespace) errs.push(fieldRequired(`${path}.namespace`));
    else for (const msg of validateLabelName(meta.namespace, false)) errs.push(fieldInvalid(`${path}.namespace`, meta.namespace, msg));
  } else if (meta.namespace) {
    errs.push(fieldForbidden(`${path}.namespace`, "not allowed on this type"));
  }
  errs.push(...validateLabels(meta.labels, `${path}.labels`));
  errs.push(...validateAnnotations(meta.annotations, `${path}.annotations`));
  errs.push(...validateOwnerReferences(meta, `${path}.ownerReferences`));
  for (const f of meta.finalizers ?? []) for (const msg of isQualifiedName(f)) errs.push(fieldInvalid(`${path}.finalizers`, f, msg));
  return errs;
}

/** ValidateObjectMetaUpdate: identity fields are immutable. */
export function validateObjectMetaUpdate(meta: ObjectMeta, old: ObjectMeta, path = "metadata"): FieldError[] {
  const errs: FieldError[] = [];
  if (meta.name !== old.name) errs.push(fieldInvalid(`${path}.name`, meta.name ?? "", "field is immutable"));
  if ((meta.namespace ?? "") !== (old.namespace ?? "")) errs.push(fieldInvalid(`${path}.namespace`, meta.namespace ?? "", "field is immutable"));
  if (meta.uid !== old.uid) errs.push(fieldInvalid(`${path}.uid`, meta.uid ?? "", "field is immutable"));
  errs.push(...validateLabels(meta.labels, `${path}.labels`));
  errs.push(...validateAnnotations(meta.annotations, `${path}.annotations`));
  errs.push(...validateOwnerReferences(meta, `${path}.ownerReferences`));
  return errs;
}
