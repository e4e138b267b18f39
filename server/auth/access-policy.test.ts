import { describe, expect, it } from "vitest";
import { decide } from "./access-policy";
import type { CurrentUser, Role } from "./roles";

const as = (role: Role): CurrentUser => ({ id: role, username: role, displayName: role, role, locale: "en" });

describe("access policy", () => {
  it("sends signed-out visitors of private pages to login but lets them reach public ones", () => {
    expect(decide("/", null)).toBe("login");
    expect(decide("/courses", null)).toBe("login");
    expect(decide("/admin/users", null)).toBe("login");
    expect(decide("/login", null)).toBe("allow");
    expect(decide("/join", null)).toBe("allow");
    expect(decide("/api/health", null)).toBe("allow");
    expect(decide("/api/auth/login", null)).toBe("allow");
    expect(decide("/api/auth/logout", null)).toBe("login");
  });

  it("keeps admin pages and routes for admins", () => {
    expect(decide("/admin", as("student"))).toBe("forbidden");
    expect(decide("/admin", as("teacher"))).toBe("forbidden");
    expect(decide("/admin", as("admin"))).toBe("allow");
    expect(decide("/api/admin/users", as("teacher"))).toBe("forbidden");
  });

  it("keeps teaching pages from students", () => {
    expect(decide("/teach", as("student"))).toBe("forbidden");
    expect(decide("/api/teach/cohorts", as("student"))).toBe("forbidden");
    expect(decide("/teach", as("teacher"))).toBe("allow");
  });

  it("matches whole path segments, not prefixes of words", () => {
    expect(decide("/administration-guide", as("student"))).toBe("allow");
    expect(decide("/login-help", null)).toBe("login");
  });
});
