import { describe, expect, it } from "vitest";
import { coreTestCluster } from "./test-cluster";

describe("service-account controller", () => {
  it("gives each namespace a default ServiceAccount with a token Secret", () => {
    const { cluster } = coreTestCluster();
    const { store } = cluster;
    store.create("namespaces", "", { apiVersion: "v1", kind: "Namespace", metadata: { name: "team" } });
    const sa = store.get("serviceaccounts", "team", "default");
    const [ref] = sa.secrets as { name: string }[];
    expect(ref.name).toMatch(/^default-token-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    const secret = store.get("secrets", "team", ref.name);
    expect(secret.type).toBe("kubernetes.io/service-account-token");
    expect(secret.metadata.annotations).toEqual({ "kubernetes.io/service-account.name": "default", "kubernetes.io/service-account.uid": sa.metadata.uid });
    const data = secret.data as Record<string, string>;
    expect(Buffer.from(data.namespace, "base64").toString()).toBe("team");
    expect(Buffer.from(data["ca.crt"], "base64").toString()).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
    expect(Buffer.from(data.token, "base64").toString().split(".")).toHaveLength(3);
    // Pods can be created right away: the token exists for admission.
    const pod = store.create("pods", "team", { apiVersion: "v1", kind: "Pod", metadata: { name: "p" }, spec: { containers: [{ name: "c", image: "nginx" }] } });
    expect(pod.spec.volumes[0].name).toBe(ref.name);
  });

  it("recreates a deleted default account and a deleted token, and removes tokens of deleted accounts", () => {
    const { cluster } = coreTestCluster();
    const { store } = cluster;
    store.create("serviceaccounts", "default", { apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "builder" } });
    const builderToken = (store.get("serviceaccounts", "default", "builder").secrets as { name: string }[])[0].name;
    store.delete("serviceaccounts", "default", "builder");
    expect(store.peek("secrets", "default", builderToken)).toBeUndefined();

    const old = (store.get("serviceaccounts", "default", "default").secrets as { name: string }[])[0].name;
    store.delete("secrets", "default", old);
    const now = (store.get("serviceaccounts", "default", "default").secrets as { name: string }[]).map((s) => s.name);
    expect(now).toHaveLength(1);
    expect(now[0]).not.toBe(old);

    store.delete("serviceaccounts", "default", "default");
    expect(store.get("serviceaccounts", "default", "default").secrets).toHaveLength(1);
  });

  it("shares one CA across the cluster's tokens", () => {
    const { cluster } = coreTestCluster();
    cluster.store.create("namespaces", "", { apiVersion: "v1", kind: "Namespace", metadata: { name: "b" } });
    const cas = cluster.store.list("secrets", undefined).items.map((s) => (s.data as Record<string, string>)["ca.crt"]);
    expect(new Set(cas).size).toBe(1);
  });
});

describe("root CA publisher", () => {
  it("keeps kube-root-ca.crt in every namespace with the tokens' CA", () => {
    const { cluster } = coreTestCluster();
    const { store } = cluster;
    const cm = store.get("configmaps", "default", "kube-root-ca.crt");
    const token = store.list("secrets", "default").items[0];
    expect(cm.data).toEqual({ "ca.crt": Buffer.from((token.data as Record<string, string>)["ca.crt"], "base64").toString() });
    store.delete("configmaps", "default", "kube-root-ca.crt");
    expect(store.get("configmaps", "default", "kube-root-ca.crt").data).toEqual(cm.data);
    const changed = store.get("configmaps", "default", "kube-root-ca.crt");
    changed.data = { "ca.crt": "forged" };
    store.update("configmaps", changed);
    expect(store.get("configmaps", "default", "kube-root-ca.crt").data).toEqual(cm.data);
  });
});
