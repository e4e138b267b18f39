/**
 * What the API server's registry does per kind around a write (k8s.io/apiserver/pkg/registry/rest
 * create.go/update.go and each pkg/registry/<group>/<kind>/strategy.go): defaulting, preparing
 * (status reset on create, status kept on update, generation), admission (service-account token,
 * IP allocation, limits) and validation. The store runs these in upstream's order.
 */
import type { Clock } from "../clock";
import type { FieldError } from "../errors/field-error";
import type { ClusterLimits } from "../store/limits";
import type { StoreLister } from "../store/store-hooks";
import type { KubeObject } from "../types";

export interface StrategyContext {
  readonly clock: Clock;
  readonly lister: StoreLister;
  readonly limits: ClusterLimits;
  /** The storage key being written ("pods", "deployments.apps"). */
  readonly resource: string;
}

export type NameValidator = (name: string, prefix: boolean) => string[];

export interface KindStrategy {
  /** metadata.generation starts at 1 and grows on spec changes (workloads, not pods/services). */
  tracksGeneration?: boolean;
  /** The kind's ValidateNameFunc (default: DNS-1123 subdomain). */
  validateName?: NameValidator;
  /** Scheme defaulting (SetDefaults_*), run on create and update before validation. */
  applyDefaults?(obj: KubeObject): void;
  /** PrepareForCreate plus mutating admission (may allocate from the store). */
  prepareForCreate?(obj: KubeObject, ctx: StrategyContext): void;
  /** PrepareForUpdate (the main resource). The store already copied status from `old`. */
  prepareForUpdate?(obj: KubeObject, old: KubeObject, ctx: StrategyContext): void;
  validate?(obj: KubeObject, ctx: StrategyContext): FieldError[];
  validateUpdate?(obj: KubeObject, old: KubeObject, ctx: StrategyContext): FieldError[];
  /** Whether an update bumps generation (default: spec changed). */
  generationChanged?(obj: KubeObject, old: KubeObject): boolean;
  /** Validating admission that is not field validation (limits): throws a StatusError. */
  admit?(obj: KubeObject, old: KubeObject | undefined, ctx: StrategyContext): void;
  /** CheckGracefulDeleteStrategy: the grace period to use, 0 for an immediate delete. */
  gracePeriodSeconds?(obj: KubeObject, requested: number | undefined): number;
}
