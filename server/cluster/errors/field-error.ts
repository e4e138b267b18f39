/**
 * Field validation errors, as k8s.io/apimachinery/pkg/util/validation/field/errors.go renders them:
 * `spec.replicas: Invalid value: -1: must be greater than or equal to 0`.
 */

type ErrorType =
  | "Not found"
  | "Required value"
  | "Duplicate value"
  | "Invalid value"
  | "Unsupported value"
  | "Forbidden"
  | "Too long"
  | "Too many"
  | "Internal error";

/** metav1.CauseType for each field.ErrorType (field/errors.go). */
const CAUSE_TYPE: Record<ErrorType, string> = {
  "Not found": "FieldValueNotFound",
  "Required value": "FieldValueRequired",
  "Duplicate value": "FieldValueDuplicate",
  "Invalid value": "FieldValueInvalid",
  "Unsupported value": "FieldValueNotSupported",
  Forbidden: "FieldValueForbidden",
  "Too long": "FieldValueTooLong",
  "Too many": "FieldValueTooMany",
  "Internal error": "InternalError",
};

/** A bad value: JSON scalars print like Go's %v / %q; anything else must come pre-rendered as Go's %#v. */
export type BadValue = string | number | boolean | null | undefined | { goSyntax: string };

export interface FieldError {
  type: ErrorType;
  causeType: string;
  field: string;
  /** `ErrorBody()`: the message without the field path. */
  body: string;
}

function renderValue(v: BadValue): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return v.goSyntax;
}

function make(type: ErrorType, field: string, value: BadValue, detail: string, showValue: boolean): FieldError {
  let body: string = type;
  if (showValue) body = `${type}: ${renderValue(value)}`;
  if (detail) body += `: ${detail}`;
  return { type, causeType: CAUSE_TYPE[type], field, body };
}

export const fieldInvalid = (field: string, value: BadValue, detail: string): FieldError =>
  make("Invalid value", field, value, detail, true);
export const fieldRequired = (field: string, detail = ""): FieldError => make("Required value", field, null, detail, false);
export const fieldForbidden = (field: string, detail: string): FieldError => make("Forbidden", field, null, detail, false);
export const fieldDuplicate = (field: string, value: BadValue): FieldError => make("Duplicate value", field, value, "", true);
export const fieldNotFound = (field: string, value: BadValue): FieldError => make("Not found", field, value, "", true);
export const fieldTooLong = (field: string, maxLength: number): FieldError =>
  make("Too long", field, null, `must have at most ${maxLength} bytes`, false);

/** field.NotSupported: `Unsupported value: "x": supported values: "a", "b"`. */
export function fieldNotSupported(field: string, value: BadValue, valid: string[]): FieldError {
  const detail = valid.length ? `supported values: ${valid.map((v) => JSON.stringify(v)).join(", ")}` : "";
  return make("Unsupported value", field, value, detail, true);
}

/** field.Error.Error(): `<field>: <body>`. */
export const fieldErrorString = (e: FieldError): string => `${e.field}: ${e.body}`;

/** ErrorList.ToAggregate().Error(): one error as is, several de-duplicated in brackets. */
export function fieldErrorsToAggregate(errs: FieldError[]): string {
  const seen: string[] = [];
  for (const e of errs) {
    const msg = fieldErrorString(e);
    if (!seen.includes(msg)) seen.push(msg);
  }
  if (seen.length === 1) return seen[0];
  return `[${seen.join(", ")}]`;
}
