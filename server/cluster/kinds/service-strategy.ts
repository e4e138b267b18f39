/**
 * Services: SetDefaults_Service (type ClusterIP, sessionAffinity None, protocol TCP, targetPort = port,
 * externalTrafficPolicy Cluster for NodePort/LoadBalancer), the 1.20 service REST (allocating
 * clusterIP and nodePorts, keeping them on updates that omit them, dropping type-dependent fields on
 * a type change) and ValidateService / ValidateServiceUpdate messages. IPv6DualStack is off in 1.20,
 * so ipFamilies/ipFamilyPolicy stay unset and clusterIPs mirrors clusterIP.
 */
import { fieldInvalid, fieldNotSupported, fieldRequired, fieldDuplicate, type FieldError } from "../errors/field-error";
import { newInternalError } from "../errors/status-error";
import type { KubeObject } from "../types";
import { SERVICE_PORT_ORDER, SERVICE_SPEC_ORDER, orderKeys, sortedMap } from "./field-order";
import { isDNS1123Label, validateDNS1035Name } from "./name-validation";
import { PORT_RANGE_MSG } from "./pod-validation";
import {
  NODE_PORT_RANGE, SERVICE_CIDR, allocateClusterIP, allocateNodePort, inServiceRange, usedClusterIPs, usedNodePorts,
} from "./service-allocation";
import type { KindStrategy, StrategyContext } from "./strategy";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = Record<string, any>;

const TYPES = ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"];
const needsNodePorts = (type: string) => type === "NodePort" || type === "LoadBalancer";

function applyDefaults(svc: KubeObject): void {
  const spec: Json = (svc.spec ??= {});
  spec.type ||= "ClusterIP";
  spec.sessionAffinity ||= "None";
  spec.ports = (spec.ports ?? []).map((p: Json) =>
    orderKeys({ ...p, protocol: p.protocol || "TCP", targetPort: p.targetPort === undefined || p.targetPort === 0 || p.targetPort === "" ? p.port : p.targetPort }, SERVICE_PORT_ORDER),
  );
  if (needsNodePorts(spec.type)) spec.externalTrafficPolicy ||= "Cluster";
  if (spec.selector) spec.selector = sortedMap(spec.selector);
  svc.spec = orderKeys(spec, SERVICE_SPEC_ORDER);
}

/** Allocates what is missing; user-chosen values are checked in `validate`. */
function allocate(svc: KubeObject, ctx: StrategyContext, old?: KubeObject): void {
  const spec = svc.spec;
  if (spec.type !== "ExternalName" && !spec.clusterIP) {
    const ip = allocateClusterIP(usedClusterIPs(ctx.lister));
    if (!ip) throw newInternalError(`failed to allocate a serviceIP: range is full`);
    spec.clusterIP = ip;
  }
  if (spec.clusterIP) spec.clusterIPs = [spec.clusterIP];
  if (needsNodePorts(spec.type)) {
    const used = usedNodePorts(ctx.lister);
    for (const p of old?.spec?.ports ?? []) if (p.nodePort) used.delete(p.nodePort);
    for (const p of spec.ports as Json[]) {
      if (p.nodePort) continue;
      const port = allocateNodePort(used);
      if (!port) throw newInternalError("failed to allocate a nodePort: range is full");
      used.add(port);
      p.nodePort = port;
    }
  }
  svc.spec = orderKeys(spec, SERVICE_SPEC_ORDER);
  svc.spec.ports = (spec.ports as Json[]).map((p) => orderKeys(p, SERVICE_PORT_ORDER));
}

function validate(svc: KubeObject, ctx: StrategyContext, old?: KubeObject): FieldError[] {
  const s: Json = svc.spec ?? {};
  const errs: FieldError[] = [];
  if (!TYPES.includes(s.type)) errs.push(fieldNotSupported("spec.type", s.type, TYPES));
  const ports: Json[] = s.ports ?? [];
  if (!ports.length && s.type !== "ExternalName" && s.clusterIP !== "None") errs.push(fieldRequired("spec.ports"));
  const seenNames = new Set<string>();
  ports.forEach((p, i) => {
    const pp = `spec.ports[${i}]`;
    if (ports.length > 1 && !p.name) errs.push(fieldRequired(`${pp}.name`));
    else if (p.name) {
      for (const msg of isDNS1123Label(p.name)) errs.push(fieldInvalid(`${pp}.name`, p.name, msg));
      if (seenNames.has(p.name)) errs.push(fieldDuplicate(`${pp}.name`, p.name));
      seenNames.add(p.name);
    }
    if (!(Number.isInteger(p.port) && p.port >= 1 && p.port <= 65535)) errs.push(fieldInvalid(`${pp}.port`, p.port ?? 0, PORT_RANGE_MSG));
    if (!["SCTP", "TCP", "UDP"].includes(p.protocol)) errs.push(fieldNotSupported(`${pp}.protocol`, p.protocol, ["SCTP", "TCP", "UDP"]));
    if (typeof p.targetPort === "number" && !(p.targetPort >= 1 && p.targetPort <= 65535)) errs.push(fieldInvalid(`${pp}.targetPort`, p.targetPort, PORT_RANGE_MSG));
    if (p.nodePort !== undefined) {
      if (!needsNodePorts(s.type)) errs.push(fieldInvalid(`${pp}.nodePort`, p.nodePort, "may not be used when `type` is 'ClusterIP'"));
      else if (p.nodePort < NODE_PORT_RANGE.min || p.nodePort > NODE_PORT_RANGE.max) {
        errs.push(fieldInvalid(`${pp}.nodePort`, p.nodePort, `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_RANGE.min}-${NODE_PORT_RANGE.max}`));
      } else if (!old?.spec?.ports?.some((o: Json) => o.nodePort === p.nodePort) && usedNodePorts(ctx.lister).has(p.nodePort)) {
        errs.push(fieldInvalid(`${pp}.nodePort`, p.nodePort, "provided port is already allocated"));
      }
    }
  });
  if (!["ClientIP", "None"].includes(s.sessionAffinity)) errs.push(fieldNotSupported("spec.sessionAffinity", s.sessionAffinity, ["ClientIP", "None"]));
  if (s.externalTrafficPolicy && !needsNodePorts(s.type)) {
    errs.push(fieldInvalid("spec.externalTrafficPolicy", s.externalTrafficPolicy, "ExternalTrafficPolicy can only be set on NodePort and LoadBalancer service"));
  }
  if (s.clusterIP && s.clusterIP !== "None" && s.clusterIP !== old?.spec?.clusterIP) {
    if (!inServiceRange(s.clusterIP)) {
      errs.push(fieldInvalid("spec.clusterIP", s.clusterIP, `provided IP is not in the valid range. The range of valid IPs is ${SERVICE_CIDR}`));
    } else if (usedClusterIPs(ctx.lister).has(s.clusterIP)) {
      errs.push(fieldInvalid("spec.clusterIP", s.clusterIP, "provided IP is already allocated"));
    }
  }
  return errs;
}

export const serviceStrategy: KindStrategy = {
  validateName: validateDNS1035Name,
  applyDefaults,
  prepareForCreate(svc, ctx) {
    svc.status = { loadBalancer: {} };
    // Checked before allocating so a user-chosen IP or port is judged against the others.
    const errs = validate(svc, ctx);
    if (!errs.length) allocate(svc, ctx);
  },
  prepareForUpdate(svc, old, ctx) {
    const spec: Json = svc.spec;
    // patchAllocatedValues: an update that omits allocated values keeps them.
    if (!spec.clusterIP && old.spec?.clusterIP && spec.type !== "ExternalName") spec.clusterIP = old.spec.clusterIP;
    if (needsNodePorts(spec.type)) {
      for (const p of spec.ports ?? []) {
        const prev = (old.spec?.ports ?? []).find((o: Json) => o.port === p.port && o.protocol === p.protocol);
        if (!p.nodePort && prev?.nodePort) p.nodePort = prev.nodePort;
      }
    } else {
      // dropTypeDependentFields: leaving NodePort/LoadBalancer releases the node ports.
      for (const p of spec.ports ?? []) if (p.nodePort && (old.spec?.ports ?? []).some((o: Json) => o.nodePort === p.nodePort)) delete p.nodePort;
      if (spec.externalTrafficPolicy && spec.externalTrafficPolicy === old.spec?.externalTrafficPolicy) delete spec.externalTrafficPolicy;
    }
    if (!validate(svc, ctx, old).length) allocate(svc, ctx, old);
  },
  validate: (svc, ctx) => validate(svc, ctx),
  validateUpdate(svc, old, ctx) {
    const errs = validate(svc, ctx, old);
    if (old.spec?.clusterIP && old.spec.type !== "ExternalName" && svc.spec?.type !== "ExternalName" && svc.spec?.clusterIP !== old.spec.clusterIP) {
      errs.push(fieldInvalid("spec.clusterIP", svc.spec?.clusterIP ?? "", "field is immutable"));
    }
    return errs;
  },
  generationChanged: () => false,
};
