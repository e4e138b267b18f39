/**
 * The Kubernetes Bootcamp app (gcr.io/google-samples/kubernetes-bootcamp, jocatalin/kubernetes-bootcamp):
 * node.js 6 running server.js as PID 1, listening on 8080. Its source (shown in the tutorial by
 * `cat server.js`) logs with console.log, whose argument joining and Date rendering we reproduce:
 *   console.log("Kubernetes Bootcamp App Started At:", startTime, "| Running On: ", host, "\n")
 *   console.log("Running On:", host, "| Total Requests:", ++requests, "| App Uptime:", (new Date() - startTime)/1000, "seconds", "| Log Time:", new Date())
 * node has no SIGTERM handler and, being PID 1, ignores the signal: pods wait out the grace period.
 */
import { isoMillis, text, type AppFactory } from "./simulated-app";

export function bootcamp(version: "1" | "2"): AppFactory {
  return (env) => {
    let requests = 0;
    env.write(`Kubernetes Bootcamp App Started At: ${isoMillis(env.startedAt)} | Running On:  ${env.podName} \n\n`);
    return {
      ports: [8080],
      sigterm: "ignore",
      handle() {
        const now = env.now();
        requests++;
        env.write(`Running On: ${env.podName} | Total Requests: ${requests} | App Uptime: ${(now - env.startedAt) / 1000} seconds | Log Time: ${isoMillis(now)}\n`);
        return text(200, `Hello Kubernetes bootcamp! | Running on: ${env.podName} | v=${version}\n`);
      },
    };
  };
}
