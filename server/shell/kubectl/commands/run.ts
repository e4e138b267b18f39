/**
 * `kubectl run NAME --image=IMAGE` (kubectl/pkg/cmd/run/run.go, v1.20: pods only), with --port,
 * --env, --labels, --restart, --command, --expose and --dry-run/-o. Attaching (-i/-t, --attach, --rm)
 * needs a container session the simulated terminal does not offer.
 */
import type { Command } from "../command";
import { KubectlError } from "../errors";
import { mustFindMapping } from "../rest-mapper";
import { podObject, serviceObject } from "./create-objects";
import { CREATE_FLAGS, createObject } from "./create-support";
import { FILE_SOURCE_FLAGS } from "../printers/print-flags";

export const runCommand: Command = {
  name: "run",
  flags: [
    ...CREATE_FLAGS.filter((f) => f.name !== "validate"),
    ...FILE_SOURCE_FLAGS,
    { name: "annotations", type: "stringArray", default: [] },
    { name: "cascade", type: "string", default: "background", noOptDefault: "background" },
    { name: "filename", shorthand: "f", type: "stringSlice", default: [] },
    { name: "force", type: "bool", default: false },
    { name: "grace-period", type: "int", default: -1 },
    { name: "hostport", type: "int", default: -1 },
    { name: "leave-stdin-open", type: "bool", default: false },
    { name: "limits", type: "string", default: "" },
    { name: "requests", type: "string", default: "" },
    { name: "overrides", type: "string", default: "" },
    { name: "pod-running-timeout", type: "string", default: "1m0s" },
    { name: "privileged", type: "bool", default: false },
    { name: "record", type: "bool", default: false },
    { name: "timeout", type: "string", default: "0s" },
    { name: "wait", type: "bool", default: false },
    { name: "image", type: "string", default: "", required: true },
    { name: "port", type: "string", default: "" },
    { name: "env", type: "stringArray", default: [] },
    { name: "labels", shorthand: "l", type: "string", default: "" },
    { name: "restart", type: "string", default: "Always" },
    { name: "command", type: "bool", default: false },
    { name: "expose", type: "bool", default: false },
    { name: "image-pull-policy", type: "string", default: "" },
    { name: "stdin", shorthand: "i", type: "bool", default: false },
    { name: "tty", shorthand: "t", type: "bool", default: false },
    { name: "attach", type: "bool", default: false },
    { name: "rm", type: "bool", default: false },
    { name: "quiet", type: "bool", default: false },
    { name: "serviceaccount", type: "string", default: "" },
    { name: "field-manager", type: "string", default: "kubectl-run" },
  ],
  async run(ctx) {
    const { flags } = ctx;
    const names = ctx.argsLenAtDash >= 0 ? ctx.args.slice(0, ctx.argsLenAtDash) : ctx.args.slice(0, 1);
    if (!names.length) throw new KubectlError("NAME is required for run");
    const name = names[0];
    const extra = ctx.argsLenAtDash >= 0 ? ctx.args.slice(ctx.argsLenAtDash) : ctx.args.slice(1);
    const restart = flags.str("restart");
    if (!["Always", "OnFailure", "Never"].includes(restart)) throw new KubectlError(`invalid restart policy: ${restart}`);
    if (flags.bool("rm") && !flags.bool("stdin") && !flags.bool("attach")) throw new KubectlError("--rm should only be used for attached containers");
    if (flags.bool("stdin") || flags.bool("tty") || flags.bool("attach")) {
      throw new KubectlError("attaching to a container (-i/-t/--attach) is not available in this terminal; create the pod, then use kubectl exec");
    }
    const portText = flags.str("port");
    const port = portText === "" ? undefined : Number(portText);
    if (port !== undefined && !Number.isInteger(port)) throw new KubectlError(`strconv.Atoi: parsing "${portText}": invalid syntax`);
    if (flags.bool("expose")) {
      if (port === undefined) throw new KubectlError("--port must be set when exposing a service");
      const svc = serviceObject(name, "ClusterIP", [`${port}:${port}`], {});
      (svc.spec as { ports: { name?: string }[] }).ports.forEach((p) => delete p.name);
      (svc.metadata as { labels: Record<string, string> }).labels = { run: name };
      (svc.spec as { selector: Record<string, string> }).selector = { run: name };
      delete (svc.spec as { type?: string }).type;
      await createObject(ctx, mustFindMapping("services"), svc, flags.str("field-manager"));
    }
    const pod = podObject(name, {
      image: flags.str("image"),
      port,
      env: flags.list("env"),
      labels: flags.str("labels") || undefined,
      restart,
      command: flags.bool("command"),
      args: extra,
      imagePullPolicy: flags.str("image-pull-policy") || undefined,
    });
    const meta = pod.metadata as Record<string, unknown>;
    const annotations = flags.list("annotations");
    if (annotations.length) meta.annotations = Object.fromEntries(annotations.map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)]));
    const container = ((pod.spec as { containers: Record<string, unknown>[] }).containers)[0];
    const resources: Record<string, Record<string, string>> = {};
    for (const kind of ["limits", "requests"]) {
      if (!flags.str(kind)) continue;
      resources[kind] = Object.fromEntries(flags.str(kind).split(",").map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)]));
    }
    container.resources = resources;
    if (flags.int("hostport", -1) >= 0 && Array.isArray(container.ports)) (container.ports as Record<string, unknown>[])[0].hostPort = flags.int("hostport");
    if (flags.bool("privileged")) container.securityContext = { privileged: true };
    return createObject(ctx, mustFindMapping("pods"), pod, flags.str("field-manager"));
  },
};
