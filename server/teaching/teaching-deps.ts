/**
 * What the teacher socket features share: the database, the classroom event bus, the student runtime
 * port (server/classroom/student-runtime.ts) and the takeover registry. Built once in server/main.ts.
 */
import type { Db } from "../db/prisma";
import type { ClassroomEvents } from "../classroom/classroom-events";
import type { StudentRuntime } from "../classroom/student-runtime";
import { TakeoverRegistry } from "./takeover-registry";

export interface TeachingDeps {
  db: Db;
  events: ClassroomEvents;
  runtime: StudentRuntime;
  takeovers: TakeoverRegistry;
}

export function createTeachingDeps(parts: { db: Db; events: ClassroomEvents; runtime: StudentRuntime }): TeachingDeps {
  return { ...parts, takeovers: new TakeoverRegistry() };
}
