/**
 * One simulated cluster on a FakeClock, reached by two clients: Debian's real kubectl v1.20.2 over HTTP
 * (kube-api's http-adapter on 127.0.0.1, KubectlRunner from kube-api's tests) and Podium's kubectl
 * in-process. Both read the same kubeconfig, so everything they print can be compared byte for byte.
 *
 * Time: the cluster's clock moves only when told to, so the server computes the same ages for both
 * clients. Real kubectl also reads the wall clock for the ages describe prints (translateTimestampSince,
 * describe.go, truncated to whole seconds by duration.HumanDuration); a Go binary's clock cannot be
 * faked, so `alignToWall` sets the cluster's clock to the current wall-clock second and a comparison
 * only counts when the real run ended before that second did. Everything else runs in simulated time
 * behind the wall clock, where ages come from the server alone.
 */
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { FakeClock } from "@/server/cluster/clock";
import { newScenario, type Scenario } from "@/server/cluster/scenarios/scenario-harness";
import { handleKubeRequest } from "@/server/kube-api/handle-kube-request";
import { createKubeApiHttpHandler } from "@/server/kube-api/http-adapter";
import { KubectlRunner, type KubectlResult } from "@/server/kube-api/testing/kubectl-runner";
import { inProcessTransport } from "@/server/shell/kube/in-process-transport";
import type { KubectlIO } from "../io";
import { runKubectl } from "../run-kubectl";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Lets the controllers' promise chains and queued work run before anyone looks at the cluster. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
};

/** Wall-clock part of a second after which a real run might cross into the next one. */
const LATEST_START_MS = 500;

export interface Pair {
  real: KubectlResult;
  ours: KubectlResult;
}

export class SideBySide {
  /** Watches real kubectl holds open on the served API. */
  private openWatches = 0;

  private constructor(
    readonly scenario: Scenario,
    private readonly server: Server,
    readonly runner: KubectlRunner,
  ) {}

  /** A fresh minikube whose clock starts `behindWallMs` before now, on a whole second. */
  static async start(binary: string, behindWallMs: number): Promise<SideBySide> {
    const clock = new FakeClock(Math.floor((Date.now() - behindWallMs) / 1000) * 1000);
    const scenario = newScenario(undefined, clock);
    const handler = createKubeApiHttpHandler({ resolve: async () => ({ cluster: scenario.cluster }) });
    let sbs: SideBySide | undefined;
    const server = createServer((req, res) => {
      if (sbs && /[?&]watch=(true|1)\b/.test(req.url ?? "")) {
        sbs.openWatches++;
        res.once("close", () => sbs!.openWatches--);
      }
      void handler(req, res);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    const { port } = server.address() as AddressInfo;
    sbs = new SideBySide(scenario, server, new KubectlRunner(binary, `http://127.0.0.1:${port}`));
    return sbs;
  }

  /** Resolves once real kubectl has listed and opened a watch (its listing is then behind it). */
  async realWatching(timeoutMs = 20_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (this.openWatches < 1) {
      if (Date.now() > end) throw new Error("real kubectl opened no watch");
      await sleep(10);
    }
  }

  get clock(): FakeClock {
    return this.scenario.clock;
  }

  /** The kubeconfig KubectlRunner wrote (and passes to real kubectl with --kubeconfig). */
  private get kubeconfig(): string {
    return path.join(this.runner.dir, "config");
  }

  real(args: string[]): Promise<KubectlResult> {
    return this.runner.run(args);
  }

  /** Podium's kubectl with the environment real kubectl gets: same HOME, same kubeconfig, same files. */
  async ours(args: string[], signal = new AbortController().signal): Promise<KubectlResult> {
    let stdout = "";
    let stderr = "";
    const io: KubectlIO = {
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
      signal,
      env: { HOME: this.runner.dir, KUBECONFIG: this.kubeconfig },
      transport: inProcessTransport(this.scenario.cluster, handleKubeRequest),
      clock: this.clock,
      readFile: (p) => readFile(path.resolve(this.runner.dir, p), "utf8"),
    };
    const code = await runKubectl(args, io);
    return { stdout, stderr, code };
  }

  /** Moves simulated time on in one-second steps, letting the cluster react after each. */
  async advance(seconds: number): Promise<void> {
    await settle();
    for (let i = 0; i < seconds; i++) {
      this.clock.advance(1000);
      await settle();
    }
  }

  private async advanceTo(ms: number): Promise<void> {
    const whole = Math.floor((ms - this.clock.now()) / 1000);
    if (whole > 0) await this.advance(whole);
    if (ms > this.clock.now()) this.clock.advance(ms - this.clock.now());
    await settle();
  }

  /** Sets the cluster's clock to the wall clock's current second, early enough in it to run a command. */
  async alignToWall(): Promise<number> {
    for (;;) {
      const now = Date.now();
      if (now % 1000 > LATEST_START_MS) {
        await sleep(1005 - (now % 1000));
        continue;
      }
      const second = now - (now % 1000);
      if (second < this.clock.now()) throw new Error("the cluster's clock is ahead of the wall clock");
      await this.advanceTo(second);
      if (Date.now() - second <= LATEST_START_MS) return second;
    }
  }

  /**
   * Runs a command that changes nothing with both clients at one simulated instant. With `wall`, that
   * instant is the wall clock's current second and the pair is retried if the real run crossed into
   * the next one (its client-side ages could then be a second older).
   */
  async both(args: string[], wall: boolean): Promise<Pair> {
    for (let attempt = 0; attempt < 8; attempt++) {
      const second = wall ? await this.alignToWall() : 0;
      const real = await this.real(args);
      const late = wall && Date.now() >= second + 1000;
      const ours = await this.ours(args);
      if (!late) return { real, ours };
    }
    throw new Error(`kubectl ${args.join(" ")}: the real client kept crossing a second boundary`);
  }

  async close(): Promise<void> {
    this.runner.dispose();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
    this.scenario.cluster.stop();
  }
}
