import type { RenderedLesson } from "@/server/lab/course-catalog";

export type { RenderedLesson };
export type Text = { en: string; "zh-CN": string };

export interface StepStatus {
  stepId: string;
  done: boolean;
  manual: boolean;
  reasons: Text[];
}

export interface LessonPayload {
  lesson: RenderedLesson;
  completed: string[];
  hints: Record<string, Text[]>;
  previous: string | null;
  next: string | null;
}
