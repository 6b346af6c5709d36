/**
 * Parsing of the SERPmetrics callback POST (serpmetrics.md §8): form-encoded or JSON, unauthenticated, so it is
 * validated strictly and treated as a hint (which check to fetch), never as data. Used by the gateway's route.
 */
import { z } from 'zod';

/** Callbacks carry a handful of short fields; anything larger is not one. */
export const MAX_CALLBACK_BYTES = 4096;

interface CallbackBase {
  engine: string;
  checkId: string;
  /** When the check ran. */
  checkedAt: Date;
}

/** A finished check, by the queue that ran it (the id names the queued item). */
export type SerpmetricsCallback =
  | (CallbackBase & { queue: 'daily'; keywordId: string })
  | (CallbackBase & { queue: 'priority'; priorityId: string })
  | (CallbackBase & { queue: 'delayed'; delayedId: string; cid: string | null });

export type CallbackParseResult =
  | { ok: true; event: SerpmetricsCallback }
  /** `status` is what the route should answer: 413 too large, 415 unsupported type, 400 malformed. */
  | { ok: false; status: 400 | 413 | 415; reason: string };

const idField = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

const CallbackFields = z
  .object({
    keyword_id: idField.optional(),
    priority_id: idField.optional(),
    delayed_id: idField.optional(),
    engine_code: z.string().regex(/^[a-z]+_[a-z]{2,3}(-[a-z]{2,3}){1,2}$/),
    check_id: idField,
    timestamp: z
      .union([
        z.number(),
        z
          .string()
          .regex(/^\d{1,12}$/)
          .transform(Number),
      ])
      .pipe(z.number().int()),
    cid: z.string().max(255).optional(),
  })
  .refine((f) => [f.keyword_id, f.priority_id, f.delayed_id].filter((v) => v !== undefined).length === 1, {
    message: 'exactly one of keyword_id, priority_id, delayed_id',
    path: ['keyword_id'],
  });

/**
 * Reads a callback body. `contentType` decides the decoding; without one, a body starting with `{` is JSON and
 * anything else is a form. Fields other than those of §8 are ignored.
 */
export function parseCallback(body: string | Buffer, contentType?: string | undefined): CallbackParseResult {
  const size = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  if (size > MAX_CALLBACK_BYTES) return { ok: false, status: 413, reason: 'body too large' };
  const text = body.toString();
  const fields = decode(text, mediaType(contentType, text));
  if (fields === 'unsupported') return { ok: false, status: 415, reason: 'unsupported content type' };
  const parsed = CallbackFields.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, status: 400, reason: `invalid field ${issue?.path.join('.') || 'body'}` };
  }
  return { ok: true, event: toEvent(parsed.data) };
}

function mediaType(contentType: string | undefined, text: string): string {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (type) return type;
  return text.trimStart().startsWith('{') ? 'application/json' : 'application/x-www-form-urlencoded';
}

function decode(text: string, type: string): unknown {
  if (type === 'application/x-www-form-urlencoded') return Object.fromEntries(new URLSearchParams(text));
  if (type !== 'application/json' && !type.endsWith('+json')) return 'unsupported';
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function toEvent(f: z.output<typeof CallbackFields>): SerpmetricsCallback {
  const base = { engine: f.engine_code, checkId: f.check_id, checkedAt: new Date(f.timestamp * 1000) };
  if (f.keyword_id !== undefined) return { ...base, queue: 'daily', keywordId: f.keyword_id };
  if (f.priority_id !== undefined) return { ...base, queue: 'priority', priorityId: f.priority_id };
  return { ...base, queue: 'delayed', delayedId: f.delayed_id ?? '', cid: f.cid ?? null };
}
