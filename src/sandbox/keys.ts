// Public sandbox credentials (seranking.md §7.1, serpmetrics.md §10.1). Test values, never secrets.
//
// SE Ranking demo keys (id → key, units, requests/s, state), restored by POST /__sandbox/reset:
//   default   sandbox-seranking-key                  10,000,000 units  10/s  active (used by `npm start` without keys)
//   trial     00000000-5eed-4000-8000-000000000002       10,000 units   1/s  active (trial rate limit)
//   expired   00000000-5eed-4000-8000-000000000003   10,000,000 units  10/s  license expired → 403 License expired
//   empty     00000000-5eed-4000-8000-000000000004            0 units  10/s  active → 400 Insufficient funds
//   disabled  00000000-5eed-4000-8000-000000000005            0 units  10/s  disabled → 400 Authentication failed
//   tiny      00000000-5eed-4000-8000-000000000006          150 units  10/s  active: one 100-unit call, then funds run out
// Any other key answers `Authentication failed`.

export const SANDBOX_KEYS = {
  seranking: 'sandbox-seranking-key',
  serpmetricsKey: 'sandbox-serpmetrics-key',
  serpmetricsSecret: 'sandbox-serpmetrics-secret',
} as const;

export interface SerankingDemoKey {
  readonly id: string;
  readonly key: string;
  readonly units: number;
  readonly rateLimitPerSecond: number;
  readonly license: 'active' | 'expired';
  readonly disabled: boolean;
}

export const SERANKING_DEMO_KEYS: readonly SerankingDemoKey[] = [
  {
    id: 'default',
    key: SANDBOX_KEYS.seranking,
    units: 10_000_000,
    rateLimitPerSecond: 10,
    license: 'active',
    disabled: false,
  },
  {
    id: 'trial',
    key: '00000000-5eed-4000-8000-000000000002',
    units: 10_000,
    rateLimitPerSecond: 1,
    license: 'active',
    disabled: false,
  },
  {
    id: 'expired',
    key: '00000000-5eed-4000-8000-000000000003',
    units: 10_000_000,
    rateLimitPerSecond: 10,
    license: 'expired',
    disabled: false,
  },
  {
    id: 'empty',
    key: '00000000-5eed-4000-8000-000000000004',
    units: 0,
    rateLimitPerSecond: 10,
    license: 'active',
    disabled: false,
  },
  {
    id: 'disabled',
    key: '00000000-5eed-4000-8000-000000000005',
    units: 0,
    rateLimitPerSecond: 10,
    license: 'active',
    disabled: true,
  },
  {
    id: 'tiny',
    key: '00000000-5eed-4000-8000-000000000006',
    units: 150,
    rateLimitPerSecond: 10,
    license: 'active',
    disabled: false,
  },
];
