import { it } from "vitest";
import { newScenario } from "@/server/cluster/scenarios/scenario-harness";
import { handleKubeRequest } from "@/server/kube-api/handle-kube-request";
import { inProcessTransport } from "@/server/shell/kube/in-process-transport";
import { runKubectl } from "./run-kubectl";
it("probe", async () => {
  const s = newScenario();
  const transport = inProcessTransport(s.cluster, handleKubeRequest);
  const k = async (line: string) => {
    let out = ""; let err = "";
    const code = await runKubectl(line.split(" "), { stdout: (x) => (out += x), stderr: (x) => (err += x), signal: new AbortController().signal, env: {}, transport, clock: s.clock });
    console.log(`$ kubectl ${line}\n${out}${err}[rc=${code}]`);
  };
  for (let i = 0; i < 60; i++) { s.clock.advance(1000); await new Promise((r) => setImmediate(r)); }
  await k("create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1");
  for (let i = 0; i < 30; i++) { s.clock.advance(1000); await new Promise((r) => setImmediate(r)); }
  await k("describe pods");
  await k("get all");
  await k("get events");
});
