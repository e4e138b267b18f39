/**
 * Pod IPs on minikube's docker bridge: 172.17.0.0/16 with the gateway at .1, handed out lowest-free
 * first, so a freed address is the next one given (libnetwork's default IPAM allocates the first
 * free bit of its bitmap). The set of used addresses is rebuilt from the pods after a restart.
 */
const BASE = (172 << 24) | (17 << 16);
const FIRST = 2;
const LAST = 65534;

export const POD_GATEWAY = "172.17.0.1";

export class IpAllocator {
  private readonly used = new Set<number>();

  static toIp(n: number): string {
    const v = (BASE + n) >>> 0;
    return `${v >>> 24}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`;
  }

  private static offset(ip: string): number | undefined {
    const p = ip.split(".").map(Number);
    if (p.length !== 4 || p[0] !== 172 || p[1] !== 17) return undefined;
    return p[2] * 256 + p[3];
  }

  /** Marks an address as taken (a pod restored with its IP). */
  claim(ip: string): void {
    const o = IpAllocator.offset(ip);
    if (o !== undefined) this.used.add(o);
  }

  allocate(): string | undefined {
    for (let o = FIRST; o <= LAST; o++) {
      if (!this.used.has(o)) {
        this.used.add(o);
        return IpAllocator.toIp(o);
      }
    }
    return undefined;
  }

  release(ip: string): void {
    const o = IpAllocator.offset(ip);
    if (o !== undefined) this.used.delete(o);
  }

  isUsed(ip: string): boolean {
    const o = IpAllocator.offset(ip);
    return o !== undefined && this.used.has(o);
  }
}
