"use client";
import { useEffect, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { podiumSocket } from "./socket-client";

interface Message { from: string; text: string; at: string }
interface Takeover { from: string; requestId: string }

/**
 * What a teacher sends into the lab: messages and hints (shown as text, never as HTML), a note when the
 * teacher reset the sandbox, and the consent prompt before a teacher may type in the student's terminal.
 */
export function TeacherNotices() {
  const { t } = useT();
  const [messages, setMessages] = useState<Message[]>([]);
  const [takeover, setTakeover] = useState<Takeover | null>(null);
  const [resetBy, setResetBy] = useState(false);
  /** A takeover the student allowed and that is still going on: shown with a button to end it. */
  const [active, setActive] = useState<Takeover | null>(null);

  useEffect(() => {
    const socket = podiumSocket();
    const onMessage = (m: Message) => setMessages((all) => [...all, m]);
    const onTakeover = (r: Takeover) => setTakeover(r);
    const onReset = () => setResetBy(true);
    const onEnded = (e: { requestId: string }) => {
      setActive((a) => (a?.requestId === e.requestId ? null : a));
      setTakeover((r) => (r?.requestId === e.requestId ? null : r));
    };
    socket.on("takeover-ended", onEnded);
    socket.on("teacher-message", onMessage);
    socket.on("takeover-request", onTakeover);
    socket.on("sandbox-reset", onReset);
    return () => {
      socket.off("teacher-message", onMessage);
      socket.off("takeover-request", onTakeover);
      socket.off("sandbox-reset", onReset);
      socket.off("takeover-ended", onEnded);
    };
  }, []);

  const answer = (allow: boolean) => {
    if (takeover) podiumSocket().emit("takeover-answer", { requestId: takeover.requestId, allow });
    if (allow) setActive(takeover);
    setTakeover(null);
  };

  return (
    <div aria-live="polite" className="flex flex-col gap-1">
      {resetBy && (
        <p role="status" className="rounded-md bg-amber-100 px-3 py-2 text-sm dark:bg-amber-900">{t("lab.resetByTeacher")}
          <button className="ml-3 underline" onClick={() => setResetBy(false)}>{t("lab.dismiss")}</button></p>
      )}
      {messages.map((m, i) => (
        <div key={i} role="status" data-testid="teacher-message" className="rounded-md bg-violet-100 px-3 py-2 text-sm dark:bg-violet-900">
          <b>{t("lab.teacherMessage", { name: m.from })}:</b> <span className="whitespace-pre-wrap">{m.text}</span>
          <button className="ml-3 underline" onClick={() => setMessages((all) => all.filter((_, k) => k !== i))}>{t("lab.dismiss")}</button>
        </div>
      ))}
      {active && (
        <div role="status" className="rounded-md bg-sky-100 px-3 py-2 text-sm dark:bg-sky-900">
          {t("lab.takeoverActive", { name: active.from })}
          <button className="ml-3 rounded bg-zinc-700 px-2 text-white" onClick={() => podiumSocket().emit("takeover-end", { requestId: active.requestId })}>
            {t("lab.takeoverEnd")}
          </button>
        </div>
      )}
      {takeover && (
        <div role="alertdialog" aria-label={t("lab.takeoverAsk", { name: takeover.from })} className="rounded-md bg-sky-100 px-3 py-2 text-sm dark:bg-sky-900">
          {t("lab.takeoverAsk", { name: takeover.from })}
          <button className="ml-3 rounded bg-sky-700 px-2 text-white" onClick={() => answer(true)}>{t("lab.allow")}</button>
          <button className="ml-2 rounded bg-zinc-300 px-2 dark:bg-zinc-700" onClick={() => answer(false)}>{t("lab.deny")}</button>
        </div>
      )}
    </div>
  );
}
