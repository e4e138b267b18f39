"use client";
import { io, type Socket } from "socket.io-client";

let shared: Socket | null = null;

/** One socket.io connection per browser tab, authenticated by the session cookie. */
export function podiumSocket(): Socket {
  shared ??= io({ path: "/socket.io", transports: ["websocket", "polling"], withCredentials: true });
  return shared;
}
