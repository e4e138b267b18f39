/**
 * `minikube start` (v1.18.0, docker driver on Ubuntu 20.04): the seed's progress lines adapted to the
 * docker driver, paced on the sandbox clock so the terminal fills in as a real start does. The cluster
 * comes into being at "Booting up control plane"; Ctrl-C before that leaves no cluster.
 */
import type { Sandbox } from "../../sandbox/sandbox";
import type { MinikubeLine } from "./minikube-output";

interface PacedLine extends MinikubeLine {
  /** Simulated time spent before the line appears. */
  delayMs: number;
  /** The step that actually creates or resumes the cluster runs before this line. */
  boot?: boolean;
}

const K8S = "v1.20.2";
const DOCKER = "20.10.3";
const DONE = 'Done! kubectl is now configured to use "minikube" cluster and "default" namespace by default';
const ADDONS: PacedLine[] = [
  { emoji: "🔎", text: "Verifying Kubernetes components...", delayMs: 1500 },
  { emoji: "", text: "Using image gcr.io/k8s-minikube/storage-provisioner:v4", style: "sub", delayMs: 300 },
  { emoji: "🌟", text: "Enabled addons: default-storageclass, storage-provisioner", delayMs: 2500 },
  { emoji: "🏄", text: DONE, delayMs: 500 },
];

function header(existing: boolean): PacedLine[] {
  return [
    { emoji: "😄", text: "minikube v1.18.0 on Ubuntu 20.04", delayMs: 200 },
    existing
      ? { emoji: "✨", text: "Using the docker driver based on existing profile", delayMs: 300 }
      : { emoji: "✨", text: "Automatically selected the docker driver. Other choices: none, ssh", delayMs: 300 },
    { emoji: "👍", text: "Starting control plane node minikube in cluster minikube", delayMs: 200 },
  ];
}

export function startScript(state: ReturnType<Sandbox["minikube"]>): PacedLine[] {
  if (state === "running") {
    return [
      ...header(true),
      { emoji: "🏃", text: 'Updating the running docker "minikube" container ...', delayMs: 1500, boot: true },
      { emoji: "🐳", text: `Preparing Kubernetes ${K8S} on Docker ${DOCKER} ...`, delayMs: 1500 },
      ...ADDONS,
    ];
  }
  if (state === "stopped") {
    return [
      ...header(true),
      { emoji: "🚜", text: "Pulling base image ...", delayMs: 800 },
      { emoji: "🔄", text: 'Restarting existing docker container for "minikube" ...', delayMs: 1000 },
      { emoji: "🐳", text: `Preparing Kubernetes ${K8S} on Docker ${DOCKER} ...`, delayMs: 6000, boot: true },
      ...ADDONS,
    ];
  }
  return [
    ...header(false),
    { emoji: "🚜", text: "Pulling base image ...", delayMs: 800 },
    { emoji: "🔥", text: "Creating docker container (CPUs=2, Memory=2200MB) ...", delayMs: 1200 },
    { emoji: "🐳", text: `Preparing Kubernetes ${K8S} on Docker ${DOCKER} ...`, delayMs: 7000 },
    { emoji: "", text: "Generating certificates and keys ...", style: "sub", delayMs: 1200 },
    { emoji: "", text: "Booting up control plane ...", style: "sub", delayMs: 2500 },
    { emoji: "", text: "Configuring RBAC rules ...", style: "sub", delayMs: 9000, boot: true },
    ...ADDONS,
  ];
}

export type { PacedLine };
