/**
 * Docker image references as docker/distribution's reference package normalises them
 * (reference/normalize.go ParseNormalizedNamed, FamiliarName): `nginx` is
 * `docker.io/library/nginx:latest`, and messages print the familiar form (`nginx:doesnotexist`).
 */

export interface ImageRef {
  /** Registry host: "docker.io", "gcr.io", "k8s.gcr.io". */
  domain: string;
  /** Repository path inside the registry: "library/nginx", "google-samples/kubernetes-bootcamp". */
  path: string;
  /** Tag ("latest" when neither tag nor digest was given). */
  tag: string;
  digest?: string;
}

export function parseImage(image: string): ImageRef {
  let rest = image.trim();
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const slash = rest.indexOf("/");
  const first = slash >= 0 ? rest.slice(0, slash) : "";
  const hasDomain = slash >= 0 && (first.includes(".") || first.includes(":") || first === "localhost");
  let domain = hasDomain ? first : "docker.io";
  let remainder = hasDomain ? rest.slice(slash + 1) : rest;
  if (domain === "index.docker.io") domain = "docker.io";
  const colon = remainder.lastIndexOf(":");
  let tag = "latest";
  if (colon >= 0) {
    tag = remainder.slice(colon + 1);
    remainder = remainder.slice(0, colon);
  } else if (digest) tag = "";
  if (domain === "docker.io" && !remainder.includes("/")) remainder = `library/${remainder}`;
  return { domain, path: remainder, tag, digest };
}

/** The repository in familiar form: `nginx`, `jocatalin/kubernetes-bootcamp`, `gcr.io/google-samples/kubernetes-bootcamp`. */
export function familiarRepo(ref: ImageRef): string {
  if (ref.domain !== "docker.io") return `${ref.domain}/${ref.path}`;
  return ref.path.startsWith("library/") ? ref.path.slice("library/".length) : ref.path;
}

/** `repo:tag` in familiar form, as docker prints it in `docker images` and kubelet's containerStatuses[].image. */
export function familiarName(ref: ImageRef): string {
  return ref.tag ? `${familiarRepo(ref)}:${ref.tag}` : `${familiarRepo(ref)}@${ref.digest}`;
}

/** The fully qualified repository: docker.io/library/nginx. */
export const canonicalRepo = (ref: ImageRef): string => `${ref.domain}/${ref.path}`;
