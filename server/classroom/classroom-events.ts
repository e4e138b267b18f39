/**
 * The in-process bus between the student side (sandboxes, terminals, lesson progress) and the teacher side
 * (dashboard, mirrors). Producers emit facts; server/realtime forwards them to the rooms that may see them.
 */
import { EventEmitter } from "node:events";

export interface StepCompleted {
  userId: string;
  courseId: string;
  lessonId: string;
  stepId: string;
  completedAt: Date;
}

export interface StepStarted {
  userId: string;
  courseId: string;
  lessonId: string;
  stepId: string;
  startedAt: Date;
}

export interface CommandRan {
  userId: string;
  sandboxId: string;
  tabId: string;
  command: string;
  exitCode: number;
  startedAt: Date;
  durationMs: number;
}

export interface HintUsed {
  userId: string;
  courseId: string;
  lessonId: string;
  stepId: string;
}

export interface PresenceChanged {
  userId: string;
  state: "online" | "idle" | "offline";
}

export interface SandboxReset {
  userId: string;
  sandboxId: string;
  by: string; // user id of whoever reset it
}

export interface ClassroomEventMap {
  "step-started": [StepStarted];
  "step-completed": [StepCompleted];
  "command-ran": [CommandRan];
  "hint-used": [HintUsed];
  "presence-changed": [PresenceChanged];
  "sandbox-reset": [SandboxReset];
}

export class ClassroomEvents extends EventEmitter<ClassroomEventMap> {
  constructor() {
    super();
    // Every open dashboard subscribes; hundreds of listeners are expected, not a leak.
    this.setMaxListeners(0);
  }
}
