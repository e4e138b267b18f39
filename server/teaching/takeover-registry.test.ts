import { describe, expect, it } from "vitest";
import { TakeoverRegistry } from "./takeover-registry";

describe("TakeoverRegistry", () => {
  it("grants typing only after the right student accepts, and only to the asking socket and tab", () => {
    const reg = new TakeoverRegistry(() => 0);
    const t = reg.ask({ id: "teacher", socketId: "sock" }, "stu", "1");
    expect(reg.granted("sock", "stu", "1")).toBe(false);
    expect(reg.answer(t.id, "someone-else", true)).toBeNull();
    expect(reg.answer(t.id, "stu", true)?.state).toBe("granted");
    expect(reg.granted("sock", "stu", "1")).toBe(true);
    expect(reg.granted("sock", "stu", "2")).toBe(false);
    expect(reg.granted("other-sock", "stu", "1")).toBe(false);
    expect(reg.end(t.id, "stu")).not.toBeNull();
    expect(reg.granted("sock", "stu", "1")).toBe(false);
  });

  it("forgets a declined or expired request and everything of a closed socket", () => {
    let now = 0;
    const reg = new TakeoverRegistry(() => now);
    const declined = reg.ask({ id: "t", socketId: "s" }, "stu", "1");
    expect(reg.answer(declined.id, "stu", false)?.state).toBe("asked");
    expect(reg.answer(declined.id, "stu", true)).toBeNull();
    const late = reg.ask({ id: "t", socketId: "s" }, "stu", "1");
    now += 3 * 60_000;
    expect(reg.answer(late.id, "stu", true)).toBeNull();
    const held = reg.ask({ id: "t", socketId: "s" }, "stu", "1");
    reg.answer(held.id, "stu", true);
    expect(reg.endForSocket("s").map((t) => t.id)).toEqual([held.id]);
    expect(reg.granted("s", "stu", "1")).toBe(false);
  });
});
