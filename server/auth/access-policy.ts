/**
 * Who may open which page or call which route: the one place where roles are enforced for pages, API
 * routes and (through `canJoinRoom`) socket.io. Handlers may check finer things (membership of a cohort),
 * but a path that is not listed here as public requires a signed-in user.
 */
import type { CurrentUser, Role } from "./roles";

interface Rule {
  prefix: string;
  roles: readonly Role[] | "public" | "signed-in";
}

/** Longest matching prefix wins. */
const RULES: Rule[] = [
  { prefix: "/", roles: "signed-in" },
  { prefix: "/login", roles: "public" },
  { prefix: "/setup", roles: "public" },
  { prefix: "/join", roles: "public" },
  { prefix: "/_next", roles: "public" },
  { prefix: "/favicon", roles: "public" },
  { prefix: "/icon", roles: "public" },
  { prefix: "/admin", roles: ["admin"] },
  { prefix: "/teach", roles: ["admin", "teacher"] },
  { prefix: "/api/health", roles: "public" },
  { prefix: "/api/auth/login", roles: "public" },
  { prefix: "/api/auth/setup", roles: "public" },
  { prefix: "/api/auth/join", roles: "public" },
  { prefix: "/api/auth/state", roles: "public" },
  { prefix: "/api/admin", roles: ["admin"] },
  { prefix: "/api/teach", roles: ["admin", "teacher"] },
  // The Kubernetes API authenticates with its own bearer tokens (server/kube-api mount).
  { prefix: "/k8s/", roles: "public" },
];

export type Decision = "allow" | "login" | "forbidden";

function ruleFor(pathname: string): Rule {
  let best = RULES[0];
  for (const rule of RULES) {
    const matches = pathname === rule.prefix || pathname.startsWith(rule.prefix.endsWith("/") ? rule.prefix : rule.prefix + "/");
    if (matches && rule.prefix.length > best.prefix.length) best = rule;
  }
  return best;
}

export function decide(pathname: string, user: CurrentUser | null): Decision {
  const rule = ruleFor(pathname);
  if (rule.roles === "public") return "allow";
  if (!user) return "login";
  if (rule.roles === "signed-in") return "allow";
  return rule.roles.includes(user.role) ? "allow" : "forbidden";
}

export function hasRole(user: CurrentUser | null, ...roles: Role[]): boolean {
  return !!user && roles.includes(user.role);
}
