/**
 * ClusterIP and NodePort allocation (pkg/registry/core/service/ipallocator and portallocator): random
 * free values from the service CIDR 10.96.0.0/12 (minikube's default) and 30000-32767. The allocation
 * state is derived from the stored Services, so a restored cluster needs no separate bitmap.
 */
import { randomInt } from "node:crypto";
import type { StoreLister } from "../store/store-hooks";

export const SERVICE_CIDR = "10.96.0.0/12";
export const NODE_PORT_RANGE = { min: 30000, max: 32767 };

const CIDR_BASE = (10 << 24) | (96 << 16); // 10.96.0.0
const CIDR_SIZE = 1 << 20; // a /12

export function ipToNumber(ip: string): number | undefined {
  const parts = ip.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
}

export function numberToIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".");
}

/** Whether `ip` is a usable address of the service CIDR (not the network or broadcast address). */
export function inServiceRange(ip: string): boolean {
  const n = ipToNumber(ip);
  return n !== undefined && n > CIDR_BASE && n < CIDR_BASE + CIDR_SIZE - 1;
}

export function usedClusterIPs(lister: StoreLister): Set<string> {
  const used = new Set<string>();
  for (const svc of lister.scan("services")) {
    const ip = svc.spec?.clusterIP;
    if (ip && ip !== "None") used.add(ip);
  }
  return used;
}

export function usedNodePorts(lister: StoreLister): Set<number> {
  const used = new Set<number>();
  for (const svc of lister.scan("services")) for (const p of svc.spec?.ports ?? []) if (p.nodePort) used.add(p.nodePort);
  return used;
}

/** A random free service IP (the allocator's AllocateNext starts at a random offset and scans). */
export function allocateClusterIP(used: Set<string>): string | undefined {
  const start = randomInt(1, CIDR_SIZE - 1);
  for (let i = 0; i < CIDR_SIZE - 2; i++) {
    const offset = ((start - 1 + i) % (CIDR_SIZE - 2)) + 1;
    const ip = numberToIp(CIDR_BASE + offset);
    if (!used.has(ip)) return ip;
  }
  return undefined;
}

export function allocateNodePort(used: Set<number>): number | undefined {
  const size = NODE_PORT_RANGE.max - NODE_PORT_RANGE.min + 1;
  const start = randomInt(0, size);
  for (let i = 0; i < size; i++) {
    const port = NODE_PORT_RANGE.min + ((start + i) % size);
    if (!used.has(port)) return port;
  }
  return undefined;
}
