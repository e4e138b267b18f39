import { describe, expect, it } from "vitest";
import { isForeignOrigin } from "./origin-check";

describe("isForeignOrigin", () => {
  it("allows reads from anywhere and same-site writes", () => {
    expect(isForeignOrigin("GET", { origin: "https://evil.example", host: "podium.local" })).toBe(false);
    expect(isForeignOrigin("POST", { origin: "http://podium.local", host: "podium.local" })).toBe(false);
    expect(isForeignOrigin("POST", { referer: "http://podium.local/login", host: "podium.local" })).toBe(false);
  });

  it("refuses writes from another site, a null origin, or a garbled one", () => {
    expect(isForeignOrigin("POST", { origin: "https://evil.example", host: "podium.local" })).toBe(true);
    expect(isForeignOrigin("DELETE", { origin: "null", host: "podium.local" })).toBe(true);
    expect(isForeignOrigin("PATCH", { origin: "::::", host: "podium.local" })).toBe(true);
  });

  it("accepts the configured public URL behind a proxy", () => {
    expect(isForeignOrigin("POST", { origin: "https://k8s.school.example", host: "127.0.0.1:3000" }, "https://k8s.school.example")).toBe(false);
  });
});
