/**
 * Differential check against the real kubectl v1.20.2 binary (not part of the unit tests: it needs the
 * binary, e.g. `apt-get download kubernetes-client && dpkg -x kubernetes-client_*.deb DIR`).
 * Serves one simulated cluster over HTTP with kube-api's adapter, runs every command in COMMANDS with
 * the real kubectl and with ours on the same frozen state, and prints the differences.
 *
 *   KUBECTL_BIN=DIR/usr/bin/kubectl npx tsx server/shell/kubectl/compat/compare-with-real-kubectl.ts
 */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FakeClock } from "@/server/cluster/clock";
import { newScenario } from "@/server/cluster/scenarios/scenario-harness";
import { createKubeApiHttpHandler } from "@/server/kube-api/http-adapter";
import { handleKubeRequest } from "@/server/kube-api/handle-kube-request";
import { inProcessTransport } from "@/server/shell/kube/in-process-transport";
import { runKubectl } from "../run-kubectl";

const SETUP = [
  "create deployment hello-node --image=k8s.gcr.io/echoserver:1.4",
  "create deployment badimg --image=nginx:doesnotexist",
  "expose deployment hello-node --type=NodePort --port 8080",
  "scale deployment hello-node --replicas=3",
  "run nginx --image=nginx --labels=app=web",
];

export const COMMANDS = [
  "get pods",
  "get pods -o wide",
  "get pods --show-labels",
  "get pods -A",
  "get all",
  "get deploy -o wide",
  "get rs -o wide",
  "get svc -o wide",
  "get endpoints",
  "get nodes -o wide",
  "get ns",
  "get events",
  "get deployment hello-node -o yaml",
  "get deployment hello-node -o json",
  "get pods -o name",
  "get pods -o jsonpath={.items[*].metadata.name}",
  "get pods -o custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[*].image",
  "get pods -L app --sort-by=.metadata.name",
  "describe deployment hello-node",
  "describe svc hello-node",
  "describe node minikube",
  "describe ns default",
  "describe rs",
  "describe pod nginx",
  "describe pods -l app=badimg",
  "describe endpoints hello-node",
  "describe configmap kube-root-ca.crt",
  "rollout history deployment/hello-node",
  "api-versions",
  "get foo",
  "get pod nosuch",
  "logs nginx",
  "logs deploy/hello-node",
  "describe pods",
  "describe deploy",
  "describe pod badimg",
  "get deploy,svc",
  "get pods -o yaml",
  "get events -o wide",
  "get pods --field-selector status.phase=Running",
  "get pod nginx -o go-template={{.status.phase}}",
  "get svc hello-node -o jsonpath={.spec.ports[0].nodePort}",
  "get all -A",
  "api-resources",
  "cluster-info",
  "label pod nginx app=other",
  "rollout status deployment/hello-node",
  "rollout undo deployment/hello-node",
  "scale deployment nosuch --replicas=2",
  "delete pod nosuch",
  "exec nginx",
  "get pods --sort-by=.status.phase",
  "rollout status daemonset/kube-proxy -n kube-system",
  "describe ds -n kube-system",
  "describe sa default",
  "describe secrets",
  "describe cm -n kube-system",
  "describe pod -n kube-system coredns",
  "get ds,sa,secrets,cm -A",
];

function run(bin: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(bin, args, { env, timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out: stdout, err: stderr.replace(/^W\d{4} .*\n/gm, "") });
    });
  });
}

async function main(): Promise<void> {
  const bin = process.env.KUBECTL_BIN;
  if (!bin) throw new Error("set KUBECTL_BIN to a kubectl v1.20.2 binary");
  const clock = new FakeClock(Math.floor(Date.now() / 1000) * 1000 - 300_000);
  const s = newScenario(undefined, clock);
  const transport = inProcessTransport(s.cluster, handleKubeRequest);
  const env: Record<string, string> = {};
  const ours = async (line: string) => {
    let out = "";
    let err = "";
    const code = await runKubectl(line.split(" "), { stdout: (x) => (out += x), stderr: (x) => (err += x), signal: new AbortController().signal, env, transport, clock: s.clock });
    return { code, out, err };
  };
  const advance = async (seconds: number) => {
    for (let i = 0; i < seconds; i++) {
      clock.advance(1000);
      await new Promise((r) => setImmediate(r));
    }
  };
  await advance(60);
  for (const c of SETUP) {
    await ours(c);
    await advance(20);
  }
  // catch the simulated clock up with the wall clock so both sides compute the same ages
  await advance(Math.max(0, Math.floor((Date.now() - clock.now()) / 1000)));
  s.cluster.stop();

  const handler = createKubeApiHttpHandler({ resolve: async () => ({ cluster: s.cluster }) });
  const server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const port = (server.address() as { port: number }).port;
  env.KUBE_API_SERVER_URL = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(join(tmpdir(), "kubectl-compat-"));
  const kubeconfig = join(dir, "config");
  writeFileSync(
    kubeconfig,
    `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: http://127.0.0.1:${port}\n  name: minikube\ncontexts:\n- context:\n    cluster: minikube\n    namespace: default\n    user: minikube\n  name: minikube\ncurrent-context: minikube\nusers:\n- name: minikube\n  user: {}\n`,
  );
  const realEnv = { ...process.env, KUBECONFIG: kubeconfig, HOME: dir };
  let differences = 0;
  for (const c of COMMANDS) {
    // one instant for the server's ages and ours; the real client's wall clock is a few ms later
    clock.advance(Math.max(0, Date.now() - clock.now()));
    const real = await run(bin, ["--cache-dir", join(dir, "cache"), ...c.split(" ")], realEnv);
    const mine = await ours(c);
    if (real.out === mine.out && real.err === mine.err && real.code === mine.code) {
      console.log(`same  kubectl ${c}`);
      continue;
    }
    differences++;
    console.log(`DIFF  kubectl ${c}  (rc real=${real.code} ours=${mine.code})`);
    const a = (real.out + "\n--stderr--\n" + real.err).split("\n");
    const b = (mine.out + "\n--stderr--\n" + mine.err).split("\n");
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i] !== b[i]) console.log(`  line ${i + 1}\n    real: ${JSON.stringify(a[i])}\n    ours: ${JSON.stringify(b[i])}`);
    }
  }
  server.close();
  console.log(`${differences} of ${COMMANDS.length} commands differ`);
  process.exit(differences ? 1 : 0);
}

void main();
