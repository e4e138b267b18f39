import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isConflict } from "../errors/status-error";
import type { WatchEvent } from "../types";
import { NAME_ALPHABET } from "./generate-name";
import { kubectlCreateDeployment, kubectlExpose, newTestStore, podObject } from "./test-fixtures";

const statusOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { status?: { code: number; reason: string; message: string } }).status;
  }
  throw new Error("did not throw");
};

describe("create", () => {
  it("fills system fields from the clock and the counter", () => {
    const { store, clock } = newTestStore();
    clock.advance(1234);
    const before = Number(store.currentResourceVersion());
    const pod = store.create("pods", "default", podObject("p"));
    expect(pod.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(pod.metadata.resourceVersion).toBe(String(before + 1));
    expect(pod.metadata.creationTimestamp).toBe("2026-11-27T08:00:01Z");
    expect(pod.metadata.generation).toBeUndefined();
    expect(store.currentResourceVersion()).toBe(String(before + 1));
    const d = store.create("deployments.apps", "default", kubectlCreateDeployment("web"));
    expect(d.metadata.generation).toBe(1);
  });

  it("generates names like SimpleNameGenerator", () => {
    const { store } = newTestStore();
    const pod = store.create("pods", "default", { ...podObject(""), metadata: { generateName: "web-7567d9fdc9-" } });
    expect(pod.metadata.name).toMatch(new RegExp(`^web-7567d9fdc9-[${NAME_ALPHABET}]{5}$`));
    const long = store.create("pods", "default", { ...podObject(""), metadata: { generateName: `${"a".repeat(70)}-` } });
    expect(long.metadata.name).toHaveLength(63);
  });

  it("hands out copies and keeps frozen originals", () => {
    const { store } = newTestStore();
    const input = podObject("p");
    const created = store.create("pods", "default", input);
    expect(input.metadata.uid).toBeUndefined();
    created.metadata.labels = { changed: "yes" };
    expect(store.get("pods", "default", "p").metadata.labels).toBeUndefined();
    const cached = store.peek("pods", "default", "p")!;
    expect(Object.isFrozen(cached.spec.containers[0])).toBe(true);
  });

  it("refuses duplicates, missing and terminating namespaces", () => {
    const { store } = newTestStore();
    store.create("pods", "default", podObject("p"));
    expect(statusOf(() => store.create("pods", "default", podObject("p")))).toMatchObject({ code: 409, message: 'pods "p" already exists' });
    expect(statusOf(() => store.create("pods", "nope", podObject("q")))).toMatchObject({ code: 404, message: 'namespaces "nope" not found' });
    store.create("namespaces", "", { apiVersion: "v1", kind: "Namespace", metadata: { name: "gone" } });
    store.create("configmaps", "gone", { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "c" } });
    store.delete("namespaces", "", "gone");
    expect(statusOf(() => store.create("configmaps", "gone", { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "d" } }))).toMatchObject({
      code: 403,
      message: 'configmaps "d" is forbidden: unable to create new content in namespace gone because it is being terminated',
    });
  });

  it("validates like the API server", () => {
    const { store } = newTestStore();
    expect(statusOf(() => store.create("deployments.apps", "default", kubectlCreateDeployment("X")))?.message).toBe(
      "Deployment.apps \"X\" is invalid: metadata.name: Invalid value: \"X\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    );
    expect(statusOf(() => store.create("pods", "default", { apiVersion: "v1", kind: "Pod", metadata: { name: "p" }, spec: {} }))?.message).toBe(
      'Pod "p" is invalid: spec.containers: Required value',
    );
    const bad = kubectlCreateDeployment("web");
    bad.spec.template.metadata.labels = { app: "other" };
    expect(statusOf(() => store.create("deployments.apps", "default", bad))?.message).toBe(
      'Deployment.apps "web" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"other"}: `selector` does not match template `labels`',
    );
    expect(statusOf(() => store.create("services", "default", kubectlExpose("Web")))?.message).toMatch(
      /^Service "Web" is invalid: metadata.name: Invalid value: "Web": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character/,
    );
  });
});

describe("defaulting", () => {
  it("gives kubectl create deployment the spec a real v1.20 API server stores", () => {
    const { store } = newTestStore();
    const d = store.create("deployments.apps", "default", kubectlCreateDeployment("hello-node"));
    let fixture;
    try {
      fixture = JSON.parse(readFileSync("/work/shared/k8s-fixtures/deployment_hello-node.json", "utf8"));
    } catch {
      return;
    }
    fixture.spec.replicas = 1;
    expect(d.spec).toEqual(fixture.spec);
    expect(d.status).toEqual({});
  });

  it("defaults pods and runs the admission plugins", () => {
    const { store } = newTestStore();
    const p = store.create("pods", "default", podObject("p", { containers: [{ name: "c", image: "nginx" }, { name: "d", image: "nginx:1.14.2", ports: [{ containerPort: 80 }] }] }));
    expect(p.spec.containers.map((c: { imagePullPolicy: string }) => c.imagePullPolicy)).toEqual(["Always", "IfNotPresent"]);
    expect(p.spec.containers[1].ports).toEqual([{ containerPort: 80, protocol: "TCP" }]);
    expect(p.spec.serviceAccountName).toBe("default");
    expect(p.spec.volumes).toEqual([{ name: "default-token-abcde", secret: { secretName: "default-token-abcde", defaultMode: 420 } }]);
    expect(p.spec.containers[0].volumeMounts).toEqual([{ name: "default-token-abcde", readOnly: true, mountPath: "/var/run/secrets/kubernetes.io/serviceaccount" }]);
    expect(p.spec.tolerations).toHaveLength(2);
    expect(Object.keys(p.spec)).toEqual([
      "volumes", "containers", "restartPolicy", "terminationGracePeriodSeconds", "dnsPolicy", "serviceAccountName", "serviceAccount",
      "securityContext", "schedulerName", "tolerations", "priority", "enableServiceLinks", "preemptionPolicy",
    ]);
    expect(p.status).toEqual({ phase: "Pending", qosClass: "BestEffort" });
  });

  it("allocates service IPs and node ports", () => {
    const { store } = newTestStore();
    const s = store.create("services", "default", kubectlExpose("web"));
    expect(s.spec.clusterIP).toMatch(/^10\.(9[6-9]|10[0-9]|11[01])\./);
    expect(s.spec.clusterIPs).toEqual([s.spec.clusterIP]);
    expect(s.spec.ports[0]).toEqual({ protocol: "TCP", port: 8080, targetPort: 8080, nodePort: expect.any(Number) });
    expect(s.spec.ports[0].nodePort).toBeGreaterThanOrEqual(30000);
    expect(s.spec).toMatchObject({ type: "NodePort", sessionAffinity: "None", externalTrafficPolicy: "Cluster" });
    const taken = kubectlExpose("other");
    taken.spec.ports[0].nodePort = s.spec.ports[0].nodePort;
    expect(statusOf(() => store.create("services", "default", taken))?.message).toBe(
      `Service "other" is invalid: spec.ports[0].nodePort: Invalid value: ${s.spec.ports[0].nodePort}: provided port is already allocated`,
    );
    const c = store.create("services", "default", kubectlExpose("internal", "ClusterIP"));
    expect(c.spec.externalTrafficPolicy).toBeUndefined();
    expect(c.spec.ports[0].nodePort).toBeUndefined();
  });
});

describe("update", () => {
  it("uses optimistic concurrency", () => {
    const { store } = newTestStore();
    const d = store.create("deployments.apps", "default", kubectlCreateDeployment("web"));
    const a = structuredClone(d);
    a.spec.replicas = 2;
    store.update("deployments.apps", a);
    const b = structuredClone(d);
    b.spec.replicas = 3;
    const err = statusOf(() => store.update("deployments.apps", b));
    expect(err?.message).toBe('Operation cannot be fulfilled on deployments.apps "web": the object has been modified; please apply your changes to the latest version and try again');
    expect(isConflict((() => { try { store.update("deployments.apps", b); } catch (e) { return e; } })())).toBe(true);
    delete b.metadata.resourceVersion; // unconditional update
    expect(store.update("deployments.apps", b).spec.replicas).toBe(3);
  });

  it("bumps generation on spec changes only and keeps status", () => {
    const { store } = newTestStore();
    let d = store.create("deployments.apps", "default", kubectlCreateDeployment("web"));
    d.status = { replicas: 1 };
    d = store.updateStatus("deployments.apps", d);
    expect(d.metadata.generation).toBe(1);
    d.metadata.labels = { app: "web", x: "y" };
    d.status = { replicas: 99 };
    d = store.update("deployments.apps", d);
    expect(d.metadata.generation).toBe(1);
    expect(d.status).toEqual({ replicas: 1 });
    d.spec.replicas = 5;
    d = store.update("deployments.apps", d);
    expect(d.metadata.generation).toBe(2);
  });

  it("writes nothing when nothing changed", () => {
    const { store } = newTestStore();
    const d = store.create("deployments.apps", "default", kubectlCreateDeployment("web"));
    const rv = store.currentResourceVersion();
    expect(store.update("deployments.apps", structuredClone(d)).metadata.resourceVersion).toBe(d.metadata.resourceVersion);
    expect(store.currentResourceVersion()).toBe(rv);
  });

  it("keeps immutable fields", () => {
    const { store } = newTestStore();
    const d = store.create("deployments.apps", "default", kubectlCreateDeployment("web"));
    d.spec.selector = { matchLabels: { app: "other" } };
    d.spec.template.metadata.labels = { app: "other" };
    expect(statusOf(() => store.update("deployments.apps", d))?.message).toBe(
      'Deployment.apps "web" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"other"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable',
    );
    const s = store.create("services", "default", kubectlExpose("web"));
    const port = s.spec.ports[0].nodePort;
    const s2 = structuredClone(s);
    delete s2.spec.clusterIP;
    delete s2.spec.ports[0].nodePort;
    const kept = store.update("services", s2);
    expect(kept.spec.clusterIP).toBe(s.spec.clusterIP);
    expect(kept.spec.ports[0].nodePort).toBe(port);
    kept.spec.clusterIP = "10.96.0.99";
    expect(statusOf(() => store.update("services", kept))?.message).toContain('spec.clusterIP: Invalid value: "10.96.0.99": field is immutable');
  });
});

describe("list", () => {
  it("filters and pages in key order", () => {
    const { store } = newTestStore();
    for (const n of ["c", "a", "b", "d"]) store.create("pods", "default", podObject(n, {}, { app: n === "d" ? "db" : "web" }));
    store.create("pods", "kube-system", podObject("z"));
    expect(store.list("pods", "default").items.map((p) => p.metadata.name)).toEqual(["a", "b", "c", "d"]);
    expect(store.list("pods", undefined).items.map((p) => p.metadata.name)).toEqual(["a", "b", "c", "d", "z"]);
    expect(store.list("pods", "", { labelSelector: "app=web" }).items).toHaveLength(3);
    expect(store.list("pods", "default", { fieldSelector: "metadata.name!=a" }).items).toHaveLength(3);
    const page1 = store.list("pods", "default", { limit: 2 });
    expect(page1.items.map((p) => p.metadata.name)).toEqual(["a", "b"]);
    expect(page1.remainingItemCount).toBe(2);
    const page2 = store.list("pods", "default", { limit: 2, continue: page1.continue });
    expect(page2.items.map((p) => p.metadata.name)).toEqual(["c", "d"]);
    expect(page2.continue).toBeUndefined();
    expect(statusOf(() => store.list("pods", "default", { labelSelector: "a b" }))?.code).toBe(400);
  });

  it("hands out copies, or with `shared` the stored frozen objects themselves", () => {
    const { store } = newTestStore();
    store.create("pods", "default", podObject("a"));
    const [copy] = store.list("pods", "default").items;
    expect(Object.isFrozen(copy)).toBe(false);
    expect(copy).not.toBe(store.peek("pods", "default", "a"));
    const [shared] = store.list("pods", "default", { shared: true }).items;
    expect(shared).toBe(store.peek("pods", "default", "a"));
    expect(Object.isFrozen(shared.metadata)).toBe(true);
    expect(shared).toEqual(copy);
  });
});

describe("watch", () => {
  it("replays from a resourceVersion and filters like the cacher", () => {
    const { store } = newTestStore();
    const rv = store.currentResourceVersion();
    const p = store.create("pods", "default", podObject("p", {}, { app: "web" }));
    const events: string[] = [];
    const w = store.watch("pods", "default", { resourceVersion: rv, labelSelector: "app=web" }, (e: WatchEvent) => events.push(`${e.type} ${e.object.metadata.name} ${e.object.metadata.resourceVersion}`));
    p.metadata.labels = { app: "db" };
    const q = store.update("pods", p);
    q.metadata.labels = { app: "web" };
    store.update("pods", q);
    store.delete("pods", "default", "p");
    w.stop();
    store.create("pods", "default", podObject("later", {}, { app: "web" }));
    const n = Number(rv);
    expect(events).toEqual([`ADDED p ${n + 1}`, `DELETED p ${n + 2}`, `ADDED p ${n + 3}`, `DELETED p ${n + 4}`]);
  });

  it("delivers copies, or with `shared` the stored frozen objects", () => {
    const { store } = newTestStore();
    const copies: WatchEvent[] = [];
    const shared: WatchEvent[] = [];
    store.watch("pods", "default", {}, (e) => copies.push(e));
    store.watch("pods", "default", { shared: true }, (e) => shared.push(e));
    store.create("pods", "default", podObject("a"));
    expect(Object.isFrozen(copies[0].object)).toBe(false);
    expect(shared[0].object).toBe(store.peek("pods", "default", "a"));
    expect(shared[0].object).toEqual(copies[0].object);
  });

  it("starts with the current state for resourceVersion 0 or none", () => {
    const { store } = newTestStore();
    store.create("pods", "default", podObject("a"));
    const events: WatchEvent[] = [];
    store.watch("pods", undefined, {}, (e) => events.push(e));
    expect(events.map((e) => `${e.type} ${e.object.metadata.name}`)).toEqual(["ADDED a"]);
  });

  it("answers 410 Expired once the window slid past", () => {
    const { store } = newTestStore({ watchWindow: 3 });
    const start = Number(store.currentResourceVersion());
    for (const n of ["a", "b", "c", "d", "e"]) store.create("pods", "default", podObject(n));
    expect(statusOf(() => store.watch("pods", "default", { resourceVersion: String(start) }, () => undefined))).toMatchObject({
      code: 410,
      reason: "Expired",
      message: `too old resource version: ${start} (${start + 2})`,
    });
  });
});

describe("delete", () => {
  it("deletes unscheduled pods at once and scheduled ones gracefully", () => {
    const { store, clock } = newTestStore();
    store.create("pods", "default", podObject("pending"));
    expect(store.delete("pods", "default", "pending").finished).toBe(true);
    store.create("pods", "default", podObject("bound", { nodeName: "minikube" }));
    clock.advance(1000);
    const { object, finished } = store.delete("pods", "default", "bound", { propagationPolicy: "Background" });
    expect(finished).toBe(false);
    expect(object.metadata.deletionTimestamp).toBe("2026-11-27T08:00:31Z");
    expect(object.metadata.deletionGracePeriodSeconds).toBe(30);
    expect(store.delete("pods", "default", "bound").finished).toBe(false);
    expect(store.delete("pods", "default", "bound", { gracePeriodSeconds: 0 }).finished).toBe(true);
    expect(statusOf(() => store.get("pods", "default", "bound"))?.message).toBe('pods "bound" not found');
  });

  it("waits for finalizers", () => {
    const { store } = newTestStore();
    store.create("configmaps", "default", { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "c", finalizers: ["example.com/hold"] } });
    const { object, finished } = store.delete("configmaps", "default", "c");
    expect(finished).toBe(false);
    expect(object.metadata.deletionTimestamp).toBe("2026-11-27T08:00:00Z");
    object.metadata.finalizers = [];
    store.update("configmaps", object);
    expect(store.peek("configmaps", "default", "c")).toBeUndefined();
  });

  it("checks preconditions and protects system namespaces", () => {
    const { store } = newTestStore();
    store.create("pods", "default", podObject("p"));
    expect(statusOf(() => store.delete("pods", "default", "p", { preconditions: { uid: "x" } }))?.message).toMatch(
      /^Operation cannot be fulfilled on pods "p": Precondition failed: UID in precondition: x, UID in object meta: /,
    );
    expect(statusOf(() => store.delete("namespaces", "", "default"))).toMatchObject({ code: 403, message: 'namespaces "default" is forbidden: this namespace may not be deleted' });
  });
});

describe("limits", () => {
  it("refuses pods beyond the cluster's limit and absurd replica counts", () => {
    const { store } = newTestStore({ maxPods: 2 });
    store.create("pods", "default", podObject("a"));
    store.create("pods", "default", podObject("b"));
    expect(statusOf(() => store.create("pods", "default", { ...podObject(""), metadata: { generateName: "web-" } }))).toMatchObject({
      code: 403,
      message: 'pods "web-" is forbidden: exceeded quota: podium-limits, requested: pods=1, used: pods=2, limited: pods=2',
    });
    const d = store.create("deployments.apps", "default", kubectlCreateDeployment("web"));
    d.spec.replicas = 100000;
    expect(statusOf(() => store.update("deployments.apps", d))).toMatchObject({ code: 403, reason: "Forbidden" });
  });
});

describe("events.k8s.io view", () => {
  it("serves core Events converted", () => {
    const { store } = newTestStore();
    store.create("events", "default", {
      apiVersion: "v1", kind: "Event", metadata: { name: "p.1" }, involvedObject: { kind: "Pod", name: "p", namespace: "default" },
      reason: "Scheduled", message: "hi", source: {}, eventTime: "2026-11-27T08:00:00.000000Z", reportingComponent: "default-scheduler",
    });
    const e = store.get("events.events.k8s.io", "default", "p.1");
    expect(e).toMatchObject({ apiVersion: "events.k8s.io/v1", note: "hi", regarding: { name: "p" }, reportingController: "default-scheduler" });
  });
});

describe("pods/binding", () => {
  it("assigns a node once, like BindingREST", () => {
    const { store } = newTestStore();
    store.create("pods", "default", podObject("p"));
    const bound = store.bindPod("default", "p", "minikube");
    expect(bound.spec.nodeName).toBe("minikube");
    expect(bound.status.conditions).toEqual([{ type: "PodScheduled", status: "True", lastProbeTime: null, lastTransitionTime: "2026-11-27T08:00:00Z" }]);
    expect(statusOf(() => store.bindPod("default", "p", "other"))?.message).toBe(
      'Operation cannot be fulfilled on pods/binding "p": pod p is already assigned to node "minikube"',
    );
  });
});

describe("status subresource", () => {
  it("keeps spec and system fields but takes status and annotations, without bumping generation", () => {
    const { store } = newTestStore();
    const d = store.create("deployments.apps", "default", kubectlCreateDeployment("web"));
    d.spec.replicas = 7;
    d.metadata.labels = { app: "changed" };
    d.metadata.annotations = { "deployment.kubernetes.io/revision": "1" };
    d.metadata.generation = 9;
    d.status = { observedGeneration: 1 };
    const out = store.updateStatus("deployments.apps", d);
    expect(out.spec.replicas).toBe(1);
    expect(out.metadata.labels).toEqual({ app: "web" });
    expect(out.metadata.annotations).toEqual({ "deployment.kubernetes.io/revision": "1" });
    expect(out.metadata.generation).toBe(1);
    expect(out.status).toEqual({ observedGeneration: 1 });
    expect(statusOf(() => store.updateStatus("configmaps", { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "x", namespace: "default" } }))?.code).toBe(405);
  });
});

describe("service ports", () => {
  it("accepts DNS-1123 port names such as kubectl's generated 80-8080", () => {
    const { store } = newTestStore();
    const svc = kubectlExpose("web", "ClusterIP");
    svc.spec.ports = [{ name: "80-8080", port: 80, protocol: "TCP", targetPort: 8080 }, { name: "Bad_Name", port: 81, protocol: "TCP", targetPort: 81 }];
    expect(statusOf(() => store.create("services", "default", svc))?.message).toMatch(/^Service "web" is invalid: spec.ports\[1\].name: Invalid value: "Bad_Name": a lowercase RFC 1123 label/);
  });
});

describe("pod updates", () => {
  it("allow image and label changes in any key order, and forbid other spec changes", () => {
    const { store } = newTestStore();
    const p = store.create("pods", "default", podObject("p", { securityContext: { runAsUser: 1, fsGroup: 2 } }));
    const reordered = JSON.parse(JSON.stringify(p, Object.keys(p).sort())) as typeof p;
    reordered.spec = { ...p.spec, securityContext: { fsGroup: 2, runAsUser: 1 } };
    reordered.spec.containers = [{ ...p.spec.containers[0], image: "nginx:1.16" }];
    reordered.metadata = { ...p.metadata, labels: { v: "2" } };
    expect(store.update("pods", reordered).spec.containers[0].image).toBe("nginx:1.16");
    const moved = store.get("pods", "default", "p");
    moved.spec.restartPolicy = "Never";
    expect(statusOf(() => store.update("pods", moved))?.message).toMatch(/^Pod "p" is invalid: spec: Forbidden: pod updates may not change fields other than/);
  });
});

describe("pod resources", () => {
  it("computes the QoS class on quantities and refuses requests above limits", () => {
    const { store } = newTestStore();
    const g = store.create("pods", "default", podObject("g", { containers: [{ name: "c", image: "nginx", resources: { limits: { cpu: "1", memory: "1Gi" }, requests: { cpu: "1000m", memory: "1024Mi" } } }] }));
    expect(g.status.qosClass).toBe("Guaranteed");
    const b = store.create("pods", "default", podObject("b", { containers: [{ name: "c", image: "nginx", resources: { requests: { cpu: "100m" } } }] }));
    expect(b.status.qosClass).toBe("Burstable");
    expect(statusOf(() => store.create("pods", "default", podObject("x", { containers: [{ name: "c", image: "nginx", resources: { limits: { cpu: "1" }, requests: { cpu: "2" } } }] })))?.message).toBe(
      'Pod "x" is invalid: spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit',
    );
  });
});
