/**
 * The describer contract (kubectl/pkg/describe interface.go): given a namespace and a name, fetch what
 * is needed through the API (GETs with `application/json, *\/*` as client-go's typed clients send)
 * and return the text.
 */
import type { ApiClient } from "../client";
import type { Mapping } from "../rest-mapper";

export interface DescribeContext {
  api: ApiClient;
  nowMs: number;
  mapping: Mapping;
}

export type Describer = (ctx: DescribeContext, namespace: string, name: string) => Promise<string>;
