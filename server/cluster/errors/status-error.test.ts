import { describe, expect, it } from "vitest";
import { fieldInvalid, fieldNotSupported, fieldRequired } from "./field-error";
import {
  isAlreadyExists, isConflict, isNotFound, newAlreadyExists, newBadRequest, newConflict, newForbidden, newInternalError,
  newInvalid, newMethodNotSupported, newNotFound, newResourceExpired, newTooManyRequests, StatusError, tooOldResourceVersionMessage,
} from "./status-error";

describe("StatusError constructors (apimachinery errors.go)", () => {
  it("NotFound matches the API server's body for core and grouped resources", () => {
    expect(newNotFound("pods", "x").status).toEqual({
      kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message: 'pods "x" not found', reason: "NotFound",
      details: { name: "x", kind: "pods" }, code: 404,
    });
    const d = newNotFound({ group: "apps", resource: "deployments" }, "x");
    expect(d.status.message).toBe('deployments.apps "x" not found');
    expect(d.status.details).toEqual({ name: "x", group: "apps", kind: "deployments" });
    expect(JSON.stringify(d.status.details)).toBe('{"name":"x","group":"apps","kind":"deployments"}');
  });

  it("AlreadyExists and Conflict", () => {
    expect(newAlreadyExists("deployments.apps", "hello-node").status.message).toBe('deployments.apps "hello-node" already exists');
    const c = newConflict("deployments.apps", "x");
    expect(c.status.code).toBe(409);
    expect(c.status.message).toBe(
      'Operation cannot be fulfilled on deployments.apps "x": the object has been modified; please apply your changes to the latest version and try again',
    );
  });

  it("Invalid aggregates field errors like ErrorList.ToAggregate", () => {
    const one = newInvalid({ group: "apps", kind: "Deployment" }, "X", [fieldInvalid("metadata.name", "X", "bad name")]);
    expect(one.status.message).toBe('Deployment.apps "X" is invalid: metadata.name: Invalid value: "X": bad name');
    expect(one.status.code).toBe(422);
    expect(one.status.details).toEqual({
      name: "X", group: "apps", kind: "Deployment",
      causes: [{ type: "FieldValueInvalid", message: 'Invalid value: "X": bad name', field: "metadata.name" }],
    });
    const two = newInvalid({ group: "", kind: "Pod" }, "p", [fieldRequired("spec.containers"), fieldNotSupported("spec.restartPolicy", "x", ["Always", "Never"])]);
    expect(two.status.message).toBe(
      'Pod "p" is invalid: [spec.containers: Required value, spec.restartPolicy: Unsupported value: "x": supported values: "Always", "Never"]',
    );
  });

  it("the rest", () => {
    expect(newBadRequest("nope").status).toMatchObject({ code: 400, reason: "BadRequest", message: "nope" });
    expect(newForbidden("pods", "p", "exceeded quota").status.message).toBe('pods "p" is forbidden: exceeded quota');
    expect(newForbidden("pods", "", "no").status.message).toBe("pods is forbidden: no");
    expect(newResourceExpired(tooOldResourceVersionMessage(5, 10)).status).toMatchObject({ code: 410, reason: "Expired", message: "too old resource version: 5 (10)" });
    expect(newMethodNotSupported("pods", "watch").status.message).toBe('watch is not supported on resources of kind "pods"');
    expect(newInternalError(new Error("boom")).status).toMatchObject({ code: 500, message: "Internal error occurred: boom", details: { causes: [{ message: "boom" }] } });
    expect(newTooManyRequests("slow down", 3).status.details).toEqual({ retryAfterSeconds: 3 });
  });

  it("predicates", () => {
    const nf = newNotFound("pods", "x");
    expect(nf).toBeInstanceOf(StatusError);
    expect(nf).toBeInstanceOf(Error);
    expect(nf.message).toBe('pods "x" not found');
    expect(isNotFound(nf)).toBe(true);
    expect(isConflict(newConflict("pods", "x"))).toBe(true);
    expect(isAlreadyExists(newAlreadyExists("pods", "x"))).toBe(true);
    expect(isNotFound(new Error("x"))).toBe(false);
  });
});
