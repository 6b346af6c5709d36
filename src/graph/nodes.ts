/**
 * Global object identification (issue 17): every entity of the graph implements `Node`, with an opaque global
 * id that names it fully (the relay plugin base64-encodes `Type:key`; the key is a JSON array of the entity's
 * identity), and `Query.node` / `Query.nodes` read it again through the same validators and batched loaders as
 * the fields that first returned it. A key that does not parse is `BAD_USER_INPUT`, before any upstream call.
 */
import { brandWithType } from '@pothos/core';
import { z } from 'zod';
import type { Context } from '../context.js';
import { userInputError } from '../errors/index.js';
import type { PairIdentity, SnapshotRef } from '../upstream/serpmetrics/pairs.js';
import { serpPage } from '../upstream/serpmetrics/reads.js';
import { allTrackedKeywords } from '../upstream/serpmetrics/tracked-reads.js';
import { Target, type TargetRef, targetRef } from './backlinks/target.js';
import { builder } from './builder.js';
import { Domain, type DomainRef, domainOf } from './domain/types.js';
import { Keyword, type KeywordRef, keywordRef } from './keywords/types.js';
import { TrackedPair } from './serp/tracked-pairs.js';
import {
  CheckRequest,
  type CheckRequestRef,
  checkRequestOf,
  Engine,
  type EngineRef,
  SerpResult,
  type SerpResultRef,
  SerpSnapshot,
  TrackedKeyword,
} from './serp/types.js';
import { engineByCode } from './validate.js';

const Mode = z.enum(['domain', 'host', 'url']);
const Device = z.enum(['desktop', 'tablet', 'mobile']);
const Queue = z.enum(['daily', 'priority', 'delayed']);
const OneOff = z.enum(['priority', 'delayed']);
const Location = z.string().nullable();

/** A key schema per entity: its identity as a JSON array, so an id is a pure function of the entity. */
const KEYS = {
  Target: z.tuple([Mode, z.string()]),
  Keyword: z.tuple([z.string(), z.string()]),
  Domain: z.tuple([z.string(), z.string()]),
  Engine: z.tuple([z.string()]),
  TrackedKeyword: z.tuple([z.string()]),
  TrackedPair: z.tuple([z.string(), z.string(), Location, Device]),
  SerpSnapshot: z.tuple([z.string(), z.string(), Location, Device, z.string(), z.iso.datetime(), Queue]),
  SerpResult: z.tuple([z.string(), z.number().int().min(1)]),
  CheckRequest: z.tuple([OneOff, z.string()]),
} as const;

type Keys = typeof KEYS;

/** The `id` and `parse` options of one node: a JSON key out, the same key validated back in. */
function idOf<Name extends keyof Keys, Parent>(name: Name, key: (parent: Parent) => z.input<Keys[Name]>) {
  return {
    resolve: (parent: Parent) => JSON.stringify(key(parent)),
    parse: (raw: string): z.output<Keys[Name]> => {
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        json = undefined;
      }
      const parsed = KEYS[name].safeParse(json);
      if (!parsed.success) throw userInputError('BAD_USER_INPUT', `The id is not a ${name} id of this API.`);
      return parsed.data as z.output<Keys[Name]>;
    },
  };
}

/**
 * Loads each key on its own, so one failing entity of `nodes` is null with its error and the others load. The
 * plugin brands only settled values, so each value is branded here (a copy: loaded values may be cached).
 */
type BrandType = Parameters<typeof brandWithType>[1];

const each =
  <Key, T extends object>(type: BrandType, load: (key: Key, ctx: Context) => Promise<T | null> | T | null) =>
  (keys: Key[], ctx: Context) =>
    keys.map(async (key) => {
      const value = await load(key, ctx);
      if (value === null) return null;
      const copy = { ...value };
      brandWithType(copy, type);
      return copy;
    });

builder.nodeRef(Target, {
  id: idOf('Target', (t: TargetRef) => [t.mode, t.target]),
  loadManyWithoutCache: each(Target, ([mode, target]) => targetRef(target, mode)),
});

builder.nodeRef(Keyword, {
  id: idOf('Keyword', (k: KeywordRef) => [k.text, k.database]),
  loadManyWithoutCache: each(Keyword, ([text, database]) => keywordRef(text, database)),
});

builder.nodeRef(Domain, {
  id: idOf('Domain', (d: DomainRef) => [d.domain, d.database]),
  loadManyWithoutCache: each(Domain, ([domain, database]) => domainOf(null, { domain, database })),
});

builder.nodeRef(Engine, {
  id: idOf('Engine', (e: EngineRef) => [e.code]),
  loadManyWithoutCache: each(Engine, async ([code], ctx): Promise<EngineRef> => {
    const { name } = await engineByCode(ctx, code);
    return { code, name };
  }),
});

builder.nodeRef(TrackedKeyword, {
  id: idOf('TrackedKeyword', (k: { keywordId: string }) => [k.keywordId]),
  loadManyWithoutCache: each(
    TrackedKeyword,
    async ([keywordId], ctx) => (await allTrackedKeywords(ctx)).find((k) => k.keywordId === keywordId) ?? null,
  ),
});

const samePair = (a: PairIdentity, b: PairIdentity) =>
  a.keyword === b.keyword && a.engine === b.engine && a.location === b.location && a.device === b.device;

builder.nodeRef(TrackedPair, {
  id: idOf('TrackedPair', (p: PairIdentity) => [p.keyword, p.engine, p.location, p.device]),
  // Null once the pair is no longer tracked.
  loadManyWithoutCache: each(
    TrackedPair,
    async ([keyword, engine, location, device], ctx): Promise<PairIdentity | null> => {
      const pair = { keyword, engine, location, device };
      const tracked = (await allTrackedKeywords(ctx)).flatMap((k) => k.engines.map((e) => ({ ...k, engine: e })));
      return tracked.some((k) => samePair(k, pair)) ? pair : null;
    },
  ),
});

builder.nodeRef(SerpSnapshot, {
  id: idOf('SerpSnapshot', (s: SnapshotRef) => [
    s.keyword,
    s.engine,
    s.location,
    s.device,
    s.checkId,
    s.checkedAt.toISOString(),
    s.queue,
  ]),
  // A check's SERP never changes: reading it (free, cached) proves the check exists.
  loadManyWithoutCache: each(
    SerpSnapshot,
    async ([keyword, engine, location, device, checkId, checkedAt, queue], ctx): Promise<SnapshotRef> => {
      await serpPage(ctx, checkId);
      return { keyword, engine, location, device, checkId, checkedAt: new Date(checkedAt), queue };
    },
  ),
});

builder.nodeRef(SerpResult, {
  id: idOf('SerpResult', (r: SerpResultRef) => [r.checkId, r.position]),
  loadManyWithoutCache: each(SerpResult, async ([checkId, position], ctx): Promise<SerpResultRef | null> => {
    const result = (await serpPage(ctx, checkId)).results.find((r) => r.position === position);
    return result ? { ...result, checkId } : null;
  }),
});

builder.nodeRef(CheckRequest, {
  id: idOf('CheckRequest', (r: CheckRequestRef) => [r.queue, r.id]),
  loadManyWithoutCache: each(CheckRequest, ([queue, id], ctx) => checkRequestOf(ctx, queue, id)),
});
