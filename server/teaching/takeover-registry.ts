/**
 * Terminal takeovers: a teacher asks to type into a student's terminal tab, the student agrees or
 * declines, and only an agreed takeover lets the teacher's keystrokes through. Held in memory: a
 * takeover lives only as long as the teacher's socket, so a restart ends it, as it should.
 */
import crypto from "node:crypto";

export interface Takeover {
  id: string;
  teacherId: string;
  teacherSocketId: string;
  studentId: string;
  tabId: string;
  state: "asked" | "granted";
  askedAt: number;
}

/** An unanswered request expires, so an old prompt clicked much later grants nothing. */
const ANSWER_WITHIN_MS = 2 * 60_000;

export class TakeoverRegistry {
  private readonly takeovers = new Map<string, Takeover>();

  constructor(private readonly now: () => number = Date.now) {}

  ask(teacher: { id: string; socketId: string }, studentId: string, tabId: string): Takeover {
    const t: Takeover = { id: crypto.randomUUID(), teacherId: teacher.id, teacherSocketId: teacher.socketId, studentId, tabId, state: "asked", askedAt: this.now() };
    this.takeovers.set(t.id, t);
    return t;
  }

  /** The student's answer (state "granted" when accepted); null when the request is unknown, expired, already answered or not theirs. */
  answer(id: string, studentId: string, accept: boolean): Takeover | null {
    const t = this.takeovers.get(id);
    if (!t || t.studentId !== studentId || t.state !== "asked") return null;
    if (this.now() - t.askedAt > ANSWER_WITHIN_MS) {
      this.takeovers.delete(id);
      return null;
    }
    if (!accept) {
      this.takeovers.delete(id);
      return t;
    }
    t.state = "granted";
    return t;
  }

  /** Whether this teacher socket may type into the student's tab now. */
  granted(teacherSocketId: string, studentId: string, tabId: string): boolean {
    for (const t of this.takeovers.values()) {
      if (t.state === "granted" && t.teacherSocketId === teacherSocketId && t.studentId === studentId && t.tabId === tabId) return true;
    }
    return false;
  }

  /** Ends a takeover from either side; returns it when `userId` was party to it. */
  end(id: string, userId: string): Takeover | null {
    const t = this.takeovers.get(id);
    if (!t || (t.teacherId !== userId && t.studentId !== userId)) return null;
    this.takeovers.delete(id);
    return t;
  }

  /** Everything a closing teacher socket held, removed. */
  endForSocket(socketId: string): Takeover[] {
    const ended = [...this.takeovers.values()].filter((t) => t.teacherSocketId === socketId);
    for (const t of ended) this.takeovers.delete(t.id);
    return ended;
  }
}
