/**
 * The objects `kubectl create <kind>` and `kubectl run` generate (kubectl/pkg/cmd/create/*.go,
 * run.go), key order as kubectl's typed structs serialise them, so request bodies match
 * requests_by_command.txt.
 */

/** `k8s.gcr.io/echoserver:1.4` → `echoserver` (create_deployment.go buildPodSpec). */
export function containerNameFromImage(image: string): string {
  let name = image.split("/").at(-1) as string;
  name = name.split("@")[0].split(":")[0];
  return name;
}

export function deploymentObject(name: string, images: string[], replicas: number, port: number | undefined, command: string[]): Record<string, unknown> {
  const labels = { app: name };
  const containers = images.map((image, i) => {
    const c: Record<string, unknown> = { name: containerNameFromImage(image), image };
    if (i === 0 && command.length) c.command = command;
    if (port !== undefined && port >= 0) c.ports = [{ containerPort: port }];
    c.resources = {};
    return c;
  });
  return {
    kind: "Deployment",
    apiVersion: "apps/v1",
    metadata: { name, creationTimestamp: null, labels },
    spec: {
      replicas,
      selector: { matchLabels: labels },
      template: { metadata: { creationTimestamp: null, labels }, spec: { containers } },
      strategy: {},
    },
    status: {},
  };
}

export function namespaceObject(name: string): Record<string, unknown> {
  return { kind: "Namespace", apiVersion: "v1", metadata: { name, creationTimestamp: null }, spec: {}, status: {} };
}

export function serviceObject(name: string, type: string, tcp: string[], opts: { nodePort?: number; clusterIP?: string; externalName?: string }): Record<string, unknown> {
  const ports = tcp.map((spec) => {
    const [port, target] = spec.split(":");
    const p: Record<string, unknown> = { name: `${port}-${target ?? port}`, protocol: "TCP", port: Number(port), targetPort: Number(target ?? port) };
    if (opts.nodePort) p.nodePort = opts.nodePort;
    return p;
  });
  const spec: Record<string, unknown> = {};
  if (ports.length) spec.ports = ports;
  if (type !== "ExternalName") spec.selector = { app: name };
  if (opts.clusterIP) spec.clusterIP = opts.clusterIP;
  spec.type = type;
  if (opts.externalName) spec.externalName = opts.externalName;
  return {
    kind: "Service",
    apiVersion: "v1",
    metadata: { name, creationTimestamp: null, labels: { app: name } },
    spec,
    status: { loadBalancer: {} },
  };
}

export function configMapObject(name: string, data: Record<string, string>): Record<string, unknown> {
  return { kind: "ConfigMap", apiVersion: "v1", metadata: { name, creationTimestamp: null }, data };
}

export function secretObject(name: string, data: Record<string, string>, type = "Opaque"): Record<string, unknown> {
  const encoded: Record<string, string> = {};
  for (const [k, v] of Object.entries(data)) encoded[k] = Buffer.from(v, "utf8").toString("base64");
  return { kind: "Secret", apiVersion: "v1", metadata: { name, creationTimestamp: null }, data: encoded, type };
}

export function jobObject(name: string, image: string, command: string[]): Record<string, unknown> {
  const c: Record<string, unknown> = { name, image };
  if (command.length) c.command = command;
  c.resources = {};
  return {
    kind: "Job",
    apiVersion: "batch/v1",
    metadata: { name, creationTimestamp: null },
    spec: { template: { metadata: { creationTimestamp: null }, spec: { containers: [c], restartPolicy: "Never" } } },
    status: {},
  };
}

export interface RunOptions {
  image: string;
  port?: number;
  env: string[];
  labels?: string;
  restart: string;
  command: boolean;
  args: string[];
  imagePullPolicy?: string;
}

/** `kubectl run` (generate/versioned/run.go BasicPod). */
export function podObject(name: string, o: RunOptions): Record<string, unknown> {
  const labels: Record<string, string> = {};
  if (o.labels) for (const kv of o.labels.split(",")) labels[kv.split("=")[0]] = kv.slice(kv.indexOf("=") + 1);
  else labels.run = name;
  const c: Record<string, unknown> = { name, image: o.image };
  if (o.args.length) c[o.command ? "command" : "args"] = o.args;
  if (o.port !== undefined && o.port >= 0) c.ports = [{ containerPort: o.port }];
  if (o.env.length) c.env = o.env.map((kv) => ({ name: kv.split("=")[0], value: kv.slice(kv.indexOf("=") + 1) }));
  c.resources = {};
  if (o.imagePullPolicy) c.imagePullPolicy = o.imagePullPolicy;
  return {
    kind: "Pod",
    apiVersion: "v1",
    metadata: { name, creationTimestamp: null, labels },
    spec: { containers: [c], restartPolicy: o.restart, dnsPolicy: "ClusterFirst" },
    status: {},
  };
}
