/**
 * Random strings people read aloud or copy from a projector: join codes and generated passwords.
 * Rejection sampling keeps every character equally likely (a plain `byte % n` favours the first few).
 */
import crypto from "node:crypto";

/** No 0/O or 1/I/L. */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const PASSWORD_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

export function randomFromAlphabet(alphabet: string, length: number): string {
  const limit = 256 - (256 % alphabet.length);
  let out = "";
  while (out.length < length) {
    for (const b of crypto.randomBytes(length * 2)) {
      if (b < limit && out.length < length) out += alphabet[b % alphabet.length];
    }
  }
  return out;
}

/** Three groups of four (about 59 bits): easy to type from a printed sheet, above the 8-character minimum. */
export function generatePassword(): string {
  return [0, 1, 2].map(() => randomFromAlphabet(PASSWORD_ALPHABET, 4)).join("-");
}
