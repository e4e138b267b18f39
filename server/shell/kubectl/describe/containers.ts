/**
 * The container, volume and pod-template blocks of describe.go (describeContainers and friends,
 * describeVolumes, DescribePodTemplate), shared by pods, deployments and replica sets.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { rfc1123z } from "../human-duration";
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, printAnnotationsMultiline, printBool, printLabelsMultiline, stringOrNone, type PrefixWriter } from "./prefix-writer";

function ports(list: any[] | undefined, field: "containerPort" | "hostPort"): string {
  return (list ?? []).map((p) => `${p[field] ?? 0}/${p.protocol ?? "TCP"}`).join(", ");
}

function describeStatus(name: string, state: any, w: PrefixWriter): void {
  if (state?.running) {
    w.write(LEVEL_2, `${name}:\tRunning\n`);
    w.write(LEVEL_3, `Started:\t${rfc1123z(state.running.startedAt)}\n`);
  } else if (state?.waiting) {
    w.write(LEVEL_2, `${name}:\tWaiting\n`);
    if (state.waiting.reason) w.write(LEVEL_3, `Reason:\t${state.waiting.reason}\n`);
  } else if (state?.terminated) {
    const t = state.terminated;
    w.write(LEVEL_2, `${name}:\tTerminated\n`);
    if (t.reason) w.write(LEVEL_3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(LEVEL_3, `Message:\t${t.message}\n`);
    w.write(LEVEL_3, `Exit Code:\t${t.exitCode ?? 0}\n`);
    if (t.signal > 0) w.write(LEVEL_3, `Signal:\t${t.signal}\n`);
    w.write(LEVEL_3, `Started:\t${rfc1123z(t.startedAt ?? 0)}\n`);
    w.write(LEVEL_3, `Finished:\t${rfc1123z(t.finishedAt ?? 0)}\n`);
  } else w.write(LEVEL_2, `${name}:\tWaiting\n`);
}

function describeProbe(p: any): string {
  const attrs = `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s period=${p.periodSeconds ?? 10}s #success=${p.successThreshold ?? 1} #failure=${p.failureThreshold ?? 3}`;
  if (p.exec) return `exec [${(p.exec.command ?? []).join(" ")}] ${attrs}`;
  if (p.httpGet) {
    const scheme = String(p.httpGet.scheme ?? "HTTP").toLowerCase();
    return `http-get ${scheme}://${p.httpGet.host ?? ""}:${p.httpGet.port}${p.httpGet.path ?? ""} ${attrs}`;
  }
  if (p.tcpSocket) return `tcp-socket ${p.tcpSocket.host ?? ""}:${p.tcpSocket.port} ${attrs}`;
  return `unknown ${attrs}`;
}

function describeEnv(c: any, w: PrefixWriter): void {
  if (c.envFrom?.length) {
    w.write(LEVEL_2, "Environment Variables from:\n");
    for (const e of c.envFrom) {
      const from = e.configMapRef ? "ConfigMap" : e.secretRef ? "Secret" : "";
      const ref = e.configMapRef ?? e.secretRef ?? {};
      const optional = ref.optional === true;
      if (!e.prefix) w.write(LEVEL_3, `${ref.name ?? ""}\t${from}\tOptional: ${optional}\n`);
      else w.write(LEVEL_3, `${ref.name ?? ""}\t${from} with prefix '${e.prefix}'\tOptional: ${optional}\n`);
    }
  }
  w.write(LEVEL_2, `Environment:${c.env?.length ? "" : "\t<none>"}\n`);
  for (const e of c.env ?? []) {
    if (!e.valueFrom) {
      String(e.value ?? "")
        .split("\n")
        .forEach((s, i) => w.write(LEVEL_3, i === 0 ? `${e.name}:\t${s}\n` : `\t${s}\n`));
      continue;
    }
    const v = e.valueFrom;
    if (v.fieldRef) w.write(LEVEL_3, `${e.name}:\t (${v.fieldRef.apiVersion ?? "v1"}:${v.fieldRef.fieldPath})\n`);
    else if (v.resourceFieldRef) w.write(LEVEL_3, `${e.name}:\t (${v.resourceFieldRef.resource})\n`);
    else if (v.secretKeyRef)
      w.write(LEVEL_3, `${e.name}:\t<set to the key '${v.secretKeyRef.key}' in secret '${v.secretKeyRef.name}'>\tOptional: ${v.secretKeyRef.optional === true}\n`);
    else if (v.configMapKeyRef)
      w.write(LEVEL_3, `${e.name}:\t<set to the key '${v.configMapKeyRef.key}' of config map '${v.configMapKeyRef.name}'>\tOptional: ${v.configMapKeyRef.optional === true}\n`);
  }
}

function describeResources(c: any, w: PrefixWriter): void {
  for (const [title, list] of [["Limits", c.resources?.limits], ["Requests", c.resources?.requests]] as const) {
    const keys = Object.keys(list ?? {}).sort();
    if (!keys.length) continue;
    w.write(LEVEL_2, `${title}:\n`);
    for (const k of keys) w.write(LEVEL_3, `${k}:\t${list[k]}\n`);
  }
}

export function describeContainers(label: string, containers: any[], statuses: any[] | null, w: PrefixWriter, space: string): void {
  const byName = new Map((statuses ?? []).map((s) => [s.name, s]));
  w.write(LEVEL_0, `${space}${label}:${containers.length ? "" : " <none>"}\n`);
  for (const c of containers) {
    const status = byName.get(c.name);
    w.write(LEVEL_1, `${space ? " " : ""}${c.name}:\n`);
    if (status) w.write(LEVEL_2, `Container ID:\t${status.containerID ?? ""}\n`);
    w.write(LEVEL_2, `Image:\t${c.image ?? ""}\n`);
    if (status) w.write(LEVEL_2, `Image ID:\t${status.imageID ?? ""}\n`);
    const p = ports(c.ports, "containerPort");
    w.write(LEVEL_2, p.includes(",") ? `Ports:\t${p}\n` : `Port:\t${stringOrNone(p)}\n`);
    const hp = ports(c.ports, "hostPort");
    w.write(LEVEL_2, hp.includes(",") ? `Host Ports:\t${hp}\n` : `Host Port:\t${stringOrNone(hp)}\n`);
    if (c.command?.length) {
      w.write(LEVEL_2, "Command:\n");
      for (const s of c.command) for (const line of String(s).split("\n")) w.write(LEVEL_3, `${line}\n`);
    }
    if (c.args?.length) {
      w.write(LEVEL_2, "Args:\n");
      for (const s of c.args) for (const line of String(s).split("\n")) w.write(LEVEL_3, `${line}\n`);
    }
    if (status) {
      describeStatus("State", status.state, w);
      if (status.lastState?.terminated) describeStatus("Last State", status.lastState, w);
      w.write(LEVEL_2, `Ready:\t${printBool(status.ready)}\n`);
      w.write(LEVEL_2, `Restart Count:\t${status.restartCount ?? 0}\n`);
    }
    describeResources(c, w);
    if (c.livenessProbe) w.write(LEVEL_2, `Liveness:\t${describeProbe(c.livenessProbe)}\n`);
    if (c.readinessProbe) w.write(LEVEL_2, `Readiness:\t${describeProbe(c.readinessProbe)}\n`);
    if (c.startupProbe) w.write(LEVEL_2, `Startup:\t${describeProbe(c.startupProbe)}\n`);
    describeEnv(c, w);
    const mounts = [...(c.volumeMounts ?? [])].sort((a, b) => (a.mountPath < b.mountPath ? -1 : 1));
    w.write(LEVEL_2, `Mounts:${mounts.length ? "" : "\t<none>"}\n`);
    for (const m of mounts) {
      const flags = [m.readOnly ? "ro" : "rw", ...(m.subPath ? [`path=${JSON.stringify(m.subPath)}`] : [])];
      w.write(LEVEL_3, `${m.mountPath} from ${m.name} (${flags.join(",")})\n`);
    }
  }
}

export function describeVolumes(volumes: any[] | undefined, w: PrefixWriter, space: string): void {
  if (!volumes?.length) {
    w.write(LEVEL_0, `${space}Volumes:\t<none>\n`);
    return;
  }
  w.write(LEVEL_0, `${space}Volumes:\n`);
  for (const v of volumes) {
    w.write(LEVEL_1, `${space ? " " : ""}${v.name}:\n`);
    if (v.secret) {
      w.write(LEVEL_2, `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${v.secret.secretName ?? ""}\n    Optional:\t${v.secret.optional === true}\n`);
    } else if (v.configMap) {
      w.write(LEVEL_2, `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${v.configMap.name ?? ""}\n    Optional:\t${v.configMap.optional === true}\n`);
    } else if (v.emptyDir) {
      w.write(LEVEL_2, `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v.emptyDir.medium ?? ""}\n    SizeLimit:\t${v.emptyDir.sizeLimit ?? "<unset>"}\n`);
    } else if (v.hostPath) {
      w.write(LEVEL_2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${v.hostPath.path}\n    HostPathType:\t${v.hostPath.type ?? "<none>"}\n`);
    } else if (v.persistentVolumeClaim) {
      w.write(LEVEL_2, `Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${v.persistentVolumeClaim.claimName}\n    ReadOnly:\t${v.persistentVolumeClaim.readOnly === true}\n`);
    } else w.write(LEVEL_1, "<unknown>\n");
  }
}

export function describePodTemplate(template: any, w: PrefixWriter): void {
  w.write(LEVEL_0, "Pod Template:\n");
  if (!template) {
    w.write(LEVEL_1, "<unset>");
    return;
  }
  printLabelsMultiline(w, "  Labels", template.metadata?.labels);
  if (Object.keys(template.metadata?.annotations ?? {}).length) printAnnotationsMultiline(w, "  Annotations", template.metadata.annotations);
  const spec = template.spec ?? {};
  if (spec.serviceAccountName) w.write(LEVEL_1, `Service Account:\t${spec.serviceAccountName}\n`);
  if (spec.initContainers?.length) describeContainers("Init Containers", spec.initContainers, null, w, "  ");
  describeContainers("Containers", spec.containers ?? [], null, w, "  ");
  describeVolumes(spec.volumes, w, "  ");
  if (spec.priorityClassName) w.write(LEVEL_1, `Priority Class Name:\t${spec.priorityClassName}\n`);
}
