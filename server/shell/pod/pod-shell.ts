/**
 * The shell inside a container (`kubectl exec -ti POD -- bash`, `kubectl exec POD -- env`): root in
 * the image's working directory, the container's environment (PATH, HOSTNAME, service variables,
 * image ENV, spec env, HOME) and the image's files, with `curl` on the pod's side of the network.
 */
import type { Cluster } from "../../cluster/contracts";
import type { KubeObject } from "../../cluster/types";
import { lookupImage } from "../../cluster/kubelet/image-catalogue";
import type { Sandbox } from "../../sandbox/sandbox";
import { curlCommand } from "../curl/curl-command";
import { dateCommand } from "../commands/date-command";
import { envCommands } from "../commands/env-command";
import { historyCommand } from "../commands/history-command";
import { HOST_KERNEL, identityCommands } from "../commands/identity-commands";
import { jobCommands } from "../commands/job-commands";
import { sleepCommand } from "../commands/sleep-command";
import { yesCommand } from "../commands/yes-command";
import { podNetwork } from "../network-access";
import type { ShellProfile } from "../shell";
import { watchContainerEnd } from "./container-lifetime";
import { containerImage, type ContainerImage } from "./image-files";
import { serviceEnv } from "./service-env";

const CONTAINER_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

interface ContainerSpec {
  name: string;
  image: string;
  env?: { name: string; value?: string }[];
  workingDir?: string;
}

/** The container `name` of `pod` (the first one when unnamed), or undefined. */
export function findContainer(pod: KubeObject, name: string | undefined): ContainerSpec | undefined {
  const containers = (pod.spec?.containers ?? []) as ContainerSpec[];
  return name ? containers.find((c) => c.name === name) : containers[0];
}

/** The environment a container's processes see, in the order `env` prints it. */
export function containerEnv(cluster: Cluster, pod: KubeObject, container: ContainerSpec, image: ContainerImage, tty: boolean): Record<string, string> {
  const namespace = pod.metadata.namespace ?? "default";
  const services = cluster.store.list("services", namespace).items;
  if (namespace !== "default") services.push(...cluster.store.list("services", "default").items.filter((s) => s.metadata.name === "kubernetes"));
  const env: Record<string, string> = { PATH: CONTAINER_PATH, HOSTNAME: pod.metadata.name ?? "" };
  if (tty) env.TERM = "xterm";
  for (const [k, v] of serviceEnv(services, pod.metadata.creationTimestamp)) env[k] = v;
  for (const e of container.env ?? []) if (e.value !== undefined) env[e.name] = e.value;
  for (const [k, v] of image.env) env[k] = v;
  env.HOME = "/root";
  return env;
}

/** `interactive`: a shell the student types in (`-ti … bash`), not one command run by `kubectl exec`. */
export function podShellProfile(
  sandbox: Sandbox,
  cluster: Cluster,
  pod: KubeObject,
  container: ContainerSpec,
  tty: boolean,
  interactive: boolean,
): ShellProfile & { image: ContainerImage } {
  const image = containerImage(lookupImage(container.image)?.app);
  const name = pod.metadata.name ?? "";
  const namespace = pod.metadata.namespace ?? "default";
  const env = containerEnv(cluster, pod, container, image, tty);
  const cwd = container.workingDir || image.workdir;
  env.PWD = cwd;
  return {
    name: `${namespace}/${name}`,
    image,
    fs: sandbox.containerFs(`${pod.metadata.uid}/${container.name}`, () => (cwd === "/" ? image.files : { ...image.files, [`${cwd}/.keep`]: "" })),
    env,
    cwd,
    prompt: (shell) => `root@${name}:${shell.cwd === "/root" ? "~" : shell.cwd.startsWith("/root/") ? `~${shell.cwd.slice(5)}` : shell.cwd}# `,
    commands: (shell) => [
      curlCommand(shell, podNetwork(sandbox, { namespace, name })),
      sleepCommand(shell),
      dateCommand(shell),
      yesCommand(),
      historyCommand(shell),
      ...jobCommands(shell),
      ...identityCommands({ hostname: name, user: "root", uid: 0, kernel: HOST_KERNEL }),
      ...envCommands(interactive ? [] : ["PWD", "OLDPWD"]),
    ],
    watchEnd: (onEnd) => watchContainerEnd(cluster, pod, container.name, onEnd),
  };
}
