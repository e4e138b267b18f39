"use client";
import { useEffect, useRef } from "react";
import { Terminal } from "@xterm/xterm";
import { FitAddon } from "@xterm/addon-fit";
import "@xterm/xterm/css/xterm.css";
import { podiumSocket } from "./socket-client";

export interface TerminalViewProps {
  /** Socket event namespace: "term" for the student's own terminal, "mirror" for a teacher watching. */
  channel: "term" | "mirror";
  tabId: string;
  /** Who owns the terminal when a teacher mirrors it. */
  studentId?: string;
  readOnly?: boolean;
  ariaLabel: string;
  onCommandSent?: () => void;
  /** Lets the lab type a lesson's command into this terminal. */
  registerTyper?: (type: (text: string, run: boolean) => void) => void;
}

/**
 * An xterm.js terminal bound to a server-side terminal session over socket.io. The server keeps the
 * screen buffer, so opening (or reopening after a reload) starts by replaying its snapshot.
 */
export function TerminalView({ channel, tabId, studentId, readOnly, ariaLabel, registerTyper }: TerminalViewProps) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const term = new Terminal({
      cursorBlink: !readOnly,
      disableStdin: !!readOnly,
      fontFamily: 'ui-monospace, "DejaVu Sans Mono", "Noto Sans Mono CJK SC", monospace',
      fontSize: 14,
      scrollback: 5000,
      convertEol: false,
      theme: { background: "#0b1020", foreground: "#e5e7eb" },
      screenReaderMode: false,
    });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(host.current!);
    term.textarea?.setAttribute("aria-label", ariaLabel);
    fit.fit();

    const socket = podiumSocket();
    const key = { tabId, studentId };
    const open = () =>
      socket.emit(`${channel}:open`, { ...key, cols: term.cols, rows: term.rows }, (reply: { snapshot?: string; error?: string }) => {
        term.reset();
        if (reply?.error) term.write(`\r\n\x1b[31m${reply.error}\x1b[0m\r\n`);
        else if (reply?.snapshot) term.write(reply.snapshot);
      });
    const onOutput = (msg: { tabId: string; studentId?: string; data: string }) => {
      if (msg.tabId === tabId && (msg.studentId ?? undefined) === studentId) term.write(msg.data);
    };
    socket.on(`${channel}:output`, onOutput);
    socket.on("connect", open);
    if (socket.connected) open();

    const input = term.onData((data) => {
      if (!readOnly) socket.emit(`${channel}:input`, { ...key, data });
    });
    const resize = new ResizeObserver(() => {
      try {
        fit.fit();
      } catch {
        return;
      }
      if (!readOnly) socket.emit(`${channel}:resize`, { ...key, cols: term.cols, rows: term.rows });
    });
    resize.observe(host.current!);
    registerTyper?.((text, run) => {
      socket.emit(`${channel}:input`, { ...key, data: "\x15" + text + (run ? "\r" : "") });
      term.focus();
    });

    return () => {
      resize.disconnect();
      input.dispose();
      socket.off(`${channel}:output`, onOutput);
      socket.off("connect", open);
      term.dispose();
    };
  }, [channel, tabId, studentId, readOnly, ariaLabel, registerTyper]);

  return <div ref={host} className="h-full w-full overflow-hidden bg-[#0b1020] p-1" data-testid={`terminal-${tabId}`} />;
}
