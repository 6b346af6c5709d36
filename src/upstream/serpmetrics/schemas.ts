/**
 * zod 4 schemas of the SERPmetrics wire format (serpmetrics.md §5, §7), each transforming straight into the
 * domain types of ./types.ts. The PHP quirks of §9 are absorbed here and nowhere else: `[]` for an empty map,
 * numbers sent as strings, position-keyed results, sitelinks as an array or an object, `phrase` / `keyword`.
 */
import { getDomain, getHostname } from 'tldts';
import { z } from 'zod';
import {
  type CheckRef,
  type CompletedCheck,
  type Credit,
  DEVICES,
  type Engine,
  type FluxPoint,
  type QueuedCheck,
  type SerpResult,
  type Sitelink,
  type TrackedKeyword,
} from './types.js';

const NUMERIC = /^-?\d+(\.\d+)?$/;

/** A number, also when PHP sent it as a numeric string. */
const num = z.preprocess((v) => (typeof v === 'string' && NUMERIC.test(v.trim()) ? Number(v) : v), z.number());

/** Unix seconds (number or numeric string) as a Date. */
const unixDate = num.pipe(z.number().int()).transform((s) => new Date(s * 1000));

/** Ids are strings on the wire; a numeric id is tolerated and kept as its decimal text. */
const id = z.union([z.string().min(1), z.number().transform(String)]);

/** A PHP map: `json_encode` writes an empty one as `[]`. */
function phpMap<V extends z.ZodType>(key: z.ZodString, value: V) {
  return z.preprocess((v) => (Array.isArray(v) && v.length === 0 ? {} : v), z.record(key, value));
}

const unixKey = z.string().regex(/^\d+$/, 'expected a unix-timestamp key');
const positionKey = z.string().regex(/^\d+$/, 'expected a position key');

/** Entries of a numerically keyed map, in numeric key order. */
function byNumericKey<V>(map: Record<string, V>): Array<[number, V]> {
  return Object.entries(map)
    .map(([k, v]): [number, V] => [Number(k), v])
    .sort((a, b) => a[0] - b[0]);
}

/** `true`, `1`, `"1"` or `"true"`: PHP flags arrive in any of these spellings. */
export const flag = z.preprocess((v) => v === 1 || v === '1' || v === 'true' || v === true, z.boolean());

/** The envelope every SERPmetrics answer shares; `data` is parsed per endpoint. */
export const Envelope = z.object({
  status: z.string().optional(),
  message: z.string().optional(),
  request_time: num.optional(),
  data: z.unknown().optional(),
  failed: flag.optional(),
});
export type Envelope = z.output<typeof Envelope>;

// /engines/codes
export const EnginesData = z
  .array(z.object({ engine_code: z.string().min(1), name: z.string() }))
  .transform((rows): Engine[] =>
    rows.map(({ engine_code, name }) => {
      const cut = engine_code.indexOf('_');
      return {
        code: engine_code,
        parent: cut < 0 ? engine_code : engine_code.slice(0, cut),
        locale: cut < 0 ? '' : engine_code.slice(cut + 1),
        name,
      };
    }),
  );

const device = z.preprocess((v) => (v === null || v === '' ? undefined : v), z.enum(DEVICES).default('desktop'));
const location = z.preprocess((v) => (v === '' ? null : v), z.string().nullish()).transform((v) => v ?? null);
const engines = z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(z.string()));

/** Queued items and keyword echoes name the phrase `phrase` (wire) or `keyword` (docs); one must be there. */
const hasPhrase = (k: { phrase?: string | undefined; keyword?: string | undefined }): boolean =>
  k.phrase !== undefined || k.keyword !== undefined;
const PHRASE_REQUIRED = { message: 'phrase or keyword required', path: ['phrase'] };

/** A keyword as `/keywords/add`, `/keywords/exists` and the engine edits echo it (`keyword` or `phrase`). */
const KeywordFields = z
  .object({
    phrase: z.string().optional(),
    keyword: z.string().optional(),
    engines,
    location,
    device,
  })
  .refine(hasPhrase, PHRASE_REQUIRED);

function toTrackedKeyword(keywordId: string, k: z.output<typeof KeywordFields>): TrackedKeyword {
  return {
    keywordId,
    keyword: k.phrase ?? k.keyword ?? '',
    engines: k.engines,
    location: k.location,
    device: k.device,
  };
}

/** `/keywords/add` (single shape), `/keywords/exists`, `/keywords/append_engines`, `/keywords/remove_engines`. */
export const KeywordData = z
  .object({ keyword_id: id })
  .and(KeywordFields)
  .transform((k) => toTrackedKeyword(k.keyword_id, k));

/** One item of a multi-keyword `/keywords/add`: the answer that keyword would have had alone. */
export const AddItem = z.object({
  http_status: num.pipe(z.number().int()),
  response: z.object({
    status: z.string().optional(),
    message: z.string().optional(),
    data: z.unknown().optional(),
  }),
});
export type AddItem = z.output<typeof AddItem>;

/** `/keywords/add`: the multi shape; the single shape (the one keyword's data) is read as a one-item list. */
export const AddKeywordsData = z.preprocess(
  (v) => (Array.isArray(v) ? v : [{ http_status: 201, response: { status: 'ok', data: v } }]),
  z.array(AddItem),
);

/** `/keywords/delete`: per-id results; `failed` means absent or not this account's. */
export const DeleteData = z.array(z.object({ keyword_id: id, status: z.string() }));

/** `/keywords/all`: keyword_id → keyword, in creation order. */
export const AllKeywordsData = phpMap(z.string(), KeywordFields).transform((map): TrackedKeyword[] =>
  Object.entries(map).map(([keywordId, k]) => toTrackedKeyword(keywordId, k)),
);

/** `/keywords/check`: unix-timestamp string → check_id, returned newest first. */
export const ChecksData = z
  .object({ keyword_id: id, engine: z.string(), checks: phpMap(unixKey, id) })
  .transform((d) => ({
    keywordId: d.keyword_id,
    engine: d.engine,
    checks: byNumericKey(d.checks)
      .reverse()
      .map(([ts, checkId]): CheckRef => ({ checkId, checkedAt: new Date(ts * 1000) })),
  }));

const SitelinkWire = z.object({ title: z.string().default(''), href: z.string() });
/** Sitelinks come as an array of links or as an object keyed `"1"…`; both become an array in key order. */
const Sitelinks = z
  .preprocess(
    (v) =>
      v !== null && typeof v === 'object' && !Array.isArray(v)
        ? byNumericKey(v as Record<string, unknown>).map(([, link]) => link)
        : v,
    z.array(SitelinkWire),
  )
  .transform((links): Sitelink[] => links.map((l) => ({ title: l.title, url: l.href })));

const ResultWire = z.object({
  href: z.string().min(1),
  title: z.string().default(''),
  desc: z.string().nullish(),
  type: z.string().nullish(),
  contains: z.object({ sitelinks: Sitelinks.optional() }).nullish(),
});

/** `/keywords/serp`: results keyed by position strings → an array ordered by position. */
export const SerpData = z
  .object({ results: phpMap(positionKey, ResultWire) })
  .transform((d): SerpResult[] => byNumericKey(d.results).map(([position, r]) => toSerpResult(position, r)));

function toSerpResult(position: number, r: z.output<typeof ResultWire>): SerpResult {
  const host = getHostname(r.href) ?? '';
  return {
    position,
    url: r.href,
    title: r.title,
    description: r.desc ?? '',
    host,
    domain: getDomain(host) ?? host,
    type: r.type || null,
    sitelinks: r.contains?.sitelinks ?? [],
  };
}

const queuedFields = {
  phrase: z.string().optional(),
  keyword: z.string().optional(),
  engine_code: z.string(),
  location,
  cid: z.string().nullish(),
};

function toQueuedCheck(queue: QueuedCheck['queue'], itemId: string, item: z.output<z.ZodObject<typeof queuedFields>>) {
  return {
    queue,
    id: itemId,
    keyword: item.phrase ?? item.keyword ?? '',
    engine: item.engine_code,
    location: item.location,
    cid: item.cid ?? null,
  } satisfies QueuedCheck;
}

/** `/priority/add` items: `phrase` on the wire, `keyword` in the docs. */
export const PriorityAddData = z.array(
  z
    .object({ priority_id: id, ...queuedFields })
    .refine(hasPhrase, PHRASE_REQUIRED)
    .transform((item) => toQueuedCheck('priority', item.priority_id, item)),
);

/** `/delayed/add` items, as the priority ones plus the echoed `cid`. */
export const DelayedAddData = z.array(
  z
    .object({ delayed_id: id, ...queuedFields })
    .refine(hasPhrase, PHRASE_REQUIRED)
    .transform((item) => toQueuedCheck('delayed', item.delayed_id, item)),
);

const completedFields = { processed: unixDate, check_id: id, cid: z.string().nullish() };

function toCompletedCheck(itemId: string, d: z.output<z.ZodObject<typeof completedFields>>): CompletedCheck {
  return { id: itemId, checkId: d.check_id, processedAt: d.processed, cid: d.cid ?? null };
}

/** `/priority/status` once done. */
export const PriorityStatusData = z
  .object({ priority_id: id, ...completedFields })
  .transform((d) => toCompletedCheck(d.priority_id, d));

/** `/delayed/status` once done. */
export const DelayedStatusData = z
  .object({ delayed_id: id, ...completedFields })
  .transform((d) => toCompletedCheck(d.delayed_id, d));

/** `/flux/trend`: unix-timestamp string → flux, returned oldest first. */
export const FluxData = phpMap(unixKey, num).transform((map): FluxPoint[] =>
  byNumericKey(map).map(([ts, flux]) => ({ at: new Date(ts * 1000), flux })),
);

/** `/users/credit`; `api_key` (echoed by the API) is not listed, so zod drops it here. */
export const CreditData = z
  .object({ balance: num, api_credit: num, serp_credit: num })
  .transform((d): Credit => ({ balance: d.balance, apiCredit: d.api_credit, serpCredit: d.serp_credit }));

/** `/users/time`: only `request_time` matters (`status` is missing on older answers). */
export const TimeBody = z.object({ request_time: num.pipe(z.number().int()) });
