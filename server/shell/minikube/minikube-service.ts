/**
 * `minikube service NAME [--url] [-n NAMESPACE]` and `minikube service list` (cmd/minikube/cmd/service.go):
 * with the docker driver on Linux a NodePort is reachable at the node's address, so the URL is
 * http://<node IP>:<nodePort>.
 */
import type { KubeObject } from "../../cluster/types";
import type { CommandOutput } from "../run-context";
import type { Shell } from "../shell";
import { EXIT_GUEST_NOT_FOUND, EXIT_GUEST_NOT_RUNNING, NOT_RUNNING, PROFILE_NOT_FOUND, type MinikubeLine } from "./minikube-output";

const EXIT_SVC_NOT_FOUND = 95;

type Print = (lines: MinikubeLine[], stream?: "out" | "err") => void;

export async function serviceCommand(shell: Shell, args: string[], out: CommandOutput, print: Print): Promise<number> {
  let namespace = "default";
  let url = false;
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--url") url = true;
    else if (a === "-n" || a === "--namespace") namespace = args[++i] ?? namespace;
    else if (a.startsWith("--namespace=")) namespace = a.slice("--namespace=".length);
    else if (!a.startsWith("-")) names.push(a);
  }
  const state = shell.sandbox.minikube();
  if (state !== "running") {
    print(state === "none" ? PROFILE_NOT_FOUND : NOT_RUNNING);
    return state === "none" ? EXIT_GUEST_NOT_FOUND : EXIT_GUEST_NOT_RUNNING;
  }
  const cluster = await shell.sandbox.runningCluster();
  if (!cluster) return EXIT_GUEST_NOT_RUNNING;
  const ip = cluster.network.nodeIP();
  if (names[0] === "list") {
    const services = cluster.store.list("services", undefined).items;
    out.out(table(services.map((s) => serviceRow(s, ip))));
    return 0;
  }
  const name = names[0];
  if (!name) {
    out.err("X You must specify a service name\n");
    return 1;
  }
  let svc: KubeObject;
  try {
    svc = cluster.store.get("services", namespace, name);
  } catch {
    print([
      {
        emoji: "❌",
        style: "fail",
        text: `Exiting due to SVC_NOT_FOUND: Service '${name}' was not found in '${namespace}' namespace.\nYou may select another namespace by using 'minikube service ${name} -n <namespace>'. Or list out all the services using 'minikube service list'`,
      },
    ]);
    return EXIT_SVC_NOT_FOUND;
  }
  const ports = ((svc.spec?.ports ?? []) as { nodePort?: number; port: number; targetPort?: number | string }[]).filter((p) => p.nodePort);
  if (ports.length === 0) {
    print([{ emoji: "😿", text: `service ${namespace}/${name} has no node port` }]);
    return 0;
  }
  if (url) {
    for (const p of ports) out.out(`http://${ip}:${p.nodePort}\n`);
    return 0;
  }
  out.out(table([serviceRow(svc, ip)]));
  print([{ emoji: "🎉", text: `Opening service ${namespace}/${name} in default browser...` }], "out");
  return 0;
}

function serviceRow(svc: KubeObject, ip: string): string[] {
  const ports = (svc.spec?.ports ?? []) as { nodePort?: number; port: number; targetPort?: number | string; name?: string }[];
  const withNode = ports.filter((p) => p.nodePort);
  if (withNode.length === 0) return [svc.metadata.namespace ?? "", svc.metadata.name ?? "", "No node port", ""];
  return [
    svc.metadata.namespace ?? "",
    svc.metadata.name ?? "",
    withNode.map((p) => (p.name ? `${p.name}/${p.port}` : String(p.targetPort ?? p.port))).join("\n"),
    withNode.map((p) => `http://${ip}:${p.nodePort}`).join("\n"),
  ];
}

/** olekukonko/tablewriter as minikube configures it: centred headers, "|" borders, right-aligned numbers. */
function table(rows: string[][]): string {
  const head = ["NAMESPACE", "NAME", "TARGET PORT", "URL"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const rule = "|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|\n";
  const center = (s: string, w: number) => {
    const left = Math.ceil((w - s.length) / 2);
    return " ".repeat(left) + s + " ".repeat(w - s.length - left);
  };
  let out = rule + "|" + head.map((h, i) => ` ${center(h, widths[i])} `).join("|") + "|\n" + rule;
  for (const r of rows) {
    const cells = r.map((c, i) => (/^\d+$/.test(c) ? c.padStart(widths[i]) : c.padEnd(widths[i])));
    out += "|" + cells.map((c) => ` ${c} `).join("|") + "|\n";
  }
  return out + rule;
}
