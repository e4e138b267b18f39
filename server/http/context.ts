import type { IncomingMessage, ServerResponse } from "node:http";
import type { CurrentUser } from "../auth/roles";
import type { Logger } from "../log";
import type { Services } from "../services";
import { AppError, badRequest } from "./app-error";

/** Bodies above this are refused with 413 before they are read into memory. */
export const MAX_JSON_BODY = 64 * 1024;

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
  user: CurrentUser | null;
  ip: string;
  log: Logger;
  services: Services;
}

export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > limit) return reject(new AppError(413, "too_large", `The request body is larger than ${limit} bytes.`));
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new AppError(413, "too_large", `The request body is larger than ${limit} bytes.`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** Parses a JSON body; malformed JSON is a 400 with a plain message. */
export async function readJson(ctx: RequestContext): Promise<unknown> {
  const type = ctx.req.headers["content-type"] ?? "";
  if (!type.includes("application/json")) throw new AppError(415, "unsupported_media_type", "Send JSON (Content-Type: application/json).");
  const raw = (await readBody(ctx.req, MAX_JSON_BODY)).toString("utf8");
  try {
    return JSON.parse(raw);
  } catch {
    throw badRequest("The request body is not valid JSON.");
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers });
  res.end(text);
}
