/**
 * Shapes shared by the lesson loader, the check evaluator and the progress tracker. Check definitions
 * themselves are described by zod schemas (check-schema.ts) and their types inferred from there.
 */
import type { Check } from "./check-schema";

export const LOCALES = ["en", "zh-CN"] as const;
export type Locale = (typeof LOCALES)[number];

/** Text in every language Podium ships; the UI picks one. */
export type LocalizedText = Record<Locale, string>;

/**
 * One command the student ran, as the shell records it (the same fields as the CommandLog table).
 * Only `command`, `exitCode` and `output` are required; the optional fields make checks sharper.
 */
export interface CommandRecord {
  /** The line as typed, before expansion: `curl $(minikube ip):$NODE_PORT`. */
  command: string;
  exitCode: number;
  /** stdout and stderr as shown on screen; an excerpt (the first few KiB) is enough. */
  output: string;
  /** Epoch milliseconds when the command started (the sandbox's clock). */
  startedAt?: number;
  durationMs?: number;
  tabId?: string;
  /**
   * Where the line ran: "host", or the pod ("namespace/name") whose shell `kubectl exec -ti POD -- bash`
   * opened. Same field as server/sandbox's CommandRecord, so its records can be passed as they are.
   */
  shell?: string;
  /**
   * HTTP requests the command sent through the simulated network (curl, wget). When absent, curlReached
   * falls back to reading the command line and the app's answer ("Running on: <pod>").
   */
  requests?: HttpTrace[];
}

/** How one simulated HTTP request travelled and who answered it. */
export interface HttpTrace {
  /** pod: a pod IP or localhost inside a pod; service: a ClusterIP or service name; nodeport: node IP + NodePort; proxy: through `kubectl proxy`. */
  via: CurlRoute;
  url: string;
  /** HTTP status; undefined when the connection failed. */
  status?: number;
  /** The pod whose app produced the answer, when one did. */
  pod?: { namespace: string; name: string };
}

export type CurlRoute = "pod" | "service" | "nodeport" | "proxy";

/** A command shown in a step: a click copies it into (or runs it in) the terminal. */
export interface LessonCommand {
  run: string;
  /** Terminal tab to use; tab 2 is for commands that keep running, like `kubectl proxy`. Default 1. */
  tab: number;
  /** The command does not return by itself (proxy, `get pods -w`): the checker starts it and moves on. */
  longRunning: boolean;
  /** Shown only as an example; lessons:check does not run it (e.g. a command meant to fail halfway). */
  skipInCheck: boolean;
  /** Why the command is there, when the instructions do not say it next to it. */
  label?: LocalizedText;
}

export interface Step {
  id: string;
  title: LocalizedText;
  /** Markdown: the step's section of the lesson body. */
  instructions: LocalizedText;
  commands: LessonCommand[];
  /** Revealed one by one on request. */
  hints: LocalizedText[];
  /** All must pass. A step without checks is a reading step: the student acknowledges it. */
  checks: Check[];
}

export type LessonKind = "reading" | "guided" | "sandbox";

export interface Lesson {
  courseId: string;
  id: string;
  /** Position in the course (0-based, from course.yaml). */
  index: number;
  kind: LessonKind;
  title: LocalizedText;
  summary: LocalizedText;
  /** Minutes a student typically needs. */
  minutes: number;
  /** Markdown shown above the steps. */
  intro: LocalizedText;
  /** Commands that bring a fresh sandbox to this lesson's starting point ("reset to lesson start"). */
  setup: LessonCommand[];
  steps: Step[];
}

export interface Course {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  lessons: Lesson[];
}

/** The outcome of one check: passing, or the plain-words reasons it does not pass yet. */
export interface CheckResult {
  ok: boolean;
  reasons: LocalizedText[];
}

export interface StepResult {
  done: boolean;
  /** True for reading steps (no checks): they complete when the student acknowledges them. */
  manual: boolean;
  reasons: LocalizedText[];
}
