"use client";
import { useState, type FormEvent } from "react";
import { podiumSocket } from "@/components/lab/socket-client";
import { Button, ErrorText } from "@/components/ui/field";
import { useT } from "@/components/i18n/i18n-provider";
import { ConfirmButton } from "./confirm-button";

function emit(event: string, payload: object): Promise<void> {
  return new Promise((resolve, reject) =>
    podiumSocket().timeout(10_000).emit(event, payload, (err: Error | null, reply: { error?: string }) => {
      if (err) reject(err);
      else if (reply?.error) reject(new Error(reply.error));
      else resolve();
    }),
  );
}

/** A message or hint shown in the student's lab, and resetting the student's sandbox. */
export function StudentActions({ studentId, name }: { studentId: string; name: string }) {
  const { t } = useT();
  const [text, setText] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(fn: () => Promise<void>, done: string) {
    setError(null);
    setNotice(null);
    try {
      await fn();
      setNotice(done);
    } catch (err) {
      setError((err as Error).message);
    }
  }

  function onSend(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      await emit("teach:message", { studentId, text });
      setText("");
    }, t("student.sent"));
  }

  return (
    <section className="flex flex-wrap items-end gap-4 rounded-xl border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
      <form onSubmit={onSend} className="flex flex-1 flex-wrap items-end gap-2">
        <div className="flex min-w-[16rem] flex-1 flex-col gap-1">
          <label htmlFor="teacher-message" className="text-sm font-medium">{t("student.message")}</label>
          <input id="teacher-message" value={text} onChange={(e) => setText(e.target.value)} maxLength={2000}
            className="rounded-md border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-600 dark:bg-zinc-900" />
        </div>
        <Button type="submit" disabled={!text.trim()}>{t("student.send")}</Button>
      </form>
      <ConfirmButton label={t("student.reset")} question={t("student.resetConfirm", { name })}
        onConfirm={() => run(() => emit("teach:reset-sandbox", { studentId }), t("student.resetDone"))} />
      {notice && <p role="status" className="w-full text-sm text-green-700 dark:text-green-300">{notice}</p>}
      <div className="w-full"><ErrorText message={error} /></div>
    </section>
  );
}
