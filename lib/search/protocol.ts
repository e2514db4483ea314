// The typed message protocol between the page (client.ts) and the search worker (worker.ts):
// requests `{id, method, args}`, answers `{id, ok, result | error}`.
import type { SearchRequest, SearchResponse, SectionCount } from './engine';
import type { SearchFacets } from './format';

/** Every method the worker answers, with its arguments and result. */
export interface WorkerMethods {
  /** Opens the index at `indexUrl` (absolute URL of the folder holding manifest.json). */
  init: { args: [indexUrl: string]; result: { docCount: number } };
  search: { args: [request: SearchRequest]; result: SearchResponse };
  sections: { args: []; result: SectionCount[] };
  /** 栏目 and 体裁 with counts, for the other two filter menus. */
  facets: { args: []; result: SearchFacets };
  /** Worker memory, for benchmarks (Chromium's non-standard performance.memory; null elsewhere). */
  stats: { args: []; result: { usedJSHeapSize: number | null } };
}

/** A method name of the worker protocol. */
export type WorkerMethod = keyof WorkerMethods;

/** A request from the page to the worker. */
export type WorkerRequest = {
  [M in WorkerMethod]: { id: number; method: M; args: WorkerMethods[M]['args'] };
}[WorkerMethod];

/** The worker's answer to request `id`. */
export type WorkerResponse =
  { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };
