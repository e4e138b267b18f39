/**
 * Pod spec validation, the subset of pkg/apis/core/validation/validation.go (v1.20) that students
 * meet: containers, names, images, ports, env, volumes and mounts, policies. Messages match upstream's.
 */
import {
  fieldDuplicate,
  fieldInvalid,
  fieldNotFound,
  fieldNotSupported,
  fieldRequired,
  type FieldError,
} from "../errors/field-error";
import { isDNS1123Label, isQualifiedName } from "./name-validation";
import { QUANTITY_REGEX, quantityValue } from "./quantity";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = Record<string, any>;

const ENV_VAR_FMT = "[-._a-zA-Z][-._a-zA-Z0-9]*";
const ENV_VAR_MSG =
  "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '" +
  ENV_VAR_FMT + "')";

/** validation.IsValidPortName (IANA service names). */
function portNameErrors(name: string): string[] {
  const errs: string[] = [];
  if (name.length > 15) errs.push("must be no more than 15 characters");
  if (!/^[-a-z0-9]+$/.test(name)) errs.push("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
  if (!/[a-z]/.test(name)) errs.push("must contain at least one letter or number (a-z, 0-9)");
  if (name.includes("--")) errs.push("must not contain consecutive hyphens (-)");
  if (name.startsWith("-") || name.endsWith("-")) errs.push("must not begin or end with a hyphen (-)");
  return errs;
}

/** ValidateResourceRequirements: valid quantities, requests not above limits. */
function validateResources(res: Json | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const limits: Json = res?.limits ?? {};
  const requests: Json = res?.requests ?? {};
  for (const [kind, list] of [["limits", limits], ["requests", requests]] as const) {
    for (const [name, q] of Object.entries(list)) {
      if (quantityValue(q) === undefined) errs.push(fieldInvalid(`${path}.${kind}[${name}]`, String(q), `must match the regex ${QUANTITY_REGEX.source}`));
      else if (quantityValue(q)! < 0) errs.push(fieldInvalid(`${path}.${kind}[${name}]`, String(q), "must be greater than or equal to 0"));
    }
  }
  for (const [name, q] of Object.entries(requests)) {
    const lim = quantityValue(limits[name]);
    const req = quantityValue(q);
    if (lim !== undefined && req !== undefined && req > lim) {
      errs.push(fieldInvalid(`${path}.requests`, String(q), `must be less than or equal to ${name} limit`));
    }
  }
  return errs;
}

export const PORT_RANGE_MSG = "must be between 1 and 65535, inclusive";
const isPort = (p: unknown) => Number.isInteger(p) && (p as number) >= 1 && (p as number) <= 65535;

function validateContainer(c: Json, path: string, volumes: Set<string>): FieldError[] {
  const errs: FieldError[] = [];
  if (!c.name) errs.push(fieldRequired(`${path}.name`));
  else for (const msg of isDNS1123Label(c.name)) errs.push(fieldInvalid(`${path}.name`, c.name, msg));
  if (!c.image) errs.push(fieldRequired(`${path}.image`));
  (c.ports ?? []).forEach((p: Json, i: number) => {
    const pp = `${path}.ports[${i}]`;
    if (p.name) for (const msg of portNameErrors(p.name)) errs.push(fieldInvalid(`${pp}.name`, p.name, msg));
    if (p.containerPort === undefined || p.containerPort === 0) errs.push(fieldRequired(`${pp}.containerPort`));
    else if (!isPort(p.containerPort)) errs.push(fieldInvalid(`${pp}.containerPort`, p.containerPort, PORT_RANGE_MSG));
    if (p.hostPort !== undefined && p.hostPort !== 0 && !isPort(p.hostPort)) errs.push(fieldInvalid(`${pp}.hostPort`, p.hostPort, PORT_RANGE_MSG));
    if (!["SCTP", "TCP", "UDP"].includes(p.protocol)) errs.push(fieldNotSupported(`${pp}.protocol`, p.protocol, ["SCTP", "TCP", "UDP"]));
  });
  (c.env ?? []).forEach((e: Json, i: number) => {
    const ep = `${path}.env[${i}]`;
    if (!e.name) errs.push(fieldRequired(`${ep}.name`));
    else if (!new RegExp(`^${ENV_VAR_FMT}$`).test(e.name)) errs.push(fieldInvalid(`${ep}.name`, e.name, ENV_VAR_MSG));
  });
  (c.volumeMounts ?? []).forEach((m: Json, i: number) => {
    const mp = `${path}.volumeMounts[${i}]`;
    if (!m.name) errs.push(fieldRequired(`${mp}.name`));
    else if (!volumes.has(m.name)) errs.push(fieldNotFound(`${mp}.name`, m.name));
    if (!m.mountPath) errs.push(fieldRequired(`${mp}.mountPath`));
  });
  errs.push(...validateResources(c.resources, `${path}.resources`));
  if (c.imagePullPolicy !== undefined && !["Always", "IfNotPresent", "Never"].includes(c.imagePullPolicy)) {
    errs.push(fieldNotSupported(`${path}.imagePullPolicy`, c.imagePullPolicy, ["Always", "IfNotPresent", "Never"]));
  }
  if (c.terminationMessagePolicy !== undefined && !["File", "FallbackToLogsOnError"].includes(c.terminationMessagePolicy)) {
    errs.push(fieldNotSupported(`${path}.terminationMessagePolicy`, c.terminationMessagePolicy, ["File", "FallbackToLogsOnError"]));
  }
  return errs;
}

/**
 * ValidatePodSpec. `restartPolicies` narrows the allowed policies (templates of Deployments and
 * ReplicaSets allow only Always, ValidatePodTemplateSpecForReplicaSet).
 */
export function validatePodSpec(spec: Json | undefined, path: string, restartPolicies = ["Always", "OnFailure", "Never"]): FieldError[] {
  const errs: FieldError[] = [];
  const s = spec ?? {};
  const volumes = new Set<string>();
  (s.volumes ?? []).forEach((v: Json, i: number) => {
    const vp = `${path}.volumes[${i}]`;
    if (!v.name) errs.push(fieldRequired(`${vp}.name`));
    else {
      for (const msg of isDNS1123Label(v.name)) errs.push(fieldInvalid(`${vp}.name`, v.name, msg));
      if (volumes.has(v.name)) errs.push(fieldDuplicate(`${vp}.name`, v.name));
      volumes.add(v.name);
    }
  });
  const containers: Json[] = s.containers ?? [];
  if (!containers.length) errs.push(fieldRequired(`${path}.containers`));
  const names = new Set<string>();
  const all: [Json[], string][] = [[s.initContainers ?? [], "initContainers"], [containers, "containers"]];
  for (const [list, field] of all) {
    list.forEach((c, i) => {
      const cp = `${path}.${field}[${i}]`;
      errs.push(...validateContainer(c, cp, volumes));
      if (c.name && names.has(c.name)) errs.push(fieldDuplicate(`${cp}.name`, c.name));
      if (c.name) names.add(c.name);
    });
  }
  if (s.restartPolicy !== undefined && !restartPolicies.includes(s.restartPolicy)) {
    errs.push(fieldNotSupported(`${path}.restartPolicy`, s.restartPolicy, restartPolicies));
  }
  const dnsPolicies = ["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"];
  if (s.dnsPolicy !== undefined && !dnsPolicies.includes(s.dnsPolicy)) errs.push(fieldNotSupported(`${path}.dnsPolicy`, s.dnsPolicy, dnsPolicies));
  if (s.terminationGracePeriodSeconds !== undefined && s.terminationGracePeriodSeconds < 0) {
    errs.push(fieldInvalid(`${path}.terminationGracePeriodSeconds`, s.terminationGracePeriodSeconds, "must be greater than or equal to 0"));
  }
  if (s.activeDeadlineSeconds !== undefined && !(s.activeDeadlineSeconds > 0)) {
    errs.push(fieldInvalid(`${path}.activeDeadlineSeconds`, s.activeDeadlineSeconds, "must be between 1 and 2147483647, inclusive"));
  }
  for (const [k, v] of Object.entries((s.nodeSelector ?? {}) as Record<string, string>)) {
    for (const msg of isQualifiedName(k)) errs.push(fieldInvalid(`${path}.nodeSelector`, k, msg));
    void v;
  }
  return errs;
}
