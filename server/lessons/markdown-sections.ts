/**
 * Splits a lesson body into its intro and one section per step. A step starts at a level-2 heading
 * carrying an id attribute, `## Start the cluster {#start}` (the attribute syntax of Pandoc and
 * markdown-it-attrs); headings inside fenced code blocks are ignored.
 */
export interface BodySections {
  intro: string;
  steps: Array<{ id: string; title: string; body: string }>;
}

const STEP_HEADING = /^##\s+(.+?)\s+\{#([a-z0-9][a-z0-9-]*)\}\s*$/;
const FENCE = /^\s*(```|~~~)/;

export function splitSections(markdown: string): BodySections {
  const lines = markdown.replace(/\r\n/g, "\n").split("\n");
  const intro: string[] = [];
  const open: Array<{ id: string; title: string; lines: string[] }> = [];
  let current = intro;
  let fence: string | null = null;
  for (const line of lines) {
    const f = FENCE.exec(line);
    if (f) fence = fence === null ? (f[1] as string) : fence === f[1] ? null : fence;
    const heading = fence === null ? STEP_HEADING.exec(line) : null;
    if (heading) {
      current = [];
      open.push({ id: heading[2] as string, title: heading[1] as string, lines: current });
    } else {
      current.push(line);
    }
  }
  return {
    intro: intro.join("\n").trim(),
    steps: open.map((s) => ({ id: s.id, title: s.title, body: s.lines.join("\n").trim() })),
  };
}
