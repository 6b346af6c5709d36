// The demo state (serpmetrics.md §10.1): tracked keywords of the `default` account, each pair with 30 days of
// completed daily checks (the newest within the last 24 h) and its next daily check scheduled.
import { intBetween, rng } from '../common/rng.js';
import type { SandboxClock } from './clock.js';
import type { SerpmetricsConfig } from './config.js';
import type { Device } from './params.js';
import type { Queues } from './queues.js';
import { effectiveLocation, type Keyword, type Store } from './store.js';

interface DemoKeyword {
  phrase: string;
  engines: string[];
  location: string | null;
  device: Device;
}

export const DEMO_ACCOUNT_ID = 'default';

export const DEMO_KEYWORDS: readonly DemoKeyword[] = [
  { phrase: 'running shoes', engines: ['google_en-us', 'bing_en-us'], location: null, device: 'desktop' },
  { phrase: 'best crm software', engines: ['google_en-us', 'google_en-gb'], location: null, device: 'desktop' },
  { phrase: 'pizza near me', engines: ['google_en-us'], location: 'Brooklyn, NY, USA', device: 'desktop' },
];

const DAY_SECONDS = 86_400;
const DEMO_DAYS = 30;

/** Add the demo keywords and their check history; nothing is charged (the demo ledger is the starting point). */
export function seedDemo(config: SerpmetricsConfig, clock: SandboxClock, store: Store, queues: Queues): void {
  const now = clock.nowSeconds();
  for (const demo of DEMO_KEYWORDS) {
    const keyword: Keyword = {
      id: store.newId(DEMO_ACCOUNT_ID, 'keyword', now - DEMO_DAYS * DAY_SECONDS),
      accountId: DEMO_ACCOUNT_ID,
      phrase: demo.phrase,
      location: demo.location,
      device: demo.device,
      engines: [...demo.engines],
      deleted: false,
      tasks: new Map(),
    };
    store.addKeyword(keyword);
    for (const engine of demo.engines) {
      // the newest check ran between 10 minutes and ~24 h ago; one a day before that
      const newest = now - intBetween(rng(config.seedSalt, 'demo', demo.phrase, engine), 600, DAY_SECONDS - 600);
      for (let back = DEMO_DAYS - 1; back >= 0; back--) {
        store.addCheck(
          {
            accountId: DEMO_ACCOUNT_ID,
            queue: 'daily',
            phrase: demo.phrase,
            engine,
            location: effectiveLocation(engine, demo.location),
            device: demo.device,
            timestamp: newest - back * DAY_SECONDS,
            keywordId: keyword.id,
          },
          config.retention.checksPerPair,
        );
      }
      const { intervalMs, firstDelayMs } = config.queue.daily;
      queues.scheduleDaily(keyword, engine, Math.max(newest * 1000 + intervalMs, clock.nowMs() + firstDelayMs));
    }
  }
}
