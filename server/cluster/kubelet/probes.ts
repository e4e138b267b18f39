/**
 * Readiness and liveness probes, decided from what the simulated app serves rather than by probing on
 * a timer: an httpGet or tcpSocket probe passes when the container's process listens on the probed
 * port (exec probes pass), so the first result is known in advance and so is the time it matters
 * (pkg/kubelet/prober: initialDelaySeconds, then every periodSeconds; liveness kills after
 * failureThreshold consecutive failures). Images outside the catalogue (the system pods) pass:
 * their apps are not modelled.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */

type Probe = Record<string, any>;

function probedPort(spec: Record<string, any>, probe: Probe): number | undefined {
  const target = probe.httpGet?.port ?? probe.tcpSocket?.port;
  if (typeof target !== "string") return target;
  return /^\d+$/.test(target) ? Number(target) : spec.ports?.find((p: any) => p.name === target)?.containerPort;
}

function passes(spec: Record<string, any>, probe: Probe, ports: number[], modelled: boolean): boolean {
  if (!modelled || probe.exec) return true;
  const port = probedPort(spec, probe);
  return port !== undefined && ports.includes(port);
}

/** When the container becomes ready: at once without a probe, after the first passing probe, or never. */
export function readinessAt(spec: Record<string, any>, ports: number[], startedAt: number, modelled: boolean): number | undefined {
  const probe = spec.readinessProbe;
  if (!probe || !modelled) return startedAt;
  if (!passes(spec, probe, ports, modelled)) return undefined;
  return startedAt + (probe.initialDelaySeconds ?? 0) * 1000 + 1000;
}

/** prober.go's failure output for a probe nothing answers. */
function failureOutput(spec: Record<string, any>, probe: Probe, podIP: string): string {
  const port = probedPort(spec, probe);
  const dial = `dial tcp ${podIP}:${port}: connect: connection refused`;
  if (!probe.httpGet) return dial;
  const scheme = (probe.httpGet.scheme ?? "HTTP").toLowerCase();
  return `Get "${scheme}://${probe.httpGet.host ?? podIP}:${port}${probe.httpGet.path ?? "/"}": ${dial}`;
}

/** When a failing liveness probe has the container killed, with the Unhealthy message and how many probes failed. */
export function livenessFailure(spec: Record<string, any>, ports: number[], startedAt: number, modelled: boolean, podIP: string): { at: number; message: string; failures: number } | undefined {
  const probe = spec.livenessProbe;
  if (!probe || passes(spec, probe, ports, modelled)) return undefined;
  const failures = probe.failureThreshold ?? 3;
  const at = startedAt + ((probe.initialDelaySeconds ?? 0) + (probe.periodSeconds ?? 10) * (failures - 1)) * 1000 + 1000;
  return { at, failures, message: `Liveness probe failed: ${failureOutput(spec, probe, podIP)}` };
}
