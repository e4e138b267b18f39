import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RESOURCES, resolveResourceName, resourceByGVR, resourceByKey, resourceByKind } from "./registry";

const FIXTURES = "/work/shared/k8s-fixtures/discovery";
const doc = (file: string) => {
  try {
    return JSON.parse(readFileSync(`${FIXTURES}/${file}`, "utf8")) as { groupVersion: string; resources: Record<string, unknown>[] };
  } catch {
    return undefined;
  }
};

describe("served resources", () => {
  it.each(RESOURCES.map((r) => [r.key, r] as const))("%s matches the v1.20.2 discovery document", (_key, r) => {
    const file = r.group ? `apis_${r.group}_${r.version}.json` : "api_v1.json";
    const d = doc(file);
    if (!d) return; // fixtures are only on the build machines
    const main = d.resources.find((x) => x.name === r.resource)!;
    expect(main).toBeDefined();
    expect(main.kind).toBe(r.kind);
    expect(main.namespaced).toBe(r.namespaced);
    expect(main.verbs).toEqual(r.verbs);
    expect(main.shortNames ?? []).toEqual(r.shortNames);
    expect(main.categories ?? []).toEqual(r.categories);
    expect(main.storageVersionHash).toBe(r.storageVersionHash);
    const subs = d.resources.filter((x) => String(x.name).startsWith(`${r.resource}/`));
    expect(subs.map((s) => ({ name: String(s.name).split("/")[1], kind: s.kind, verbs: s.verbs }))).toEqual(r.subresources);
  });

  it("looks up by key, kind and path", () => {
    expect(resourceByKey("deployments.apps")?.kind).toBe("Deployment");
    expect(resourceByKind("Deployment", "apps/v1")?.key).toBe("deployments.apps");
    expect(resourceByKind("Event", "events.k8s.io/v1")?.storageKey).toBe("events");
    expect(resourceByGVR("", "v1", "pods")?.kind).toBe("Pod");
    expect(resourceByGVR("apps", "v1beta1", "deployments")).toBeUndefined();
  });

  it("resolves what users type", () => {
    expect(resolveResourceName("po")?.key).toBe("pods");
    expect(resolveResourceName("deploy")?.key).toBe("deployments.apps");
    expect(resolveResourceName("deployment.apps")?.key).toBe("deployments.apps");
    expect(resolveResourceName("ev")?.key).toBe("events");
    expect(resolveResourceName("events.events.k8s.io")?.key).toBe("events.events.k8s.io");
    expect(resolveResourceName("foo")).toBeUndefined();
  });
});
