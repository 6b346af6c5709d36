/**
 * The gateway's pino logger: JSON lines, level from LOG_LEVEL, the request id of the current request and the
 * active span's `trace_id` / `span_id` on every line (pino mixin over the request scope and the OpenTelemetry
 * context), keys and secrets redacted by path (authorization headers, apiKey, apikey, key, auth, secret,
 * params ...) and scrubbed out of strings (query strings, `Token …`). Yoga's error lines are leveled by what
 * the error means (`severityOf`): contract outcomes at debug without a stack, failures at error with it.
 */
import { format } from 'node:util';
import { context, isSpanContextValid, trace } from '@opentelemetry/api';
import type { YogaLogger } from 'graphql-yoga';
import { type DestinationStream, type Logger, pino, stdSerializers } from 'pino';
import type { LogLevel } from '../config/index.js';
import { codeOf, severityOf } from '../errors/index.js';
import { currentScope } from './scope.js';

export const REDACTED = '[redacted]';

/** Field names whose values are secrets wherever they appear (SERPmetrics `key`/`auth`/`params`, SE Ranking `apikey`). */
const SECRET_FIELDS = [
  'apiKey',
  'apiSecret',
  'apikey',
  'api_key',
  'key',
  'auth',
  'secret',
  'params',
  'password',
  'token',
  'authorization',
  'Authorization',
  'cookie',
  'x-api-key',
];

const field = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `["${name}"]`);

/** pino redaction paths: each secret field at the top level and up to three levels deep. */
export const REDACT_PATHS: readonly string[] = SECRET_FIELDS.flatMap((name) => {
  const f = field(name);
  return [f.startsWith('.') ? f.slice(1) : name, `*${f}`, `*.*${f}`, `*.*.*${f}`];
}).map((path) => (path.startsWith('["') ? path.slice(2, -2) : path));

const QUERY_SECRET = /([?&;\s](?:apikey|api_key|key|auth|secret|token|params|password)=)[^&\s"']*/gi;
const SCHEME_SECRET = /\b(Token|Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g;
/** What every match of the two above contains: most lines (every access line) have neither, and skip both. */
const MAYBE_SECRET = /=|\b(?:Token|Bearer|Basic)\s/;

/** Removes secrets carried inside a string: query-string values and authorization schemes. */
export function scrubSecrets(text: string): string {
  if (!MAYBE_SECRET.test(text)) return text;
  return text.replace(QUERY_SECRET, `$1${REDACTED}`).replace(SCHEME_SECRET, `$1 ${REDACTED}`);
}

function scrubbedError(error: Error): Record<string, unknown> {
  const serialised = stdSerializers.err(error) as unknown as Record<string, unknown>;
  for (const name of ['message', 'stack'] as const) {
    const value = serialised[name];
    if (typeof value === 'string') serialised[name] = scrubSecrets(value);
  }
  return serialised;
}

export interface LoggerOptions {
  level: LogLevel;
  /** Where lines go (stdout by default); tests pass a stream to read them. */
  destination?: DestinationStream;
}

/**
 * The process's standard output, written in batches: one write per few KiB of lines, or every FLUSH_MS, instead of one write
 * per line (a warm request spent ~9 % of its CPU writing its access line). pino flushes what is left on exit.
 */
const BATCH_BYTES = 4096;
const FLUSH_MS = 100;
/**
 * The most unwritten log text held while stdout does not drain (a stalled log collector): past it new lines are
 * dropped and counted (`seograph_log_lines_dropped_total`) instead of the heap growing until the process dies.
 */
export const LOG_BUFFER_MAX_BYTES = 16 * 1024 * 1024;
let dropped = 0;
/** Log lines dropped since start because their destination did not drain. */
export const droppedLogLines = (): number => dropped;

/** Lines to `fd` in batches, holding at most `maxBytes` of them unwritten. */
export function batchedDestination(fd: number, maxBytes = LOG_BUFFER_MAX_BYTES): ReturnType<typeof pino.destination> {
  const destination = pino.destination({
    dest: fd,
    minLength: BATCH_BYTES,
    maxLength: maxBytes,
    periodicFlush: FLUSH_MS,
  });
  // sonic-boom emits each refused write: one line.
  destination.on('drop', () => {
    dropped += 1;
  });
  return destination;
}

export const batchedStdout = (): DestinationStream => batchedDestination(process.stdout.fd);

export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      redact: { paths: [...REDACT_PATHS], censor: REDACTED },
      serializers: { err: scrubbedError, error: scrubbedError },
      mixin() {
        const scope = currentScope();
        const span = trace.getSpan(context.active())?.spanContext();
        // One object per line, not three spread into one.
        const fields: { requestId?: string; trace_id?: string; span_id?: string } = {};
        if (scope) fields.requestId = scope.requestId;
        if (span && isSpanContextValid(span)) {
          fields.trace_id = span.traceId;
          fields.span_id = span.spanId;
        }
        return fields;
      },
      hooks: {
        // Messages are free text: a URL or header echoed into one must not carry its secret.
        logMethod(args, method) {
          method.apply(
            this,
            args.map((arg) => (typeof arg === 'string' ? scrubSecrets(arg) : arg)) as Parameters<typeof method>,
          );
        },
      },
    },
    options.destination,
  );
}

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/**
 * Yoga's logger calls in pino's shape: errors under `err` (so pino serialises them, stack included), the rest
 * formatted. Yoga logs every error its mask replaced at error level; those that are answers of the contract
 * (`TARGET_TOO_LARGE`, `PENDING`, input and limit rejections) go to debug and upstream trouble to warn, with
 * their code and no stack.
 */
export function yogaLogging(logger: Logger): YogaLogger {
  const at =
    (level: (typeof LEVELS)[number]) =>
    (...args: unknown[]): void => {
      const [first, ...rest] = args;
      if (!(first instanceof Error)) {
        logger[level](format(...args));
        return;
      }
      const message = rest.length > 0 ? format(...rest) : first.message;
      const severity = level === 'error' ? severityOf(first) : 'failure';
      if (severity === 'failure') logger[level]({ err: first }, message);
      else logger[severity === 'outcome' ? 'debug' : 'warn']({ code: codeOf(first) }, message);
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
