/**
 * The declarative checks a lesson step can carry in its front matter, as zod schemas. Lessons are data
 * (STYLE.md §5): a check says *what* must be true; the evaluators in checks/ decide *how* to see it.
 */
import { z } from "zod";

const regex = z.string().min(1).refine(isValidRegex, { message: "not a valid regular expression" });

function isValidRegex(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

/** An exact number, or bounds. */
export const quantitySchema = z.union([
  z.number().int().nonnegative(),
  z.strictObject({ gte: z.number().optional(), lte: z.number().optional() }),
]);
export type Quantity = z.infer<typeof quantitySchema>;

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** What a field must be: a value (compared as text, so `4` matches "4"), bounds, a pattern, or presence. */
export const expectedValueSchema = z.union([
  scalar,
  z.strictObject({
    gte: z.number().optional(),
    lte: z.number().optional(),
    regex: regex.optional(),
    exists: z.boolean().optional(),
    not: scalar.optional(),
  }),
]);
export type ExpectedValue = z.infer<typeof expectedValueSchema>;

/** Which objects a check looks at: a kind or resource, a namespace, and a name or a label selector. */
const objectTarget = {
  /** Plural resource as the store names it ("pods", "deployments.apps") or a short name ("deploy", "svc"). */
  resource: z.string().optional(),
  /** Or the kind ("Deployment"). */
  kind: z.string().optional(),
  namespace: z.string().default("default"),
  name: z.string().optional(),
  /** Equality-based label selector, as `kubectl -l` takes it: "app=kubernetes-bootcamp,version=v1". */
  selector: z.string().optional(),
};
const hasKindOrResource = (c: { resource?: string; kind?: string }) => Boolean(c.resource || c.kind);
const kindMessage = { message: "give `resource` or `kind`" };

export const objectExistsSchema = z
  .strictObject({
    type: z.literal("objectExists"),
    ...objectTarget,
    /** How many must exist (default: at least one). */
    count: quantitySchema.optional(),
    /** Pass when no such object exists (e.g. a deleted service). */
    absent: z.boolean().default(false),
  })
  .refine(hasKindOrResource, kindMessage);

export const objectMatchesSchema = z
  .strictObject({
    type: z.literal("objectMatches"),
    ...objectTarget,
    /** jsonpath-ish paths: `spec.replicas`, `spec.template.spec.containers[0].image`, `metadata.labels['app.kubernetes.io/name']`. */
    fields: z.record(z.string(), expectedValueSchema).refine((f) => Object.keys(f).length > 0, { message: "no fields" }),
    /** With a selector: must every matching object match (default), or is one enough? */
    match: z.enum(["all", "any"]).default("all"),
  })
  .refine(hasKindOrResource, kindMessage)
  .refine((c) => Boolean(c.name || c.selector), { message: "give `name` or `selector`" });

export const podsReadySchema = z.strictObject({
  type: z.literal("podsReady"),
  selector: z.string().min(1),
  namespace: z.string().default("default"),
  /** How many Ready pods (not terminating) must match. */
  count: quantitySchema,
  /** Only count pods whose containers all run this image. */
  image: z.string().optional(),
  /** Also require that no other (non-terminating) pod matches the selector: nothing left half-rolled-out. */
  only: z.boolean().default(false),
});

/**
 * Shared by the history checks. `after` restricts them to what happened after the last successful command
 * matching it; `example` is the command a reason suggests, since a regex means little to a student.
 */
const afterField = { after: regex.optional(), example: z.string().optional() };

export const commandRanSchema = z.strictObject({
  type: z.literal("commandRan"),
  /** Regex on the command line as typed. */
  pattern: regex,
  /** true (default): exit code 0 needed, so a failed command does not count. false: it must have failed. */
  succeeded: z.boolean().default(true),
  minTimes: z.number().int().positive().default(1),
  /** true: typed inside a pod's shell (`kubectl exec -ti … -- bash`); false: on the host; absent: either. */
  insidePod: z.boolean().optional(),
  ...afterField,
});

export const outputShowedSchema = z.strictObject({
  type: z.literal("outputShowed"),
  /** Regex on the command's output. */
  pattern: regex,
  /** Only outputs of commands matching this regex count. */
  commandPattern: regex.optional(),
  ...afterField,
});

export const curlReachedSchema = z.strictObject({
  type: z.literal("curlReached"),
  via: z.enum(["pod", "service", "nodeport", "proxy"]).optional(),
  /** The answering pod must match this label selector (checked against the cluster). */
  podSelector: z.string().optional(),
  namespace: z.string().default("default"),
  minTimes: z.number().int().positive().default(1),
  /** How many different pods must have answered (load balancing). */
  distinctPods: z.number().int().positive().optional(),
  /** Regex the answer must contain, e.g. "v=2". */
  responsePattern: regex.optional(),
  ...afterField,
});

export const clusterRunningSchema = z.strictObject({ type: z.literal("clusterRunning") });

export const customCheckSchema = z.strictObject({
  type: z.literal("custom"),
  /** A function registered in server/lessons/custom-checks. */
  name: z.string().min(1),
  params: z.record(z.string(), z.unknown()).default({}),
});

export const checkSchema = z.discriminatedUnion("type", [
  objectExistsSchema,
  objectMatchesSchema,
  podsReadySchema,
  commandRanSchema,
  outputShowedSchema,
  curlReachedSchema,
  clusterRunningSchema,
  customCheckSchema,
]);

export type Check = z.infer<typeof checkSchema>;
export type CheckOf<T extends Check["type"]> = Extract<Check, { type: T }>;
export type CheckInput = z.input<typeof checkSchema>;
