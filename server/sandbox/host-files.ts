/**
 * The student's machine as the shell shows it: an Ubuntu 20.04 host named `podium` where user `student`
 * runs minikube with the docker driver. Why this machine: the seed tutorial types at a bare `$ ` prompt
 * on an Ubuntu host with minikube and kubectl installed; the docker driver is what minikube v1.18 picks
 * by default on Linux without root, and it gives the node the 192.168.49.2 address that
 * `minikube ip` and `minikube service --url` print.
 */
export const HOST_USER = "student";
export const HOST_NAME = "podium";
export const HOST_HOME = `/home/${HOST_USER}`;
export const HOST_OS_PRETTY = "Ubuntu 20.04";

/** Files every host starts with (besides the student's own, restored from the sandbox state). */
export function baseHostFiles(): Record<string, string> {
  return {
    "/etc/hostname": `${HOST_NAME}\n`,
    "/etc/os-release": [
      'NAME="Ubuntu"',
      'VERSION="20.04.2 LTS (Focal Fossa)"',
      "ID=ubuntu",
      "ID_LIKE=debian",
      'PRETTY_NAME="Ubuntu 20.04.2 LTS"',
      'VERSION_ID="20.04"',
      'HOME_URL="https://www.ubuntu.com/"',
      'SUPPORT_URL="https://help.ubuntu.com/"',
      'BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"',
      'PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"',
      "VERSION_CODENAME=focal",
      "UBUNTU_CODENAME=focal",
      "",
    ].join("\n"),
    "/tmp/.keep": "",
    [`${HOST_HOME}/.profile`]: "# ~/.profile: executed by the command interpreter for login shells.\n",
  };
}

/** The environment of a login shell on the host. */
export function hostEnv(): Record<string, string> {
  return {
    HOME: HOST_HOME,
    USER: HOST_USER,
    LOGNAME: HOST_USER,
    HOSTNAME: HOST_NAME,
    SHELL: "/bin/bash",
    LANG: "C.UTF-8",
    TERM: "xterm-256color",
    PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    PWD: HOST_HOME,
  };
}

/**
 * ~/.kube/config as minikube v1.18 writes it (pkg/minikube/kubeconfig): one cluster, context and user
 * named "minikube", certificates under ~/.minikube.
 */
export function minikubeKubeconfig(nodeIP: string): string {
  return `apiVersion: v1
clusters:
- cluster:
    certificate-authority: ${HOST_HOME}/.minikube/ca.crt
    server: https://${nodeIP}:8443
  name: minikube
contexts:
- context:
    cluster: minikube
    namespace: default
    user: minikube
  name: minikube
current-context: minikube
kind: Config
preferences: {}
users:
- name: minikube
  user:
    client-certificate: ${HOST_HOME}/.minikube/profiles/minikube/client.crt
    client-key: ${HOST_HOME}/.minikube/profiles/minikube/client.key
`;
}
