/**
 * The errors a kubectl command ends with, printed as cmdutil.CheckErr (kubectl/pkg/cmd/util/helpers.go)
 * prints them: API `Status` failures as `Error from server (Reason): message`, everything else as
 * `error: message`, exit code 1. A student's bad command ends here, never as an exception in the shell.
 */

/** The `Status` object an API server returns for a failure (meta/v1). */
export interface ApiStatus {
  kind?: string;
  apiVersion?: string;
  status?: string;
  message?: string;
  reason?: string;
  details?: { name?: string; group?: string; kind?: string; uid?: string; causes?: { message?: string; field?: string }[] };
  code?: number;
}

/** A failure returned by the server (apimachinery's StatusError seen from the client). */
export class ApiError extends Error {
  constructor(readonly status: ApiStatus) {
    super(status.message ?? "");
  }
  get code(): number {
    return this.status.code ?? 0;
  }
  get reason(): string {
    return this.status.reason ?? "";
  }
}

/** A client-side failure printed as `error: <message>`. */
export class KubectlError extends Error {}

/** A failure whose text is printed verbatim to stderr (cobra usage errors, already formatted messages). */
export class RawError extends Error {
  constructor(
    readonly text: string,
    readonly exitCode = 1,
  ) {
    super(text);
  }
}

/** Cobra's reaction to a bad flag or argument count: `Error: ...` plus where to find help. */
export function usageError(message: string, commandPath: string): RawError {
  return new RawError(`Error: ${message}\nSee '${commandPath} --help' for usage.\n`);
}

/** cmdutil.UsageErrorf: `error: msg` + `See 'kubectl x -h' for help and examples`. */
export function helpHintError(message: string, commandPath: string): RawError {
  return new RawError(`error: ${message}\nSee '${commandPath} -h' for help and examples\n`);
}

/**
 * No API server answers (the shell has no running cluster). runKubectl words it as
 * cmdutil.StandardErrorMessage words a url.Error "connection refused", naming the host of the
 * kubeconfig's server, which it reads then; `before` is printed first (cluster-info's hint).
 */
export class ConnectionRefusedError extends Error {
  constructor(
    readonly kubeconfigFlag = "",
    readonly before = "",
  ) {
    super("connection refused");
  }
}

/** helpers.go StandardErrorMessage, `case *url.Error` with "connection refused". */
export function connectionRefusedMessage(host: string): string {
  return `The connection to the server ${host} was refused - did you specify the right host or port?\n`;
}

export function isNotFound(err: unknown): boolean {
  return err instanceof ApiError && err.code === 404;
}

export function isAlreadyExists(err: unknown): boolean {
  return err instanceof ApiError && err.reason === "AlreadyExists";
}

/** The text cmdutil.StandardErrorMessage gives an error, ending in a newline. */
export function formatError(err: unknown): string {
  if (err instanceof RawError) return err.text;
  if (err instanceof ApiError) {
    const msg = err.status.message ?? "";
    if (err.reason) return `Error from server (${err.reason}): ${msg}\n`;
    return `Error from server: ${msg}\n`;
  }
  const msg = err instanceof Error ? err.message : String(err);
  return msg.startsWith("error: ") ? `${msg}\n` : `error: ${msg}\n`;
}
