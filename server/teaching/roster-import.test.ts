import { describe, expect, it } from "vitest";
import { parseRoster } from "./roster-import";

describe("parseRoster", () => {
  it("skips a header, keeps Chinese names, lower-cases usernames and leaves passwords optional", () => {
    const { rows, problems } = parseRoster("username,display name,password\r\nLei,李雷,\r\nmei,\"韩, 梅梅\",secret-pass-1\r\n");
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, username: "lei", displayName: "李雷", password: undefined },
      { line: 3, username: "mei", displayName: "韩, 梅梅", password: "secret-pass-1" },
    ]);
  });

  it("reports bad usernames, short passwords and duplicates by line, keeping the good rows", () => {
    const { rows, problems } = parseRoster("ok-1,One\nbad name!,Two\nok-2,Three,short\nok-1,Again\n");
    expect(rows.map((r) => r.username)).toEqual(["ok-1"]);
    expect(problems.map((p) => [p.line, p.username])).toEqual([[2, "bad name!"], [3, "ok-2"], [4, "ok-1"]]);
    expect(problems[1].message).toMatch(/8 characters/);
  });

  it("uses the username as display name when the column is empty", () => {
    expect(parseRoster("solo").rows[0]).toMatchObject({ username: "solo", displayName: "solo" });
  });
});
