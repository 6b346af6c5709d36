// The shape of an SE Ranking emulator endpoint: what it accepts and how it answers (validation throws ApiError in
// the seranking.md §3.7 order; the server does auth, rate limit, output, funds and charging around it).
import type { Params } from '../../common/http.js';
import type { SerankingSandboxConfig } from '../config.js';
import type { KeyState } from '../ledger.js';

export interface EndpointContext {
  params: Params;
  config: SerankingSandboxConfig;
  salt: string;
  dataDate: string;
  /** the caller's key and ledger */
  key: KeyState;
  /** step 11: throws the 244 answer when any target is in `hugeTargets` */
  checkHuge(targets: readonly string[]): void;
}

export interface Outcome {
  /** 200 unless said otherwise (keywords/export: 201) */
  status?: number;
  body: unknown;
  /** rows returned, for per-row prices */
  rows?: number;
  /** targets priced, for per-target prices */
  targets?: number;
}

export interface Endpoint {
  path: string;
  methods: ReadonlyArray<'GET' | 'POST'>;
  /** which request bodies carry parameters: JSON / form (backlinks POST) or multipart (keywords export) */
  body: 'json-or-form' | 'multipart' | null;
  /** account endpoints ignore licence expiry */
  account?: boolean;
  /** targets or keywords sent, for the statistics */
  items(params: Params): number;
  run(ctx: EndpointContext): Outcome;
}
