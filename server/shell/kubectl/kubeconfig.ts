/**
 * The API server kubectl would talk to, read from the kubeconfig as clientcmd loads it
 * (client-go/tools/clientcmd/loader.go): `--kubeconfig`, else every file of `$KUBECONFIG` merged with
 * the first file setting a value winning, else `~/.kube/config`; then the current context's cluster.
 * Without a readable kubeconfig clientcmd falls back to http://localhost:8080.
 */
import { parse } from "yaml";
import type { KubectlIO } from "./io";

export const DEFAULT_SERVER = "http://localhost:8080";

interface Named {
  name?: string;
  cluster?: { server?: string };
  context?: { cluster?: string };
}

interface KubeconfigFile {
  "current-context"?: string;
  clusters?: Named[];
  contexts?: Named[];
}

async function readConfig(io: KubectlIO, file: string): Promise<KubeconfigFile | undefined> {
  if (!io.readFile) return undefined;
  try {
    const doc: unknown = parse(await io.readFile(file));
    return doc && typeof doc === "object" ? (doc as KubeconfigFile) : undefined;
  } catch {
    return undefined; // missing or unreadable: clientcmd skips it
  }
}

function kubeconfigFiles(io: KubectlIO, explicit: string): string[] {
  if (explicit) return [explicit];
  if (io.env.KUBECONFIG) return io.env.KUBECONFIG.split(":").filter(Boolean);
  return io.env.HOME ? [`${io.env.HOME}/.kube/config`] : [];
}

/** The current context's server URL, or undefined when no kubeconfig names one. */
export async function kubeconfigServer(io: KubectlIO, explicitFile = ""): Promise<string | undefined> {
  let current: string | undefined;
  const contexts = new Map<string, string | undefined>();
  const clusters = new Map<string, string | undefined>();
  for (const file of kubeconfigFiles(io, explicitFile)) {
    const config = await readConfig(io, file);
    if (!config) continue;
    current ??= config["current-context"] || undefined;
    for (const c of config.contexts ?? []) if (c.name && !contexts.has(c.name)) contexts.set(c.name, c.context?.cluster);
    for (const c of config.clusters ?? []) if (c.name && !clusters.has(c.name)) clusters.set(c.name, c.cluster?.server);
  }
  const cluster = current === undefined ? undefined : contexts.get(current);
  return cluster === undefined ? undefined : clusters.get(cluster) || undefined;
}

/** `host:port` of a server URL as url.Parse gives `Host` (the whole text when it does not parse). */
export function serverHost(server: string): string {
  try {
    return new URL(server).host || server;
  } catch {
    return server;
  }
}
