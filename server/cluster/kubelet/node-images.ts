/**
 * The node's image store, kept where the kubelet reports it: node.status.images (names + sizeBytes,
 * newest first, as kubelet_node_status.go setNodeStatusImages lists docker's images). Keeping it in
 * the Node object means a restored cluster remembers what is already pulled.
 */
import type { ObjectStore } from "../contracts";
import type { StoreLister } from "../store/store-hooks";
import { familiarName, familiarRepo, parseImage } from "./image-reference";
import type { CatalogueImage } from "./image-catalogue";
import { clone } from "../store/deep-freeze";

type NodeImage = { names: string[]; sizeBytes: number };

export function nodeHasImage(lister: StoreLister, nodeName: string, image: string): boolean {
  const node = lister.peek("nodes", "", nodeName);
  const want = familiarName(parseImage(image));
  return ((node?.status?.images ?? []) as NodeImage[]).some((i) => i.names.includes(want));
}

/** Records a pulled image on the node (`<repo>@sha256:<digest>` and `<repo>:<tag>`, as docker lists them). */
export function addNodeImage(store: ObjectStore, lister: StoreLister, nodeName: string, image: string, entry: CatalogueImage): void {
  const node = lister.peek("nodes", "", nodeName);
  if (!node) return;
  const ref = parseImage(image);
  const names = [`${familiarRepo(ref)}@sha256:${entry.digest}`, familiarName(ref)];
  const images = clone((node.status?.images ?? []) as NodeImage[]).filter((i) => !i.names.includes(names[1]));
  const same = images.find((i) => i.names[0] === names[0]);
  if (same) same.names.push(names[1]);
  const copy = clone(node);
  copy.status = { ...(copy.status ?? {}), images: same ? images : [{ names, sizeBytes: entry.sizeBytes }, ...images] };
  store.updateStatus("nodes", copy);
}
