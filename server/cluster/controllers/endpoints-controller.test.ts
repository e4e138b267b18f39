import { describe, expect, it } from "vitest";
import { computeSubsets } from "./endpoints-controller";
import type { KubeObject } from "../types";

const svc: KubeObject = { apiVersion: "v1", kind: "Service", metadata: { name: "web", namespace: "default" }, spec: { selector: { app: "web" }, ports: [{ port: 80, targetPort: "http", protocol: "TCP" }] } };

function pod(name: string, ip: string | undefined, ready: boolean, extra: Partial<KubeObject["metadata"]> = {}): KubeObject {
  return {
    apiVersion: "v1", kind: "Pod",
    metadata: { name, namespace: "default", uid: `uid-${name}`, resourceVersion: "7", labels: { app: "web" }, ...extra },
    spec: { nodeName: "minikube", containers: [{ name: "c", ports: [{ name: "http", containerPort: 8080 }] }] },
    status: { podIP: ip, phase: "Running", conditions: [{ type: "Ready", status: ready ? "True" : "False" }] },
  };
}

describe("endpoints", () => {
  it("lists ready pods sorted by IP, unready ones apart, and skips pods without IP or being deleted", () => {
    const subsets = computeSubsets(svc, [
      pod("b", "172.17.0.9", true),
      pod("a", "172.17.0.10", true),
      pod("c", "172.17.0.4", false),
      pod("d", undefined, false),
      pod("e", "172.17.0.5", true, { deletionTimestamp: "2026-11-27T08:00:00Z" }),
    ]);
    expect(subsets).toEqual([
      {
        addresses: [
          { ip: "172.17.0.10", nodeName: "minikube", targetRef: { kind: "Pod", namespace: "default", name: "a", uid: "uid-a", resourceVersion: "7" } },
          { ip: "172.17.0.9", nodeName: "minikube", targetRef: { kind: "Pod", namespace: "default", name: "b", uid: "uid-b", resourceVersion: "7" } },
        ],
        notReadyAddresses: [{ ip: "172.17.0.4", nodeName: "minikube", targetRef: { kind: "Pod", namespace: "default", name: "c", uid: "uid-c", resourceVersion: "7" } }],
        ports: [{ port: 8080, protocol: "TCP" }],
      },
    ]);
  });

  it("orders ports by the md5 of their spew, as real kube-dns endpoints show (dns-tcp, dns, metrics)", () => {
    const dns: KubeObject = {
      apiVersion: "v1", kind: "Service", metadata: { name: "kube-dns", namespace: "kube-system" },
      spec: { selector: { app: "web" }, ports: [{ name: "dns", protocol: "UDP", port: 53, targetPort: 53 }, { name: "dns-tcp", protocol: "TCP", port: 53, targetPort: 53 }, { name: "metrics", protocol: "TCP", port: 9153, targetPort: 9153 }] },
    };
    expect(computeSubsets(dns, [pod("a", "172.17.0.2", true)])[0].ports.map((p) => p.name)).toEqual(["dns-tcp", "dns", "metrics"]);
  });
});
