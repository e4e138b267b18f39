import { describe, expect, it } from "vitest";
import { zh } from "./localized-text";

describe("zh", () => {
  it("spaces Chinese from Latin text but not from Chinese or punctuation", () => {
    const what = 'Deployment "web"';
    expect(zh`还没有${what}。`).toBe('还没有 Deployment "web"。');
    expect(zh`现在有 ${3} 个${"带有标签 app=x 的 Pod"}，这一步需要 ${"4 个"}。`).toBe("现在有 3 个带有标签 app=x 的 Pod，这一步需要 4 个。");
    expect(zh`${"Pod"}仍然存在（${"a"}）。`).toBe("Pod 仍然存在（a）。");
  });
});
