/**
 * Inputs that just-bash 3.4's parser cannot survive: an unterminated `$((` that contains a parameter
 * (`echo $((x$?`, `a=$((1+$A`) sends it into an endless, ever-allocating loop that would take the
 * whole server down. bash itself just asks for more input there, so the shell treats such a line as
 * incomplete and never hands it to the parser (found by fuzz.test.ts).
 */

/** True when a `$((` outside single quotes is still open at the end of `text`. */
export function hasUnterminatedArithmetic(text: string): boolean {
  if (!text.includes("$((")) return false;
  const open: number[] = []; // parenthesis depth of each open $(( … ))
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") {
      i++;
    } else if (c === "'" && open.length === 0) {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return false;
      i = end;
    } else if (c === "$" && text.startsWith("((", i + 1)) {
      open.push(depth);
      depth += 2;
      i += 2;
    } else if (c === "(") {
      depth++;
    } else if (c === ")") {
      depth--;
      if (open.length && depth <= open[open.length - 1]) {
        open.pop();
        depth = Math.max(0, depth);
      }
    }
  }
  return open.length > 0;
}

/** bash's complaint when input ends inside `$((`. */
export const UNTERMINATED_ARITHMETIC = "bash: unexpected EOF while looking for matching `)'\nbash: syntax error: unexpected end of file\n";
