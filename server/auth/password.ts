import argon2 from "argon2";

/**
 * Passwords are hashed with argon2id (OWASP's first choice) at the library's defaults: 64 MiB, t=3, p=4.
 */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Minimum rules shown to users; long passphrases are welcome. */
export function passwordProblem(password: string): string | null {
  if (password.length < 8) return "The password needs at least 8 characters.";
  if (password.length > 200) return "The password can have at most 200 characters.";
  return null;
}
