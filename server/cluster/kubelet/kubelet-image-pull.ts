/**
 * The image stage of a container (pkg/kubelet/images/image_manager.go EnsureImageExists, v1.20):
 * "already present on machine" for a cached image under IfNotPresent, otherwise Pulling then Pulled
 * after the catalogue's pull time, or Failed/ErrImagePull and ImagePullBackOff with
 * flowcontrol.NewBackOff(10s, 300s) between retries; ErrImageNeverPull under Never.
 */
import type { ContainerMemo } from "./container-runtime";
import { lookupImage, pullErrorMessage, PULL_FAILURE_MS } from "./image-catalogue";
import { addNodeImage, nodeHasImage } from "./node-images";
import { goDuration } from "./go-duration";
import type { ContainerStatus } from "./pod-status";
import { backoffMs, recordContainerEvent, resyncMs, START_MS, startContainer, type KubeletStep, type Spec } from "./kubelet-step";

/** Image step: decides pull / present / back-off and, once the image is there, schedules the start. */
export function stepImage(k: KubeletStep, spec: Spec, cs: ContainerStatus, memo: ContainerMemo): number | undefined {
  const { now } = k;
  const image = spec.image;
  if (memo.startAt !== undefined) {
    if (now < memo.startAt) return memo.startAt;
    const at = memo.startAt;
    memo.startAt = undefined;
    startContainer(k, spec, cs, at);
    return now;
  }
  if (memo.pull) {
    if (now < memo.pull.end) return memo.pull.end;
    const pull = memo.pull;
    memo.pull = undefined;
    const entry = lookupImage(image);
    if (pull.ok && entry) {
      // Docker reports the pull to the nanosecond; the sub-millisecond digits are a stable stand-in.
      const nanos = BigInt(pull.end - pull.start) * 1_000_000n + BigInt(resyncMs(k.pod.metadata.uid ?? "", pull.start) * 197 % 1_000_000);
      recordContainerEvent(k, spec.name, "Normal", "Pulled", `Successfully pulled image "${image}" in ${goDuration(nanos)}`);
      addNodeImage(k.ctx.store, k.ctx.lister, k.runtime.nodeName, image, entry);
      memo.failures = 0;
      memo.startAt = pull.end + START_MS;
      return memo.startAt;
    }
    const message = `rpc error: code = Unknown desc = Error response from daemon: ${pullErrorMessage(image)}`;
    recordContainerEvent(k, spec.name, "Warning", "Failed", `Failed to pull image "${image}": ${message}`);
    recordContainerEvent(k, spec.name, "Warning", "Failed", "Error: ErrImagePull");
    memo.failures++;
    memo.lastFailure = Math.floor(pull.end / 1000) * 1000;
    memo.nextSync = pull.end + resyncMs(k.pod.metadata.uid ?? "", pull.end);
    cs.state = { waiting: { reason: "ErrImagePull", message } };
    return memo.nextSync;
  }
  if (memo.nextSync !== undefined && now < memo.nextSync) return memo.nextSync;
  if (memo.failures > 0 && memo.lastFailure !== undefined && now < memo.lastFailure + backoffMs(memo.failures)) {
    recordContainerEvent(k, spec.name, "Normal", "BackOff", `Back-off pulling image "${image}"`);
    recordContainerEvent(k, spec.name, "Warning", "Failed", "Error: ImagePullBackOff");
    cs.state = { waiting: { reason: "ImagePullBackOff", message: `Back-off pulling image "${image}"` } };
    memo.nextSync = now + resyncMs(k.pod.metadata.uid ?? "", now);
    return memo.nextSync;
  }
  memo.nextSync = undefined;
  const policy = spec.imagePullPolicy ?? "IfNotPresent";
  const present = nodeHasImage(k.ctx.lister, k.runtime.nodeName, image);
  if (present && policy !== "Always") {
    recordContainerEvent(k, spec.name, "Normal", "Pulled", `Container image "${image}" already present on machine`);
    memo.startAt = now + START_MS;
    return memo.startAt;
  }
  if (policy === "Never") {
    const message = `Container image "${image}" is not present with pull policy of Never`;
    recordContainerEvent(k, spec.name, "Warning", "ErrImageNeverPull", message);
    recordContainerEvent(k, spec.name, "Warning", "Failed", "Error: ErrImageNeverPull");
    cs.state = { waiting: { reason: "ErrImageNeverPull", message } };
    return undefined;
  }
  const entry = lookupImage(image);
  recordContainerEvent(k, spec.name, "Normal", "Pulling", `Pulling image "${image}"`);
  // Planned from the second the Pulling event records, so a restarted kubelet recomputes the same end.
  const start = Math.floor(now / 1000) * 1000;
  // Pulls run side by side (a restored kubelet can replay them from their Pulling events); upstream's
  // serialImagePuller would queue them. A present image pulled again (policy Always) only checks its manifest.
  const duration = entry && !present ? entry.pullMs : PULL_FAILURE_MS;
  memo.pull = { start, end: start + duration, ok: !!entry };
  return memo.pull.end;
}
