/**
 * The images the simulated registries hold: repositories, the tags that exist, their sizes (as
 * `docker images` reports them for linux/amd64), how long a minikube node takes to pull them, and the
 * simulated app each runs (server/cluster/apps). Pull time is a fixed registry round-trip plus size
 * over a typical classroom download rate, unless an entry states a measured one.
 */
import { createHash } from "node:crypto";
import { canonicalRepo, familiarRepo, parseImage, type ImageRef } from "./image-reference";

export interface CatalogueImage {
  sizeBytes: number;
  /** sha256 of the manifest, without the `sha256:` prefix. */
  digest: string;
  pullMs: number;
  /** Key of the simulated app in server/cluster/apps. */
  app: string;
}

interface RepoEntry {
  tags: Record<string, { mb: number; app?: string; digest?: string }>;
  /** App for tags matching `versionTags`. */
  app: string;
  /** Official images publish many versions: tags matching this exist too (sized like `latest`). */
  versionTags?: RegExp;
}

const MB = 1_000_000;
const REGISTRY_ROUND_TRIP_MS = 1500;
const BYTES_PER_MS = 30 * MB / 1000;
const VERSION = /^\d+(\.\d+){0,2}(-(alpine|slim|buster|bullseye|perl))?$/;

const bootcamp = (v: string) => ({ mb: 211, app: `bootcamp-${v}`, digest: v === "v1" ? "0d6b8ee63bb57c5f5b6156f446b3bc3b3c143d233037f3a2f00e279c8fcc64af" : undefined });

/** Keyed by canonical repository (`docker.io/library/nginx`). */
const REPOS: Record<string, RepoEntry> = {
  "gcr.io/google-samples/kubernetes-bootcamp": { app: "bootcamp-v1", tags: { v1: bootcamp("v1"), v2: bootcamp("v2") } },
  "docker.io/jocatalin/kubernetes-bootcamp": { app: "bootcamp-v1", tags: { v1: bootcamp("v1"), v2: bootcamp("v2") } },
  "k8s.gcr.io/echoserver": { app: "echoserver-1.4", tags: { "1.4": { mb: 140, app: "echoserver-1.4" }, "1.10": { mb: 95.4, app: "echoserver-1.10" } } },
  "docker.io/library/nginx": {
    app: "nginx",
    versionTags: VERSION,
    tags: { latest: { mb: 133 }, stable: { mb: 133 }, mainline: { mb: 133 }, alpine: { mb: 22.6 }, "1.14.2": { mb: 109 }, "1.16.1": { mb: 127 }, "1.7.9": { mb: 91.7 } },
  },
  "docker.io/library/busybox": { app: "busybox", versionTags: VERSION, tags: { latest: { mb: 1.24 }, "1.28": { mb: 1.15 }, musl: { mb: 1.44 }, glibc: { mb: 4.97 } } },
  "docker.io/library/httpd": { app: "httpd", versionTags: VERSION, tags: { latest: { mb: 138 }, alpine: { mb: 55.6 }, "2.4": { mb: 138 } } },
  "docker.io/library/redis": { app: "redis", versionTags: VERSION, tags: { latest: { mb: 105 }, alpine: { mb: 32.3 }, "6.2": { mb: 105 } } },
  "docker.io/library/alpine": { app: "alpine", versionTags: VERSION, tags: { latest: { mb: 5.61 }, "3.13": { mb: 5.61 } } },
  "docker.io/library/ubuntu": { app: "ubuntu", versionTags: /^\d\d\.\d\d$/, tags: { latest: { mb: 72.8 }, focal: { mb: 72.8 }, bionic: { mb: 63.1 } } },
  "docker.io/library/node": { app: "node", versionTags: VERSION, tags: { latest: { mb: 908 }, lts: { mb: 908 }, alpine: { mb: 112 } } },
};

function fakeDigest(name: string): string {
  // Not a real manifest digest: a stable stand-in so imageIDs look and behave like docker's.
  return createHash("sha256").update(`podium-image:${name}`).digest("hex");
}

/** The catalogue entry for an image reference, or undefined when the registry would not have it. */
export function lookupImage(image: string): CatalogueImage | undefined {
  const ref = parseImage(image);
  const repo = REPOS[canonicalRepo(ref)];
  if (!repo) return undefined;
  const tag = ref.tag || "latest";
  const known = repo.tags[tag] ?? (repo.versionTags?.test(tag) ? repo.tags.latest ?? Object.values(repo.tags)[0] : undefined);
  if (!known) return undefined;
  const sizeBytes = Math.round(known.mb * MB);
  return {
    sizeBytes,
    digest: ref.digest?.replace(/^sha256:/, "") ?? known.digest ?? fakeDigest(`${canonicalRepo(ref)}:${tag}`),
    pullMs: REGISTRY_ROUND_TRIP_MS + Math.round(sizeBytes / BYTES_PER_MS),
    app: known.app ?? repo.app,
  };
}

/**
 * The Docker daemon's error for an image the registry does not have (the text after
 * `Error response from daemon: `), by registry: Docker Hub answers "manifest unknown" for a missing
 * tag and "pull access denied" for a missing repository; GCR names the request it failed to serve.
 */
export function pullErrorMessage(image: string): string {
  const ref = parseImage(image);
  const repoKnown = canonicalRepo(ref) in REPOS;
  const tag = ref.tag || "latest";
  if (ref.domain === "docker.io") {
    if (repoKnown) return `manifest for ${familiarRepo(ref)}:${tag} not found: manifest unknown: manifest unknown`;
    return `pull access denied for ${familiarRepo(ref)}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`;
  }
  if (ref.domain.endsWith("gcr.io")) {
    return `manifest for ${familiarRepo(ref)}:${tag} not found: manifest unknown: Failed to fetch "${tag}" from request "/v2/${ref.path}/manifests/${tag}".`;
  }
  return `Get https://${ref.domain}/v2/: dial tcp: lookup ${ref.domain} on 192.168.49.1:53: no such host`;
}

/** The registry's answer time for a failed pull (a manifest request, no layers). */
export const PULL_FAILURE_MS = 1200;

export type { ImageRef };
