"use client";
import { useEffect, useState } from "react";
import { TerminalView } from "@/components/lab/terminal-view";
import { podiumSocket } from "@/components/lab/socket-client";
import { useT } from "@/components/i18n/i18n-provider";
import { useTakeover } from "./use-takeover";

/**
 * The student's terminal, mirrored live through the lab's TerminalView ("mirror" channel): the screen
 * snapshot on open, then the output as it happens. Read-only until the student accepts a takeover.
 */
export function StudentMirror({ studentId, name }: { studentId: string; name: string }) {
  const { t } = useT();
  const [tabs, setTabs] = useState<string[] | null>(null);
  const [tab, setTab] = useState<string | null>(null);
  const takeover = useTakeover(studentId);

  useEffect(() => {
    const socket = podiumSocket();
    const load = () => socket.emit("mirror:tabs", { studentId }, (r: { tabs?: string[] }) => {
      setTabs(r.tabs ?? []);
      setTab((current) => current ?? r.tabs?.[0] ?? null);
    });
    socket.on("connect", load);
    if (socket.connected) load();
    const poll = setInterval(load, 10_000);
    return () => {
      clearInterval(poll);
      socket.off("connect", load);
      socket.emit("mirror:close", { studentId });
    };
  }, [studentId]);

  const active = takeover.state === "active" && takeover.tabId === tab;
  return (
    <section className="flex flex-col gap-2 rounded-xl border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900" aria-labelledby="mirror-title">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="mirror-title" className="text-lg font-semibold">{t("student.terminal")}</h2>
        <div role="tablist" className="flex gap-1">
          {tabs?.map((id) => (
            <button key={id} role="tab" aria-selected={id === tab} onClick={() => setTab(id)}
              className={`rounded px-2 py-0.5 text-sm ${id === tab ? "bg-sky-700 text-white" : "hover:bg-zinc-100 dark:hover:bg-zinc-800"}`}>
              {t("student.tab", { tab: id })}
            </button>
          ))}
        </div>
        <div className="ml-auto flex items-center gap-2 text-sm">
          {takeover.state === "idle" && tab && <button className="rounded-md border border-zinc-300 px-2 py-1 dark:border-zinc-600" onClick={() => takeover.request(tab)}>{t("student.takeover")}</button>}
          {takeover.state === "waiting" && <span role="status">{t("student.takeoverWaiting")}</span>}
          {takeover.state === "active" && (
            <>
              <span role="status" className="text-amber-700 dark:text-amber-300">{t("student.takeoverActive")}</span>
              <button className="rounded-md bg-amber-600 px-2 py-1 text-white" onClick={takeover.end}>{t("student.takeoverEnd")}</button>
            </>
          )}
          {takeover.note && <span role="status">{t(takeover.note)}</span>}
        </div>
      </div>
      {tabs?.length === 0 && <p className="text-sm">{t("student.noTerminal")}</p>}
      {tab && (
        <div className={`h-[420px] ${active ? "ring-2 ring-amber-500" : ""}`}>
          <TerminalView channel="mirror" tabId={tab} studentId={studentId} readOnly={!active} ariaLabel={t("student.terminalLabel", { name })} />
        </div>
      )}
    </section>
  );
}
