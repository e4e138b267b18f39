/**
 * Reading `-f FILE` / `-f -` manifests as the resource builder does (cli-runtime/pkg/resource/visitor.go):
 * YAML streams split on `---`, JSON documents, `kind: List` flattened into its items; each object
 * mapped to its served resource by apiVersion + kind.
 */
import { parseAllDocuments } from "yaml";
import type { KubeObject } from "@/server/cluster/types";
import { KubectlError } from "./errors";
import type { KubectlIO } from "./io";
import type { Mapping, RestMapper } from "./rest-mapper";

export interface ManifestObject {
  source: string;
  object: KubeObject;
  mapping: Mapping;
}

/** The mapping for an object's apiVersion/kind, or a kubectl error naming the missing kind. */
export function mappingForObject(obj: KubeObject, source: string, mapper: RestMapper): Mapping {
  const apiVersion = obj.apiVersion ?? "";
  if (!obj.kind || !apiVersion) {
    throw new KubectlError(
      `error validating "${source}": error validating data: [${!apiVersion ? "apiVersion not set" : ""}${!apiVersion && !obj.kind ? ", " : ""}${!obj.kind ? "kind not set" : ""}]; if you choose to ignore these errors, turn validation off with --validate=false`,
    );
  }
  const m = mapper.forKind(apiVersion, obj.kind);
  if (!m) throw new KubectlError(`unable to recognize "${source}": no matches for kind "${obj.kind}" in version "${apiVersion}"`);
  return m;
}

async function readSource(path: string, io: KubectlIO): Promise<string> {
  if (path === "-") return io.stdin ?? "";
  if (/^https?:\/\//.test(path)) throw new KubectlError(`unable to read URL "${path}": downloads are not available in this sandbox`);
  if (!io.readFile) throw new KubectlError(`the path "${path}" does not exist`);
  try {
    return await io.readFile(path);
  } catch {
    throw new KubectlError(`the path "${path}" does not exist`);
  }
}

/** Parses every document of a YAML or JSON text into objects (List kinds flattened). */
export function parseManifestText(text: string, source: string): KubeObject[] {
  const out: KubeObject[] = [];
  let docs: unknown[];
  try {
    docs = parseAllDocuments(text).map((d) => {
      if (d.errors.length) throw d.errors[0];
      return d.toJSON();
    });
  } catch (err) {
    throw new KubectlError(`error parsing ${source}: ${(err as Error).message.split("\n")[0]}`);
  }
  for (const doc of docs) {
    if (doc === null || doc === undefined) continue;
    if (typeof doc !== "object" || Array.isArray(doc)) {
      throw new KubectlError(`error validating "${source}": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false`);
    }
    const obj = doc as KubeObject;
    if (typeof obj.kind === "string" && obj.kind.endsWith("List") && Array.isArray(obj.items)) out.push(...(obj.items as KubeObject[]));
    else out.push(obj);
  }
  return out;
}

/** Loads the objects named by `-f` values (files or `-` for stdin). */
export async function loadManifests(paths: string[], io: KubectlIO, mapper: RestMapper): Promise<ManifestObject[]> {
  const out: ManifestObject[] = [];
  for (const path of paths) {
    const text = await readSource(path, io);
    const objects = parseManifestText(text, path === "-" ? "STDIN" : path);
    for (const object of objects) out.push({ source: path === "-" ? "STDIN" : path, object, mapping: mappingForObject(object, path === "-" ? "STDIN" : path, mapper) });
  }
  if (!out.length) throw new KubectlError("no objects passed to apply");
  return out;
}
