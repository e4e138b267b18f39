/**
 * Test helper: the request log of real kubectl v1.20.2 (testdata/requests_by_command.txt), per
 * recorded command, without the discovery requests (kubectl's warm cache).
 */
import { testdata } from "./golden";
import type { KubeRequest } from "./transport";

export interface RecordedRequest {
  method: string;
  path: string;
  accept?: string;
  contentType?: string;
  /** The first 400 characters of the body, as the log kept them. */
  body?: string;
}

export function recordedRequests(command: string): RecordedRequest[] {
  const text = testdata("requests_by_command.txt");
  const start = text.indexOf(`=== ${command} (`);
  if (start < 0) throw new Error(`no recording for ${command}`);
  const end = text.indexOf("\n=== ", start + 1);
  const lines = text.slice(start, end < 0 ? undefined : end).split("\n").slice(1);
  const out: RecordedRequest[] = [];
  for (const line of lines) {
    const m = /^ {2}(GET|POST|PUT|PATCH|DELETE) (\S+)$/.exec(line);
    if (m) out.push({ method: m[1], path: m[2] });
    else if (line.startsWith("      Accept: ")) out[out.length - 1].accept = line.slice(14);
    else if (line.startsWith("      Content-Type: ")) out[out.length - 1].contentType = line.slice(20);
    else if (line.startsWith("      Body: ")) out[out.length - 1].body = line.slice(12);
  }
  return out;
}

/** What we sent, in the recorded shape (bodies cut to the recorded length). */
export function asRecorded(sent: KubeRequest[], like: RecordedRequest[]): RecordedRequest[] {
  return sent.map((r, i) => {
    const rec: RecordedRequest = { method: r.method, path: r.path, accept: r.headers.Accept };
    if (r.headers["Content-Type"]) rec.contentType = r.headers["Content-Type"];
    if (r.body !== undefined) rec.body = like[i]?.body !== undefined ? r.body.slice(0, like[i].body?.length) : r.body;
    return rec;
  });
}
