"use client";
import { useEffect, useState } from "react";
import { ClusterView } from "@/components/lab/cluster-view";
import type { ClusterPicture } from "@/components/lab/cluster-picture";
import { podiumSocket } from "@/components/lab/socket-client";
import { useT } from "@/components/i18n/i18n-provider";

/** The student's cluster as the lab draws it, kept live over the mirror socket. */
export function StudentCluster({ studentId }: { studentId: string }) {
  const { t } = useT();
  const [picture, setPicture] = useState<ClusterPicture | null | undefined>(undefined);

  useEffect(() => {
    const socket = podiumSocket();
    const open = () => socket.emit("mirror:cluster", { studentId }, (r: { picture?: ClusterPicture | null }) => setPicture(r.picture ?? null));
    const onPicture = (m: { studentId: string; picture: ClusterPicture }) => m.studentId === studentId && setPicture(m.picture);
    socket.on("mirror:cluster-picture", onPicture);
    socket.on("connect", open);
    if (socket.connected) open();
    return () => {
      socket.off("mirror:cluster-picture", onPicture);
      socket.off("connect", open);
    };
  }, [studentId]);

  return (
    <section className="max-h-[520px] overflow-auto rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900" data-testid="student-cluster">
      {picture === undefined ? <p className="p-4 text-sm">{t("common.loading")}</p>
        : picture === null ? <p className="p-4 text-sm">{t("student.noCluster")}</p>
        : <ClusterView picture={picture} />}
    </section>
  );
}
