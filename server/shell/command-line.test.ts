import { describe, expect, it } from "vitest";
import { isIncomplete, planLine } from "./command-line";

describe("isIncomplete", () => {
  it.each([
    ['echo "abc', true],
    ["echo 'abc", true],
    ["cat <<EOF\nabc", true],
    ["cat <<EOF\nabc\nEOF", false],
    ["echo a |", true],
    ["echo a &&", true],
    ["echo a ||", true],
    ["echo a \\", true],
    ["for i in 1 2; do", true],
    ["while true; do", true],
    ["if true; then echo", true],
    ["echo $(", true],
    ["echo ok", false],
    ["fi", false],
    ["ls ;;", false],
    ["", false],
  ])("%j → %s", (text, expected) => {
    expect(isIncomplete(text)).toBe(expected);
  });
});

describe("planLine", () => {
  it("runs each statement from its own source text", () => {
    const steps = planLine("a && b || c; echo $'x\\ty' > f");
    expect(steps).toEqual([
      { kind: "statement", source: "a && b || c" },
      { kind: "statement", source: "echo $'x\\ty' > f" },
    ]);
  });

  it("marks a lone simple command without output redirection as writing to the terminal", () => {
    const steps = planLine("kubectl get pods -w; kubectl get pods | grep x; kubectl get pods > f; kubectl apply -f - < f");
    expect(steps.map((s) => s.kind === "statement" && s.ttyCommand)).toEqual(["kubectl", undefined, undefined, "kubectl"]);
  });

  it("does not stream a command that also runs inside a substitution of the same statement", () => {
    expect(planLine('curl $(minikube ip):31006')[0]).toMatchObject({ ttyCommand: "curl" });
    expect(planLine('export P="$(kubectl get pods -o name)"')[0]).toMatchObject({ ttyCommand: "export" });
    expect(planLine("kubectl exec $(kubectl get pods -o name) -- env")[0]).not.toHaveProperty("ttyCommand");
  });

  it("turns `cmd &` into a background step and keeps the rest", () => {
    const steps = planLine("kubectl proxy & curl localhost:8001/version");
    expect(steps).toEqual([
      { kind: "background", source: "kubectl proxy" },
      { kind: "statement", source: "curl localhost:8001/version", ttyCommand: "curl" },
    ]);
  });

  it("recognises a top-level exit", () => {
    expect(planLine("exit 3")).toEqual([{ kind: "statement", source: "exit 3", ttyCommand: "exit", exit: true }]);
  });

  it("keeps function definitions with their use in one step", () => {
    expect(planLine("f() { echo hi; }; f").map((s) => s.kind)).toEqual(["whole"]);
  });

  it("leaves a line that does not parse whole so bash reports the error", () => {
    expect(planLine("echo )(").map((s) => s.kind)).toEqual(["whole"]);
  });

  it("runs here-documents whole (a statement's source text leaves the body out)", () => {
    expect(planLine("cat <<EOF > notes.txt\nline\nEOF")).toEqual([{ kind: "whole", source: "cat <<EOF > notes.txt\nline\nEOF" }]);
    expect(planLine("kubectl apply -f - <<EOF\nx\nEOF")[0]).toMatchObject({ kind: "whole", ttyCommand: "kubectl" });
  });
});
