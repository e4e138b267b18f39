/**
 * Continue tokens for paginated lists, shaped like apiserver/pkg/storage/etcd3 `encodeContinue`:
 * base64url(JSON {"v":"meta.k8s.io/v1","rv":N,"start":"<next key>\u0000"}).
 */
import { newBadRequest } from "../errors/status-error";

export function encodeContinue(rv: number, lastKey: string): string {
  const json = JSON.stringify({ v: "meta.k8s.io/v1", rv, start: `${lastKey}\u0000` });
  return Buffer.from(json).toString("base64url");
}

/** The key after which the next page starts. */
export function decodeContinue(token: string): { rv: number; after: string } {
  try {
    const parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as { v?: string; rv?: number; start?: string };
    if (parsed.v !== "meta.k8s.io/v1" || typeof parsed.start !== "string" || typeof parsed.rv !== "number") throw new Error("bad");
    return { rv: parsed.rv, after: parsed.start.replace(/\u0000$/, "") };
  } catch {
    throw newBadRequest("continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)");
  }
}
