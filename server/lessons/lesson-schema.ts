/**
 * The front matter of one lesson file (one language) and of course.yaml. Titles of steps live in the
 * Markdown body as `## Title {#step-id}` headings, so a translator edits prose in one place.
 */
import { z } from "zod";
import { checkSchema } from "./check-schema";
import { LOCALES } from "./types";

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "ids are lower-case words joined by dashes");

export const commandSchema = z.union([
  z.string().min(1).transform((run) => ({ run, tab: 1, longRunning: false, skipInCheck: false, label: undefined as string | undefined })),
  z.strictObject({
    run: z.string().min(1),
    tab: z.number().int().min(1).max(4).default(1),
    longRunning: z.boolean().default(false),
    skipInCheck: z.boolean().default(false),
    label: z.string().optional(),
  }),
]);
export type CommandFrontMatter = z.output<typeof commandSchema>;

export const stepFrontMatterSchema = z.strictObject({
  id,
  commands: z.array(commandSchema).default([]),
  hints: z.array(z.string().min(1)).default([]),
  checks: z.array(checkSchema).default([]),
});

export const lessonFrontMatterSchema = z.strictObject({
  id,
  kind: z.enum(["reading", "guided", "sandbox"]).default("guided"),
  title: z.string().min(1),
  summary: z.string().min(1),
  minutes: z.number().int().positive(),
  setup: z.array(commandSchema).default([]),
  steps: z.array(stepFrontMatterSchema).min(1),
});
export type LessonFrontMatter = z.output<typeof lessonFrontMatterSchema>;

const localized = z.strictObject(Object.fromEntries(LOCALES.map((l) => [l, z.string().min(1)])) as Record<(typeof LOCALES)[number], z.ZodString>);

export const courseFileSchema = z.strictObject({
  id,
  title: localized,
  description: localized,
  /** Lesson file stems in order: `01-create-cluster` reads 01-create-cluster.en.md and 01-create-cluster.zh-CN.md. */
  lessons: z.array(z.string().min(1)).min(1),
});
