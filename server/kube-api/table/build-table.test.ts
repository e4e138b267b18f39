import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { KubeObject } from "@/server/cluster/types";
import { encodeCompact } from "../json-encoding";
import { buildTable } from "./build-table";
import { columnsFor } from "./columns";
import { eventRow, endpointsRow, nodeRow, serviceRow } from "./core-rows";

const testdata = path.join(import.meta.dirname, "..", "testdata");
const read = (name: string) => readFileSync(path.join(testdata, name), "utf8");
const lines = (name: string) => read(name).split("\n").filter((l) => l);

/** The server time at which a fixture row was printed: creation plus the printed age. */
function nowFromAge(created: string, age: string): number {
  const m = /^(?:(\d+)m)?(?:(\d+)s)?$/.exec(age);
  if (!m) throw new Error(`unexpected age ${age}`);
  return Date.parse(created) + (Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 1000;
}

describe("column definitions (golden, k8s-fixtures/tables)", () => {
  const keys: Record<string, string> = {
    pods: "pods",
    deployments: "deployments.apps",
    replicasets: "replicasets.apps",
    services: "services",
    nodes: "nodes",
    namespaces: "namespaces",
    endpoints: "endpoints",
    events: "events",
  };
  it.each(Object.entries(keys))("%s", (file, key) => {
    const table = JSON.parse(read(`tables/${file}.json`));
    expect(columnsFor(key)).toEqual(table.columnDefinitions);
  });
});

describe("pod table watch events (byte-exact against watch_pods_table_curl.ndjson)", () => {
  const plain = lines("watch_pods_plain_curl.ndjson").map((l) => JSON.parse(l));
  const tables = lines("watch_pods_table_curl.ndjson");
  it.each(plain.map((e, i) => [i, e]))("event %d", (i, event) => {
    const pod = event.object as KubeObject;
    const want = JSON.parse(tables[i as number]);
    const now = nowFromAge(pod.metadata.creationTimestamp as string, want.object.rows[0].cells[4]);
    const table = buildTable([pod], { resourceVersion: pod.metadata.resourceVersion }, {
      resourceKey: "pods",
      includeObject: "Metadata",
      apiVersion: "meta.k8s.io/v1",
      noHeaders: i !== 0,
      now,
    });
    expect(encodeCompact({ type: event.type, object: table })).toBe(tables[i as number] + "\n");
  });
});

describe("rows", () => {
  it("replica set hello-node-59bffcc9fd as in tables/replicasets.json", () => {
    const list = JSON.parse(read("replicasets_hello-node.json"));
    const rs = list.items.find((i: KubeObject) => i.metadata.name === "hello-node-59bffcc9fd");
    const table = JSON.parse(read("tables/replicasets.json"));
    const want = table.rows.find((r: { cells: unknown[] }) => r.cells[0] === "hello-node-59bffcc9fd");
    const got = buildTable([rs], {}, {
      resourceKey: "replicasets.apps",
      includeObject: "Metadata",
      apiVersion: "meta.k8s.io/v1",
      now: nowFromAge(rs.metadata.creationTimestamp, want.cells[4]),
    }) as { rows: { cells: unknown[]; object: { metadata: unknown } }[] };
    expect(got.rows[0].cells).toEqual(want.cells);
  });

  it("services: NodePort with node port, ClusterIP without selector", () => {
    const now = Date.parse("2026-11-27T09:00:00Z");
    const svc = {
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: "hello-node", creationTimestamp: "2026-11-27T08:59:58Z" },
      spec: { type: "NodePort", clusterIP: "10.108.18.79", clusterIPs: ["10.108.18.79"], selector: { app: "hello-node" }, ports: [{ port: 8080, protocol: "TCP", nodePort: 31939 }] },
    } as KubeObject;
    expect(serviceRow(svc, now).cells).toEqual(["hello-node", "NodePort", "10.108.18.79", "<none>", "8080:31939/TCP", "2s", "app=hello-node"]);
    const lb = { ...svc, spec: { ...svc.spec, type: "LoadBalancer", selector: undefined } } as KubeObject;
    expect(serviceRow(lb, now).cells.slice(3)).toEqual(["<pending>", "8080:31939/TCP", "2s", "<none>"]);
  });

  it("endpoints: three addresses, then + N more...", () => {
    const ep = {
      apiVersion: "v1",
      kind: "Endpoints",
      metadata: { name: "web", creationTimestamp: "2026-11-27T08:59:00Z" },
      subsets: [{ addresses: ["1", "2", "3", "4", "5"].map((n) => ({ ip: `172.17.0.${n}` })), ports: [{ port: 8080 }] }],
    } as unknown as KubeObject;
    expect(endpointsRow(ep, Date.parse("2026-11-27T09:00:00Z")).cells[1]).toBe(
      "172.17.0.1:8080,172.17.0.2:8080,172.17.0.3:8080 + 2 more...",
    );
    expect(endpointsRow({ ...ep, subsets: [] } as unknown as KubeObject, 0).cells[1]).toBe("<none>");
  });

  it("nodes: roles from labels, NotReady and SchedulingDisabled", () => {
    const node = {
      apiVersion: "v1",
      kind: "Node",
      metadata: {
        name: "minikube",
        creationTimestamp: "2026-11-27T08:58:29Z",
        labels: { "node-role.kubernetes.io/master": "", "node-role.kubernetes.io/control-plane": "" },
      },
      spec: { unschedulable: true },
      status: {
        conditions: [{ type: "Ready", status: "False" }],
        addresses: [{ type: "InternalIP", address: "192.168.49.2" }],
        nodeInfo: { kubeletVersion: "v1.20.2", osImage: "Ubuntu 20.04.1 LTS", kernelVersion: "5.4.0-66-generic", containerRuntimeVersion: "docker://20.10.3" },
      },
    } as KubeObject;
    expect(nodeRow(node, Date.parse("2026-11-27T09:00:00Z")).cells).toEqual([
      "minikube", "NotReady,SchedulingDisabled", "control-plane,master", "91s", "v1.20.2",
      "192.168.49.2", "<none>", "Ubuntu 20.04.1 LTS", "5.4.0-66-generic", "docker://20.10.3",
    ]);
  });

  it("events: new-API scheduler events use eventTime and the reporting controller", () => {
    const ev = {
      apiVersion: "v1",
      kind: "Event",
      metadata: { name: "badimg-bd6cd6db5-6mmgp.18ebdb1fc6368649" },
      involvedObject: { kind: "Pod", name: "badimg-bd6cd6db5-6mmgp" },
      reason: "Scheduled",
      message: "Successfully assigned default/badimg-bd6cd6db5-6mmgp to minikube",
      source: {},
      firstTimestamp: null,
      lastTimestamp: null,
      type: "Normal",
      eventTime: "2026-11-27T08:57:25.123456Z",
      reportingComponent: "default-scheduler",
      reportingController: "default-scheduler",
      reportingInstance: "default-scheduler-minikube",
    } as unknown as KubeObject;
    expect(eventRow(ev, Date.parse("2026-11-27T09:00:00Z")).cells).toEqual([
      "2m34s", "Normal", "Scheduled", "pod/badimg-bd6cd6db5-6mmgp", "", "default-scheduler, default-scheduler-minikube",
      "Successfully assigned default/badimg-bd6cd6db5-6mmgp to minikube", "2m34s", 1, "badimg-bd6cd6db5-6mmgp.18ebdb1fc6368649",
    ]);
  });
});

describe("rows of the other printers", () => {
  const now = Date.parse("2026-11-27T09:00:00Z");
  const meta = (name: string) => ({ name, creationTimestamp: "2026-11-27T08:59:00Z" });
  const row = (resourceKey: string, obj: Record<string, unknown>) =>
    (buildTable([obj as unknown as KubeObject], {}, { resourceKey, includeObject: "None", apiVersion: "meta.k8s.io/v1", now }) as {
      rows: { cells: unknown[] }[];
      columnDefinitions: { name: string }[];
    });
  const template = { spec: { containers: [{ name: "a", image: "nginx" }, { name: "b", image: "busybox" }] } };

  it("daemonsets, statefulsets, jobs", () => {
    expect(row("daemonsets.apps", { metadata: meta("ds"), spec: { selector: { matchLabels: { k: "v" } }, template: { ...template, spec: { ...template.spec, nodeSelector: { os: "linux" } } } }, status: { desiredNumberScheduled: 1, currentNumberScheduled: 1, numberReady: 1, updatedNumberScheduled: 1, numberAvailable: 1 } }).rows[0].cells).toEqual(
      ["ds", 1, 1, 1, 1, 1, "os=linux", "60s", "a,b", "nginx,busybox", "k=v"],
    );
    expect(row("statefulsets.apps", { metadata: meta("web"), spec: { replicas: 3, template }, status: { readyReplicas: 2 } }).rows[0].cells).toEqual(
      ["web", "2/3", "60s", "a,b", "nginx,busybox"],
    );
    expect(row("jobs.batch", { metadata: meta("pi"), spec: { completions: 1, template, selector: { matchLabels: { "controller-uid": "x" } } }, status: { succeeded: 1, startTime: "2026-11-27T08:59:00Z", completionTime: "2026-11-27T08:59:10Z" } }).rows[0].cells).toEqual(
      ["pi", "1/1", "10s", "60s", "a,b", "nginx,busybox", "controller-uid=x"],
    );
  });

  it("configmaps, secrets, service accounts, leases, and Name/Age for the rest", () => {
    expect(row("configmaps", { metadata: meta("c"), data: { a: "1" }, binaryData: { b: "" } }).rows[0].cells).toEqual(["c", 2, "60s"]);
    expect(row("secrets", { metadata: meta("s"), type: "Opaque", data: { a: "" } }).rows[0].cells).toEqual(["s", "Opaque", 1, "60s"]);
    expect(row("serviceaccounts", { metadata: meta("default"), secrets: [{ name: "t" }] }).rows[0].cells).toEqual(["default", 1, "60s"]);
    expect(row("leases.coordination.k8s.io", { metadata: meta("minikube"), spec: { holderIdentity: "minikube" } }).rows[0].cells).toEqual(["minikube", "minikube", "60s"]);
    const other = row("something.else", { metadata: meta("x") });
    expect(other.columnDefinitions.map((c) => c.name)).toEqual(["Name", "Age"]);
    expect(other.rows[0].cells).toEqual(["x", "60s"]);
  });

  it("pod status: init containers, waiting reasons, Completed, Terminating", () => {
    const pod = (status: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      row("pods", { metadata: { ...meta("p"), ...extra }, spec: { initContainers: [{ name: "i" }], containers: [{ name: "c" }] }, status }).rows[0].cells.slice(1, 4);
    expect(pod({ phase: "Pending", initContainerStatuses: [{ state: { waiting: { reason: "PodInitializing" } } }] })).toEqual(["0/1", "Init:0/1", 0]);
    expect(pod({ phase: "Pending", initContainerStatuses: [{ state: { terminated: { exitCode: 1 } }, restartCount: 2 }] })).toEqual(["0/1", "Init:ExitCode:1", 2]);
    expect(pod({ phase: "Pending", initContainerStatuses: [{ state: { terminated: { exitCode: 0 } } }], containerStatuses: [{ state: { waiting: { reason: "ImagePullBackOff" } } }] })).toEqual(["0/1", "ImagePullBackOff", 0]);
    expect(pod({ phase: "Running", containerStatuses: [{ ready: true, state: { running: {} }, restartCount: 3 }] }, { deletionTimestamp: "2026-11-27T09:00:00Z" })).toEqual(["1/1", "Terminating", 3]);
    expect(pod({ phase: "Succeeded", containerStatuses: [{ state: { terminated: { reason: "Completed", exitCode: 0 } } }] })).toEqual(["0/1", "Completed", 0]);
  });
});
