"use client";
import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import type { ClusterPicture, PodPicture } from "./cluster-picture";
import { podTone } from "./pod-colors";
import { PodDetails } from "./pod-details";

/**
 * The live picture of a student's cluster: the node with its pods, Deployments → ReplicaSets → Pods,
 * Services → Endpoints, and the events feed. Pods fade in when created and pulse while they start or
 * terminate, so rollouts and scale-downs can be watched as they happen.
 */
export function ClusterView({ picture }: { picture: ClusterPicture }) {
  const { t } = useT();
  const [selected, setSelected] = useState<string | null>(null);
  const selectedPod = picture.pods.find((p) => p.name === selected) ?? null;

  if (picture.state !== "running") {
    return (
      <section aria-label={t("lab.cluster")} className="p-4 text-sm text-zinc-600 dark:text-zinc-300" data-testid="cluster-view">
        <h2 className="mb-2 text-base font-semibold text-zinc-900 dark:text-zinc-100">{t("lab.cluster")}</h2>
        <p>{picture.state === "stopped" ? t("lab.clusterStopped") : t("lab.clusterNone")}</p>
      </section>
    );
  }

  return (
    <section aria-label={t("lab.cluster")} className="flex flex-col gap-4 p-3 text-sm" data-testid="cluster-view">
      <h2 className="text-base font-semibold">{t("lab.cluster")}</h2>
      {picture.node && (
        <div className="rounded-lg border-2 border-dashed border-zinc-300 p-2 dark:border-zinc-600" data-testid="node-box">
          <div className="mb-2 flex items-center gap-2 text-xs text-zinc-600 dark:text-zinc-300">
            <span className={`inline-block h-2 w-2 rounded-full ${picture.node.ready ? "bg-emerald-500" : "bg-red-500"}`} aria-hidden />
            <span>{t("lab.node")}: <b>{picture.node.name}</b> · {picture.node.ip}</span>
          </div>
          {picture.pods.length === 0 ? (
            <p className="text-xs text-zinc-500">{t("lab.noPods")}</p>
          ) : (
            <ul className="grid grid-cols-[repeat(auto-fill,minmax(9.5rem,1fr))] gap-2" aria-label={t("lab.pods")}>
              {picture.pods.map((pod) => (
                <PodChip key={pod.name} pod={pod} onOpen={() => setSelected(pod.name)} />
              ))}
            </ul>
          )}
        </div>
      )}
      <WorkloadTree picture={picture} />
      <ServiceList picture={picture} />
      <EventFeed picture={picture} />
      {selectedPod && <PodDetails pod={selectedPod} onClose={() => setSelected(null)} />}
    </section>
  );
}

function PodChip({ pod, onOpen }: { pod: PodPicture; onOpen: () => void }) {
  const { t } = useT();
  const tone = podTone(pod.status);
  return (
    <li className="animate-[fadein_0.6s_ease-out]" data-testid="pod-chip" data-status={pod.status}>
      <button
        onClick={onOpen}
        className="flex w-full flex-col items-start rounded-md border border-zinc-200 bg-white p-2 text-left hover:border-sky-400 dark:border-zinc-700 dark:bg-zinc-900"
        aria-label={`${pod.name}: ${pod.status}`}
      >
        <span className="flex items-center gap-1">
          <span className={`inline-block h-2.5 w-2.5 rounded-full ${tone.fill}`} aria-hidden />
          <span className={`text-xs font-medium ${tone.label}`}>{pod.status}</span>
        </span>
        <span className="w-full truncate font-mono text-[11px]" title={pod.name}>{pod.name}</span>
        <span className="font-mono text-[11px] text-zinc-500">{pod.ip ?? "—"} · {pod.ready}{pod.restarts ? ` · ${pod.restarts} ${t("lab.restarts")}` : ""}</span>
      </button>
    </li>
  );
}

function WorkloadTree({ picture }: { picture: ClusterPicture }) {
  const { t } = useT();
  if (picture.deployments.length === 0) return null;
  return (
    <div>
      <h3 className="mb-1 font-semibold">{t("lab.deployments")}</h3>
      <ul className="flex flex-col gap-2">
        {picture.deployments.map((d) => (
          <li key={d.name} className="rounded-md border border-zinc-200 p-2 dark:border-zinc-700" data-testid="deployment">
            <div className="font-mono text-xs"><b>{d.name}</b> {d.ready}/{d.replicas} · {d.images.join(", ")}</div>
            <ul className="ml-3 mt-1 border-l border-zinc-300 pl-2 dark:border-zinc-600">
              {picture.replicasets.filter((rs) => rs.owner === d.name).map((rs) => (
                <li key={rs.name} className={`font-mono text-[11px] ${rs.desired === 0 ? "text-zinc-400" : ""}`}>
                  ↳ {rs.name} (rev {rs.revision ?? "?"}) {rs.ready}/{rs.desired}
                  <span className="ml-1 inline-flex gap-0.5 align-middle">
                    {picture.pods.filter((p) => p.owner === rs.name).map((p) => (
                      <span key={p.name} title={`${p.name}: ${p.status}`} className={`inline-block h-2 w-2 rounded-full ${podTone(p.status).fill}`} />
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ServiceList({ picture }: { picture: ClusterPicture }) {
  const { t } = useT();
  return (
    <div>
      <h3 className="mb-1 font-semibold">{t("lab.services")}</h3>
      <ul className="flex flex-col gap-1">
        {picture.services.map((s) => (
          <li key={s.name} className="font-mono text-[11px]" data-testid="service">
            <b>{s.name}</b> {s.type} {s.clusterIP} {s.ports}
            <div className="ml-3 text-zinc-500">→ {t("lab.endpoints")}: {s.endpoints.length ? s.endpoints.join(", ") : "<none>"}</div>
          </li>
        ))}
      </ul>
    </div>
  );
}

function EventFeed({ picture }: { picture: ClusterPicture }) {
  const { t } = useT();
  return (
    <div>
      <h3 className="mb-1 font-semibold">{t("lab.events")}</h3>
      {picture.events.length === 0 ? (
        <p className="text-xs text-zinc-500">{t("lab.noEvents")}</p>
      ) : (
        <ol className="flex max-h-48 flex-col gap-0.5 overflow-auto font-mono text-[11px]" aria-live="polite">
          {picture.events.map((e, i) => (
            <li key={i} className={e.type === "Warning" ? "text-red-700 dark:text-red-300" : ""}>
              {e.reason} {e.object}: {e.message}{e.count > 1 ? ` (x${e.count})` : ""}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
