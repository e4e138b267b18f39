/**
 * socket.io on Podium's HTTP server. A socket authenticates with the same session cookie as pages; a
 * connection without a valid session, or opened from another site, is refused before any event runs.
 * This layer only forwards between sockets and server modules; it holds no business logic.
 */
import type { Server as HttpServer } from "node:http";
import { Server, type Socket } from "socket.io";
import type { Services } from "../services";
import { readCookie, SESSION_COOKIE, userForToken } from "../auth/sessions";
import { isForeignOrigin } from "../auth/origin-check";
import type { CurrentUser } from "../auth/roles";

export interface SocketData {
  user: CurrentUser;
}

export type PodiumSocket = Socket<Record<string, never>, Record<string, never>, Record<string, never>, SocketData>;
export type SocketFeature = (io: Server, socket: Socket) => void;

export function createSocketServer(http: HttpServer, services: Services, features: SocketFeature[] = []): Server {
  const io = new Server(http, {
    path: "/socket.io",
    serveClient: false,
    maxHttpBufferSize: 256 * 1024,
    allowRequest: (req, callback) => {
      // The handshake is a GET, so the CSRF rule is applied as if it were a mutation.
      const foreign = isForeignOrigin("POST", { origin: req.headers.origin, host: req.headers.host }, services.config.publicUrl);
      callback(foreign ? "foreign origin" : null, !foreign);
    },
  });

  io.use(async (socket, next) => {
    try {
      const user = await userForToken(services.db, readCookie(socket.handshake.headers.cookie, SESSION_COOKIE));
      if (!user) return next(new Error("unauthorized"));
      socket.data.user = user;
      next();
    } catch {
      next(new Error("unauthorized"));
    }
  });

  io.on("connection", (socket) => {
    socket.join(`user:${(socket.data as SocketData).user.id}`);
    for (const feature of features) feature(io, socket);
  });
  return io;
}
