/**
 * Podium's request pipeline and socket.io on a loopback port, without Next (pages answer "page"), over a
 * throw-away database. Used by the HTTP and realtime tests.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createTestDatabase } from "../db/test-database";
import { loadConfig } from "../config";
import { createLoginLimiters } from "../auth/rate-limit";
import { createRequestHandler, type ExtraRoutes } from "./app";
import { createSocketServer, type SocketFeature } from "../realtime/socket-server";
import type { Services } from "../services";
import type { RequestContext } from "./context";

export interface Prepared {
  routes?: ExtraRoutes[];
  sockets?: SocketFeature[];
  mounts?: (ctx: RequestContext) => Promise<boolean>;
  listening?: (io: import("socket.io").Server) => void;
  close?: () => Promise<void>;
}

export interface TestServer {
  url: string;
  services: Services;
  close(): Promise<void>;
}

export async function startTestServer(opts: {
  routes?: ExtraRoutes[];
  sockets?: SocketFeature[];
  mounts?: (ctx: RequestContext) => Promise<boolean>;
  extend?: (services: Services) => void;
  /** Async set-up that contributes routes, socket features and mounts (e.g. the lab), with a hook once socket.io exists. */
  prepare?: (services: Services) => Promise<Prepared>;
} = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const services: Services = {
    config: { ...loadConfig({} as NodeJS.ProcessEnv, []), host: "127.0.0.1", port: 0 },
    db: database.db,
    dbFile: database.file,
    limiters: createLoginLimiters(),
    version: "test",
  };
  opts.extend?.(services);
  const prepared: Prepared = (await opts.prepare?.(services)) ?? {};
  const routes = [...(opts.routes ?? []), ...(prepared.routes ?? [])];
  const mounts = prepared.mounts ?? opts.mounts;
  const handle = createRequestHandler(services, async (_req, res) => void res.end("page"), routes);
  const server = http.createServer((req, res) => void handle(req, res, mounts));
  const io = createSocketServer(server, services, [...(opts.sockets ?? []), ...(prepared.sockets ?? [])]);
  prepared.listening?.(io);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    services,
    close: async () => {
      await prepared.close?.();
      io.close();
      await new Promise((r) => server.close(r));
      await database.cleanup();
    },
  };
}

/** A tiny cookie-keeping client for the JSON API. */
export class ApiClient {
  cookie = "";
  constructor(readonly base: string, readonly origin = base) {}

  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(this.base + path, {
      method,
      headers: {
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        origin: this.origin,
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      redirect: "manual",
    });
    const setCookie = res.headers.get("set-cookie");
    if (setCookie) this.cookie = setCookie.split(";")[0];
    const text = await res.text();
    let json: any = undefined;
    try {
      json = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: res.status, json, text, headers: res.headers };
  }
}
