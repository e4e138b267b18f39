import { describe, expect, it } from "vitest";
import { familiarName, parseImage } from "./image-reference";
import { lookupImage, pullErrorMessage } from "./image-catalogue";
import { goDuration } from "./go-duration";

describe("image references", () => {
  it.each([
    ["nginx", "docker.io", "library/nginx", "latest", "nginx:latest"],
    ["jocatalin/kubernetes-bootcamp:v2", "docker.io", "jocatalin/kubernetes-bootcamp", "v2", "jocatalin/kubernetes-bootcamp:v2"],
    ["docker.io/jocatalin/kubernetes-bootcamp:v1", "docker.io", "jocatalin/kubernetes-bootcamp", "v1", "jocatalin/kubernetes-bootcamp:v1"],
    ["gcr.io/google-samples/kubernetes-bootcamp:v1", "gcr.io", "google-samples/kubernetes-bootcamp", "v1", "gcr.io/google-samples/kubernetes-bootcamp:v1"],
    ["localhost:5000/app:1", "localhost:5000", "app", "1", "localhost:5000/app:1"],
  ])("%s", (image, domain, path, tag, familiar) => {
    const ref = parseImage(image);
    expect([ref.domain, ref.path, ref.tag, familiarName(ref)]).toEqual([domain, path, tag, familiar]);
  });
});

describe("image catalogue", () => {
  it("knows the tutorial images and official versions", () => {
    expect(lookupImage("gcr.io/google-samples/kubernetes-bootcamp:v1")?.digest).toBe("0d6b8ee63bb57c5f5b6156f446b3bc3b3c143d233037f3a2f00e279c8fcc64af");
    for (const i of ["jocatalin/kubernetes-bootcamp:v2", "docker.io/jocatalin/kubernetes-bootcamp:v1", "k8s.gcr.io/echoserver:1.10", "nginx:1.19.6", "nginx:alpine", "busybox", "redis:6.2", "ubuntu:20.04", "node"]) {
      expect(lookupImage(i), i).toBeDefined();
    }
    for (const i of ["nginx:doesnotexist", "gcr.io/google-samples/kubernetes-bootcamp:v10", "foo/bar", "k8s.gcr.io/echoserver:2.0"]) expect(lookupImage(i), i).toBeUndefined();
  });

  it("pulls bigger images for longer", () => {
    expect(lookupImage("node")!.pullMs).toBeGreaterThan(lookupImage("busybox")!.pullMs * 10);
  });

  it("explains a failed pull as the registry does", () => {
    expect(pullErrorMessage("nginx:doesnotexist")).toBe("manifest for nginx:doesnotexist not found: manifest unknown: manifest unknown");
    expect(pullErrorMessage("foo")).toBe("pull access denied for foo, repository does not exist or may require 'docker login': denied: requested access to the resource is denied");
  });
});

describe("Go durations", () => {
  it.each([
    [6_513_357_735n, "6.513357735s"],
    [520_000_000n, "520ms"],
    [90_500_000_000n, "1m30.5s"],
    [2_000_000_000n, "2s"],
  ])("%s ns is %s", (n, s) => expect(goDuration(n)).toBe(s));
});
