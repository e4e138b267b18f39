"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { api } from "@/components/ui/api";
import { ErrorText } from "@/components/ui/field";
import { ClusterView } from "./cluster-view";
import { EMPTY_PICTURE, type ClusterPicture } from "./cluster-picture";
import { LessonPane } from "./lesson-pane";
import { SplitPanes } from "./split-panes";
import { TerminalTabs, type TerminalTabsHandle } from "./terminal-tabs";
import { podiumSocket } from "./socket-client";
import { LabToolbar } from "./lab-toolbar";
import { TeacherNotices } from "./teacher-notices";
import type { LessonPayload, StepStatus } from "./lab-types";

/**
 * The lab page: joins the student's sandbox over socket.io, keeps the lesson's progress and the
 * cluster picture live, and lets the lesson pane type commands into the terminal.
 */
export function LabPage({ courseId, lessonId }: { courseId: string; lessonId: string }) {
  const { t } = useT();
  const [payload, setPayload] = useState<LessonPayload | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [completed, setCompleted] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState<StepStatus | null>(null);
  const [picture, setPicture] = useState<ClusterPicture>(EMPTY_PICTURE);
  const tabs = useRef<TerminalTabsHandle>(null);

  useEffect(() => {
    api<LessonPayload>("GET", `/api/courses/${courseId}/lessons/${lessonId}`)
      .then((p) => {
        setPayload(p);
        setCompleted(new Set(p.completed));
      })
      .catch((e: Error) => setError(e.message));
  }, [courseId, lessonId]);

  useEffect(() => {
    const socket = podiumSocket();
    const join = () =>
      socket.emit("lab:join", { courseId, lessonId }, (reply: { error?: string; picture?: ClusterPicture; completed?: string[]; status?: StepStatus }) => {
        if (reply?.error) return setError(reply.error);
        if (reply.picture) setPicture(reply.picture);
        if (reply.completed) setCompleted((c) => new Set([...c, ...reply.completed!]));
        setStatus(reply.status ?? null);
      });
    const onPicture = (p: ClusterPicture) => setPicture(p);
    const onCompleted = (e: { courseId: string; lessonId: string; stepId: string }) => {
      if (e.courseId === courseId && e.lessonId === lessonId) setCompleted((c) => new Set([...c, e.stepId]));
    };
    const onStatus = (s: StepStatus & { lessonId: string }) => {
      if (s.lessonId === lessonId) setStatus(s);
    };
    socket.on("connect", join);
    socket.on("cluster:picture", onPicture);
    socket.on("progress:completed", onCompleted);
    socket.on("progress:status", onStatus);
    if (socket.connected) join();
    return () => {
      socket.emit("lab:leave", { courseId, lessonId });
      socket.off("connect", join);
      socket.off("cluster:picture", onPicture);
      socket.off("progress:completed", onCompleted);
      socket.off("progress:status", onStatus);
    };
  }, [courseId, lessonId]);

  const type = useCallback((command: string, tab: number, run: boolean) => tabs.current?.type(command, tab, run), []);
  const acknowledge = useCallback(
    (stepId: string) => podiumSocket().emit("lab:acknowledge", { courseId, lessonId, stepId }),
    [courseId, lessonId],
  );

  if (error) return <ErrorText message={error} />;
  if (!payload) return <p aria-busy="true">…</p>;
  return (
    <div className="flex flex-col gap-2">
      <LabToolbar />
      <TeacherNotices />
      <SplitPanes label={t("lab.resize")} storageKey="podium-lab-panes">
        <LessonPane payload={payload} completed={completed} status={status} onType={type} onAcknowledge={acknowledge} />
        <TerminalTabs ref={tabs} />
        <ClusterView picture={picture} />
      </SplitPanes>
    </div>
  );
}
