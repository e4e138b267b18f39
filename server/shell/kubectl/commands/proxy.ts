/**
 * `kubectl proxy` and `kubectl port-forward` (kubectl/pkg/cmd/proxy, portforward): argument handling
 * and the messages real kubectl prints, then the shell's hooks serve the simulated ports until Ctrl-C.
 * proxy: upstream binds before printing "Starting to serve on …" (proxy.go RunProxy), hence listenProxy.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Command } from "../command";
import { helpHintError, KubectlError } from "../errors";
import { attachablePod } from "./pod-selection";

export const proxyCommand: Command = {
  name: "proxy",
  flags: [
    { name: "port", shorthand: "p", type: "int", default: 8001 },
    { name: "address", type: "string", default: "127.0.0.1" },
    { name: "api-prefix", type: "string", default: "/" },
    { name: "accept-hosts", type: "string", default: "^localhost$,^127\\.0\\.0\\.1$,^\\[::1\\]$" },
    { name: "accept-paths", type: "string", default: "^.*" },
    { name: "reject-methods", type: "string", default: "^$" },
    { name: "reject-paths", type: "string", default: "^/api/.*/pods/.*/exec,^/api/.*/pods/.*/attach" },
    { name: "disable-filter", type: "bool", default: false },
    { name: "unix-socket", shorthand: "u", type: "string", default: "" },
    { name: "www", shorthand: "w", type: "string", default: "" },
    { name: "www-prefix", shorthand: "P", type: "string", default: "/static/" },
    { name: "keepalive", type: "string", default: "0s" },
  ],
  async run(ctx) {
    const { flags, io } = ctx;
    ctx.api();
    const req = { port: flags.int("port", 8001), address: flags.str("address"), apiPrefix: flags.str("api-prefix") };
    if (!io.listenProxy) throw new KubectlError("proxy is not available in this terminal");
    // proxy.go RunProxy: listen first; a listen error goes to CheckErr, the line only follows a bound port
    let listener;
    try {
      listener = await io.listenProxy(req);
    } catch (err) {
      throw new KubectlError((err as Error).message);
    }
    io.stdout(`Starting to serve on ${listener.address}\n`);
    return listener.serve();
  },
};

function parsePorts(specs: string[]): { local: number; remote: number }[] {
  return specs.map((s) => {
    const [l, r] = s.includes(":") ? s.split(":") : [s, s];
    const local = l === "" ? 0 : Number(l);
    const remote = Number(r);
    if (!Number.isInteger(local) || !Number.isInteger(remote) || remote <= 0) throw new KubectlError(`Error parsing local port '${l}': invalid port`);
    return { local, remote };
  });
}

export const portForwardCommand: Command = {
  name: "port-forward",
  flags: [
    { name: "address", type: "stringSlice", default: ["localhost"] },
    { name: "pod-running-timeout", type: "string", default: "1m0s" },
  ],
  async run(ctx) {
    const { flags, io } = ctx;
    if (ctx.args.length < 2) throw helpHintError("TYPE/NAME and list of ports are required for port-forward", ctx.commandPath);
    const ports = parsePorts(ctx.args.slice(1));
    const { pod } = await attachablePod(ctx, ctx.args[0]);
    const p: any = pod;
    if (p.status?.phase !== "Running") throw new KubectlError(`unable to forward port because pod is not running. Current status=${p.status?.phase ?? "Unknown"}`);
    if (!io.portForward) throw new KubectlError("port-forward is not available in this terminal");
    const addresses = flags.list("address");
    for (const { local, remote } of ports) {
      for (const a of addresses) {
        if (a === "localhost") {
          io.stdout(`Forwarding from 127.0.0.1:${local} -> ${remote}\nForwarding from [::1]:${local} -> ${remote}\n`);
        } else io.stdout(`Forwarding from ${a}:${local} -> ${remote}\n`);
      }
    }
    return io.portForward({ namespace: p.metadata.namespace, pod: p.metadata.name, ports, addresses });
  },
};
