"use client";
import { forwardRef, useCallback, useImperativeHandle, useRef, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { TerminalView } from "./terminal-view";

export interface TerminalTabsHandle {
  /** Types a command into tab `tab` (1-based; opened when missing) and optionally presses Enter. */
  type(command: string, tab: number, run: boolean): void;
}

const STORAGE = "podium-terminal-tabs";

/** Terminal tabs sharing the student's one cluster; the open tabs survive a reload. */
export const TerminalTabs = forwardRef<TerminalTabsHandle>(function TerminalTabs(_props, ref) {
  const { t } = useT();
  const [tabs, setTabs] = useState<number[]>(() => {
    if (typeof window === "undefined") return [1];
    try {
      const saved = JSON.parse(localStorage.getItem(STORAGE) ?? "[1]") as number[];
      return Array.isArray(saved) && saved.length ? saved : [1];
    } catch {
      return [1];
    }
  });
  const [active, setActive] = useState(tabs[0]);
  const typers = useRef(new Map<number, (text: string, run: boolean) => void>());
  const pending = useRef(new Map<number, { text: string; run: boolean }>());

  const save = (next: number[]) => {
    setTabs(next);
    localStorage.setItem(STORAGE, JSON.stringify(next));
  };
  const addTab = () => {
    const n = Math.max(0, ...tabs) + 1;
    save([...tabs, n]);
    setActive(n);
    return n;
  };
  const closeTab = (n: number) => {
    if (tabs.length === 1) return;
    const next = tabs.filter((x) => x !== n);
    save(next);
    if (active === n) setActive(next[0]);
  };

  useImperativeHandle(ref, () => ({
    type(command, tab, run) {
      const target = tab > 0 ? tab : active;
      if (!tabs.includes(target)) {
        save([...tabs, target].sort((a, b) => a - b));
        pending.current.set(target, { text: command, run });
      } else {
        typers.current.get(target)?.(command, run);
      }
      setActive(target);
    },
  }));

  // One stable callback per tab: a new function each render would make TerminalView reconnect.
  const registrations = useRef(new Map<number, (typer: (text: string, run: boolean) => void) => void>());
  const register = useCallback((n: number) => {
    let fn = registrations.current.get(n);
    if (!fn) {
      fn = (typer) => {
        typers.current.set(n, typer);
        const queued = pending.current.get(n);
        if (queued) {
          pending.current.delete(n);
          setTimeout(() => typer(queued.text, queued.run), 300);
        }
      };
      registrations.current.set(n, fn);
    }
    return fn;
  }, []);

  return (
    <section className="flex h-full flex-col bg-[#0b1020]" aria-label={t("lab.terminal")}>
      <div role="tablist" aria-label={t("lab.terminal")} className="flex items-center gap-1 border-b border-zinc-700 px-1 pt-1">
        {tabs.map((n) => (
          <div key={n} className={`flex items-center rounded-t ${active === n ? "bg-zinc-700 text-white" : "text-zinc-400"}`}>
            <button role="tab" aria-selected={active === n} aria-controls={`term-panel-${n}`} id={`term-tab-${n}`}
              onClick={() => setActive(n)} className="px-3 py-1 text-xs">
              {t("lab.terminalTab", { n })}
            </button>
            {tabs.length > 1 && (
              <button aria-label={t("lab.closeTab", { n })} onClick={() => closeTab(n)} className="px-1 text-xs hover:text-white">×</button>
            )}
          </div>
        ))}
        <button aria-label={t("lab.newTab")} onClick={addTab} className="px-2 text-zinc-300 hover:text-white">+</button>
      </div>
      <div className="relative flex-1">
        {tabs.map((n) => (
          <div key={n} role="tabpanel" id={`term-panel-${n}`} aria-labelledby={`term-tab-${n}`}
            className={`absolute inset-0 ${active === n ? "visible" : "invisible"}`}>
            <TerminalView channel="term" tabId={String(n)} ariaLabel={t("lab.terminalTab", { n })} registerTyper={register(n)} />
          </div>
        ))}
      </div>
    </section>
  );
});
