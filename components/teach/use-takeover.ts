"use client";
import { useCallback, useEffect, useState } from "react";
import { podiumSocket } from "@/components/lab/socket-client";
import type { MessageKey } from "@/components/i18n/messages";

type State = "idle" | "waiting" | "active";

/**
 * The teacher's half of a terminal takeover (server/realtime/teacher-messages-socket.ts): ask, wait for
 * the student's answer, type while granted, give the terminal back.
 */
export function useTakeover(studentId: string) {
  const [state, setState] = useState<State>("idle");
  const [requestId, setRequestId] = useState<string | null>(null);
  const [tabId, setTabId] = useState<string | null>(null);
  const [note, setNote] = useState<MessageKey | null>(null);

  useEffect(() => {
    const socket = podiumSocket();
    const onAnswer = (m: { requestId: string; studentId: string; accepted: boolean }) => {
      if (m.studentId !== studentId) return;
      setState(m.accepted ? "active" : "idle");
      setNote(m.accepted ? null : "student.takeoverDeclined");
    };
    const onEnded = (m: { studentId: string }) => {
      if (m.studentId !== studentId) return;
      setState("idle");
      setRequestId(null);
      setNote("student.takeoverEnded");
    };
    socket.on("teach:takeover-answer", onAnswer);
    socket.on("teach:takeover-ended", onEnded);
    return () => {
      socket.off("teach:takeover-answer", onAnswer);
      socket.off("teach:takeover-ended", onEnded);
    };
  }, [studentId]);

  const request = useCallback((tab: string) => {
    setNote(null);
    setState("waiting");
    setTabId(tab);
    podiumSocket().emit("teach:takeover-request", { studentId, tabId: tab }, (r: { requestId?: string; error?: string }) => {
      if (r.requestId) setRequestId(r.requestId);
      else setState("idle");
    });
  }, [studentId]);

  const end = useCallback(() => {
    if (requestId) podiumSocket().emit("teach:takeover-end", { requestId });
    setState("idle");
  }, [requestId]);

  return { state, tabId, note, request, end };
}
