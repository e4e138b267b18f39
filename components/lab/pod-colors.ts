/** Status colours of the cluster view, keyed by the STATUS text kubectl prints. */
export function podTone(status: string): { fill: string; label: string } {
  if (status === "Running") return { fill: "bg-emerald-500", label: "text-emerald-900 dark:text-emerald-100" };
  if (status === "Completed" || status === "Succeeded") return { fill: "bg-zinc-400", label: "text-zinc-800 dark:text-zinc-100" };
  if (status === "Terminating") return { fill: "bg-amber-400 animate-pulse", label: "text-amber-900 dark:text-amber-100" };
  if (/ErrImagePull|ImagePullBackOff|CrashLoopBackOff|Error|Failed|ExitCode|Invalid/.test(status))
    return { fill: "bg-red-500", label: "text-red-900 dark:text-red-100" };
  return { fill: "bg-sky-400 animate-pulse", label: "text-sky-900 dark:text-sky-100" };
}
