/**
 * Every setting Podium reads from the environment, in one place (README lists them).
 */
export interface Config {
  host: string;
  port: number;
  dev: boolean;
  /** Marks the session cookie Secure; on automatically when PODIUM_PUBLIC_URL is https. */
  secureCookies: boolean;
  publicUrl: string | undefined;
  logLevel: string;
  /** Simulated time runs this many times faster than real time (tests and demos). */
  timeSpeed: number;
  sessionDays: number;
}

export function loadConfig(env = process.env, argv = process.argv): Config {
  const publicUrl = env.PODIUM_PUBLIC_URL || undefined;
  return {
    host: env.HOST || "0.0.0.0",
    port: Number(env.PORT || 3000),
    dev: argv.includes("--dev"),
    secureCookies: env.PODIUM_SECURE_COOKIES === "1" || (publicUrl?.startsWith("https:") ?? false),
    publicUrl,
    logLevel: env.LOG_LEVEL || "info",
    timeSpeed: Number(env.PODIUM_TIME_SPEED || 1),
    sessionDays: Number(env.PODIUM_SESSION_DAYS || 14),
  };
}
