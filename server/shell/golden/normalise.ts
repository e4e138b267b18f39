/**
 * Makes a transcript comparable across runs: what the simulation draws at random (pod name suffixes,
 * ClusterIPs, NodePorts, UIDs, container IDs) and what depends on when the run happened (timestamps,
 * ages, resourceVersions) become placeholders, the way kwok's golden files use placeholders for times.
 * Stable facts (the pod-template-hash, node IP, 10.96.0.1, ports) stay as they are.
 */
export function normaliseTranscript(text: string): string {
  return (
    text
      // Pod names: <replicaset>-<5 random chars>; ReplicaSet hashes are derived, not random.
      .replace(/\b([a-z0-9-]+-[0-9a-f]{8,10})-([bcdfghjklmnpqrstvwxz2456789]{5})\b/g, "$1-<pod>")
      .replace(/\b(coredns-[0-9a-f]+)-<pod>/g, "$1-<pod>")
      .replace(/\bkube-proxy-[bcdfghjklmnpqrstvwxz2456789]{5}\b/g, "kube-proxy-<pod>")
      .replace(/\b(default-token|[a-z0-9-]+-token)-[a-z0-9]{5}\b/g, "$1-<suffix>")
      .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, "<uid>")
      .replace(/docker:\/\/[0-9a-f]{64}/g, "docker://<container-id>")
      .replace(/\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, "<time>")
      .replace(/\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d [+-]\d{4}/g, "<time>")
      .replace(/\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT/g, "<time>")
      .replace(/"resourceVersion": "\d+"/g, '"resourceVersion": "<rv>"')
      .replace(/\b10\.(9[6-9]|1[0-1]\d)\.(?!0\.1\b|0\.10\b)\d{1,3}\.\d{1,3}\b/g, "<cluster-ip>")
      .replace(/\b3[0-2]\d{3}\b/g, "<node-port>")
      // Ages in tables and describe (HumanDuration): 5s, 4m51s, 2m, 3h, <invalid>.
      .replace(/(?<=\s)(?<!for )(\d+[smhd])(\d+[smh])?(?=\s|$)/gm, "<age>")
  );
}
