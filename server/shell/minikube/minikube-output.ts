/**
 * minikube's console style (pkg/minikube/out, style/style.go): on a TTY each step starts with its emoji
 * and two spaces, sub-steps with "    ▪ "; without a TTY (the CLI's transcript) emoji become "* ", sub-steps
 * "  - ", failures "X " and warnings "! ", exactly as the seed shows.
 */
export type MinikubeStyle = "step" | "sub" | "fail" | "warn";

export interface MinikubeLine {
  emoji: string;
  text: string;
  style?: MinikubeStyle;
}

export function renderLine(line: MinikubeLine, tty: boolean): string {
  const style = line.style ?? "step";
  if (style === "sub") return tty ? `    ▪ ${line.text}\n` : `  - ${line.text}\n`;
  if (!tty) return `${style === "fail" ? "X" : style === "warn" ? "!" : "*"} ${line.text}\n`;
  return `${line.emoji}  ${line.text}\n`;
}

export const PROFILE_NOT_FOUND: MinikubeLine[] = [
  { emoji: "🤷", text: 'Profile "minikube" not found. Run "minikube profile list" to view all profiles.' },
  { emoji: "👉", text: 'To start a cluster, run: "minikube start"' },
];

export const NOT_RUNNING: MinikubeLine[] = [
  { emoji: "🤷", text: "The control plane node must be running for this command" },
  { emoji: "👉", text: 'To start a cluster, run: "minikube start"' },
];

/** minikube's exit codes (pkg/minikube/reason/exitcodes.go). */
export const EXIT_GUEST_NOT_FOUND = 85;
export const EXIT_GUEST_NOT_RUNNING = 89;
