/**
 * What the rest of Podium uses from server/lessons: loading courses, judging steps, tracking progress.
 * Internals (individual check evaluators, the runner used by lessons:check) are imported directly.
 */
export { loadCourses, loadCourse, findLesson, defaultLessonsRoot, LessonLoadError } from "./course-loader";
export { evaluateStep } from "./evaluate-step";
export { createProgressTracker } from "./progress-tracker";
export type { HistoryFeed, ProgressEvent, ProgressSnapshot, ProgressTracker, ProgressTrackerOptions } from "./progress-tracker";
export { createHistoryFeed, type MemoryHistoryFeed } from "./history-feed";
export type { CheckContext } from "./check-context";
export type { Check } from "./check-schema";
export { LOCALES } from "./types";
export type {
  CommandRecord,
  Course,
  HttpTrace,
  Lesson,
  LessonCommand,
  LessonKind,
  Locale,
  LocalizedText,
  Step,
  StepResult,
} from "./types";
