"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { api } from "@/components/ui/api";
import { podiumSocket } from "@/components/lab/socket-client";
import type { Dashboard, DashboardStudent } from "@/server/teaching/dashboard-aggregation";
import type { DashboardEvent } from "@/server/realtime/dashboard-socket";
import type { Presence } from "@/server/classroom/student-runtime";

/**
 * The aggregates (medians, stuck, failing commands) are re-read at most this often while events arrive;
 * the grid itself follows each event at once. Also the rate bench/dashboard.ts loads the server with.
 */
const REFRESH_AFTER_EVENTS_MS = 5000;
/** Time passing alone can make someone stuck. */
const REFRESH_EVERY_MS = 30_000;

/**
 * The dashboard's state: the snapshot from GET /api/teach/cohorts/:id/dashboard, kept current by the
 * "dashboard:event"s of the cohort's socket room (a completed step shows at once; the server-side
 * aggregates follow with the next refresh).
 */
export function useDashboard(cohortId: string) {
  const [dash, setDash] = useState<Dashboard | null>(null);
  const [presence, setPresence] = useState<Record<string, Presence>>({});
  const [error, setError] = useState<string | null>(null);
  const [connected, setConnected] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /** Joining is idempotent and answers everyone's presence, so a refresh re-joins to catch idle ↔ online. */
  const join = useCallback(
    () =>
      podiumSocket().emit("dashboard:join", { cohortId }, (reply: { presence?: Record<string, Presence>; error?: string }) => {
        if (reply.error) setError(reply.error);
        else setPresence(reply.presence ?? {});
        setConnected(!reply.error);
      }),
    [cohortId],
  );

  const load = useCallback(() => {
    if (podiumSocket().connected) join();
    return api<Dashboard>("GET", `/api/teach/cohorts/${cohortId}/dashboard`).then(setDash, (e: Error) => setError(e.message));
  }, [cohortId, join]);

  useEffect(() => {
    void load();
    const every = setInterval(() => void load(), REFRESH_EVERY_MS);
    const socket = podiumSocket();
    const onEvent = (event: DashboardEvent) => {
      if (event.type === "presence") setPresence((p) => ({ ...p, [event.userId]: event.state }));
      else setDash((d) => (d ? applyEvent(d, event) : d));
      // Someone whose command just ran is at the keyboard, whatever the last presence said.
      if (event.type === "command-ran") setPresence((p) => ({ ...p, [event.userId]: "online" }));
      // Throttled, not debounced: a class that never pauses must still see its aggregates move.
      timer.current ??= setTimeout(() => {
        timer.current = undefined;
        void load();
      }, REFRESH_AFTER_EVENTS_MS);
    };
    const onDisconnect = () => setConnected(false);
    socket.on("dashboard:event", onEvent);
    socket.on("connect", join);
    socket.on("disconnect", onDisconnect);
    return () => {
      clearInterval(every);
      clearTimeout(timer.current);
      socket.emit("dashboard:leave", { cohortId });
      socket.off("dashboard:event", onEvent);
      socket.off("connect", join);
      socket.off("disconnect", onDisconnect);
    };
  }, [cohortId, load, join]);

  return { dash, presence, error, connected };
}

export function applyEvent(dash: Dashboard, event: DashboardEvent): Dashboard {
  if (event.type === "presence") return dash;
  const update = (fn: (s: DashboardStudent) => DashboardStudent) => ({
    ...dash,
    students: dash.students.map((s) => (s.id === event.userId ? fn(s) : s)),
  });
  switch (event.type) {
    case "step-completed":
      return update((s) => ({
        ...s,
        completed: { ...s.completed, [event.key]: new Date(event.at).toISOString() },
        current: s.current?.key === event.key ? null : s.current,
      }));
    case "step-started":
      return update((s) => ({ ...s, current: { key: event.key, startedAt: new Date(event.at).toISOString() } }));
    case "command-ran":
      return update((s) => ({
        ...s,
        lastCommandAt: new Date(event.at).toISOString(),
        recentFailures: event.exitCode === 0 ? s.recentFailures
          : [{ command: event.command, exitCode: event.exitCode, at: new Date(event.at).toISOString() }, ...s.recentFailures].slice(0, 5),
      }));
    case "hint-used":
      return update((s) => ({ ...s, hintsUsed: s.hintsUsed + 1 }));
    default:
      return dash;
  }
}
