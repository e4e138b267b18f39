"use client";
import { useRef, useState, type KeyboardEvent, type ReactNode } from "react";

/**
 * Three panes side by side with draggable separators (also movable with the arrow keys, for keyboard
 * users). Widths are fractions of the container and are remembered per browser.
 */
export function SplitPanes({ children, label, storageKey }: { children: [ReactNode, ReactNode, ReactNode]; label: string; storageKey: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [widths, setWidths] = useState<[number, number, number]>(() => {
    if (typeof window === "undefined") return [0.3, 0.42, 0.28];
    try {
      const saved = JSON.parse(localStorage.getItem(storageKey) ?? "null") as [number, number, number] | null;
      return saved && saved.length === 3 ? saved : [0.3, 0.42, 0.28];
    } catch {
      return [0.3, 0.42, 0.28];
    }
  });

  function move(index: 0 | 1, delta: number) {
    setWidths((w) => {
      const next = [...w] as [number, number, number];
      const min = 0.12;
      const d = Math.max(min - next[index], Math.min(delta, next[index + 1] - min));
      next[index] += d;
      next[index + 1] -= d;
      localStorage.setItem(storageKey, JSON.stringify(next));
      return next;
    });
  }

  function drag(index: 0 | 1) {
    return (e: React.PointerEvent) => {
      const width = box.current!.getBoundingClientRect().width;
      let last = e.clientX;
      const onMove = (ev: PointerEvent) => {
        move(index, (ev.clientX - last) / width);
        last = ev.clientX;
      };
      const onUp = () => {
        window.removeEventListener("pointermove", onMove);
        window.removeEventListener("pointerup", onUp);
      };
      window.addEventListener("pointermove", onMove);
      window.addEventListener("pointerup", onUp);
    };
  }

  const keys = (index: 0 | 1) => (e: KeyboardEvent) => {
    if (e.key === "ArrowLeft") move(index, -0.02);
    if (e.key === "ArrowRight") move(index, 0.02);
  };

  const separator = (index: 0 | 1) => (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={Math.round(widths[index] * 100)}
      tabIndex={0}
      onPointerDown={drag(index)}
      onKeyDown={keys(index)}
      className="w-1.5 shrink-0 cursor-col-resize bg-zinc-200 hover:bg-sky-400 focus-visible:bg-sky-500 dark:bg-zinc-800"
    />
  );

  return (
    <div ref={box} className="flex h-[calc(100vh-7.5rem)] min-h-[32rem] w-full overflow-hidden rounded-lg border border-zinc-200 dark:border-zinc-800">
      <div style={{ width: `${widths[0] * 100}%` }} className="min-w-0 overflow-auto bg-white dark:bg-zinc-900">{children[0]}</div>
      {separator(0)}
      <div style={{ width: `${widths[1] * 100}%` }} className="min-w-0">{children[1]}</div>
      {separator(1)}
      <div style={{ width: `${widths[2] * 100}%` }} className="min-w-0 overflow-auto bg-white dark:bg-zinc-900">{children[2]}</div>
    </div>
  );
}
