/** `minikube addons list` for v1.18.0's addon set, with the two addons a fresh start enables. */

const ADDONS = [
  "ambassador",
  "auto-pause",
  "csi-hostpath-driver",
  "dashboard",
  "default-storageclass",
  "efk",
  "freshpod",
  "gcp-auth",
  "gvisor",
  "helm-tiller",
  "ingress",
  "ingress-dns",
  "istio",
  "istio-provisioner",
  "kubevirt",
  "logviewer",
  "metallb",
  "metrics-server",
  "nvidia-driver-installer",
  "nvidia-gpu-device-plugin",
  "olm",
  "pod-security-policy",
  "registry",
  "registry-aliases",
  "registry-creds",
  "storage-provisioner",
  "storage-provisioner-gluster",
  "volumesnapshots",
];
const ENABLED = new Set(["default-storageclass", "storage-provisioner"]);

/** The table minikube prints with olekukonko/tablewriter; "enabled ✅" only on a TTY. */
export function addonsList(tty: boolean): string {
  const rows = ADDONS.map((name) => [name, "minikube", ENABLED.has(name) ? (tty ? "enabled ✅" : "enabled") : "disabled"]);
  const head = ["ADDON NAME", "PROFILE", "STATUS"];
  // "✅" is one code point but two terminal columns.
  const width = (s: string) => [...s].length + (s.includes("✅") ? 1 : 0);
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const rule = "|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|\n";
  const center = (s: string, w: number) => {
    const left = Math.floor((w - s.length) / 2);
    return " ".repeat(left) + s + " ".repeat(w - s.length - left);
  };
  let out = rule + "|" + head.map((h, i) => ` ${center(h, widths[i])} `).join("|") + "|\n" + rule;
  for (const r of rows) out += "|" + r.map((c, i) => ` ${c}${" ".repeat(widths[i] - width(c))} `).join("|") + "|\n";
  return out + rule;
}
