// Flux series of one engine (serpmetrics.md §10.5): 30 daily points and 48 hourly points before the sandbox's now.
import { rng, uniform } from '../common/rng.js';
import { parentEngine } from './engines.js';

const DAY = 86_400;
const HOUR = 3_600;

/** Update days of a parent engine: SERPs move more and flux spikes. */
export function isUpdateDay(seedSalt: string, parent: string, day: number): boolean {
  return rng(seedSalt, 'update-day', parent, String(day))() < 0.05;
}

function base(seedSalt: string, engine: string): number {
  return engine === 'google_en-us' ? 380 : 250 + 200 * rng(seedSalt, 'flux-base', engine)();
}

/** The daily flux of `engine` on UTC day number `day` (days since the epoch). */
export function dailyFlux(seedSalt: string, engine: string, day: number): number {
  const u = uniform(rng(seedSalt, 'flux-daily', engine, String(day)), -0.12, 0.12);
  const spike = isUpdateDay(seedSalt, parentEngine(engine), day) ? 1.4 : 1;
  return Math.round(base(seedSalt, engine) * (1 + 0.08 * Math.sin((2 * Math.PI * day) / 7) + u) * spike);
}

/** Unix-second string → flux for the 30 complete UTC days before `nowSeconds`, oldest first. */
export function dailySeries(seedSalt: string, engine: string, nowSeconds: number): Record<string, number> {
  const today = Math.floor(nowSeconds / DAY);
  const out: Record<string, number> = {};
  for (let day = today - 30; day < today; day++) {
    const midnight = rng(seedSalt, 'flux-midnight', engine, String(day))() < 0.1;
    out[String(day * DAY + (midnight ? 0 : 21_601))] = dailyFlux(seedSalt, engine, day);
  }
  return out;
}

/** Unix-second string → flux for the 48 complete hours before `nowSeconds`, oldest first. */
export function hourlySeries(seedSalt: string, engine: string, nowSeconds: number): Record<string, number> {
  const thisHour = Math.floor(nowSeconds / HOUR);
  const out: Record<string, number> = {};
  for (let hour = thisHour - 48; hour < thisHour; hour++) {
    const at = hour * HOUR;
    const daily = dailyFlux(seedSalt, engine, Math.floor(at / DAY));
    out[String(at)] = Math.round(daily * uniform(rng(seedSalt, 'flux-hourly', engine, String(hour)), 0.85, 1.15));
  }
  return out;
}
