import { z } from "zod";

/** Usernames are lower-case so "Alice" and "alice" can't both exist; 2-40 of a-z 0-9 . _ -. */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, "Use 2-40 letters, digits, dots, dashes or underscores, starting with a letter or digit.");

export const displayNameSchema = z.string().trim().min(1, "Enter a display name.").max(80, "At most 80 characters.");

export const passwordSchema = z.string().min(8, "The password needs at least 8 characters.").max(200, "At most 200 characters.");
