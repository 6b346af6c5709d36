/**
 * The hardened edge in one place: `createEdge(config)` gives the Yoga options (CORS, body size,
 * batching, GraphiQL) and the plugins (client auth and rate limits, CSRF prevention, trusted
 * documents, introspection switch, operation limits, credit budgets), plus the per-tenant clients
 * the context uses. `createGateway` applies it; its variables are parsed in src/config.
 */
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { type CORSOptions, type Plugin, processRegularResult } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import { createUpstreamClients } from '../clients.js';
import type { Config } from '../config/index.js';
import { DEFAULT_TRUSTED_DOCUMENTS } from '../config/index.js';
import type { UpstreamClients } from '../context.js';
import { gatewayError } from '../errors/index.js';
import type { CallObserver } from '../upstream/observer.js';
import { type ClientsFactory, TenantClients, useClientAuth } from './auth.js';
import { useRequestBodyLimit } from './body-limit.js';
import { type KnownEstimates, useCreditBudget } from './cost.js';
import { useOperationLimits } from './limits.js';
import { loadKnownDocuments, loadTrustedDocuments, useKnownDocuments, useTrustedDocuments } from './trusted.js';
import { clientWindows } from './windows.js';

/** Header a GET request must carry to prove it is not a cross-site forgery (any JSON POST is preflighted). */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

export interface Edge {
  cors: CORSOptions | false;
  graphiql: boolean;
  plugins: Array<Plugin<Record<string, unknown>>>;
  /** The upstream clients of this request's tenant, or undefined for the gateway's own. */
  clientsFor(request: Request): UpstreamClients | undefined;
  close(): Promise<void>;
}

/** Yoga's CSRF check, its refusal carrying the gateway's code. */
function useCsrf(): Plugin<Record<string, unknown>> {
  const csrf = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      try {
        return csrf.onRequestParse?.(payload);
      } catch {
        throw gatewayError(
          'CSRF_REJECTED',
          `Send JSON (content-type: application/json) or the ${CSRF_HEADER} header with this request.`,
          { http: { status: 403 } },
        );
      }
    },
  };
}

/**
 * A POST body no request parser reads (a content type other than JSON, GraphQL or a URL-encoded form; multipart
 * too, since the schema takes no uploads): Yoga answers it with an empty 415, so the refusal says what to send.
 * Yoga's parsers claim their requests before any plugin of ours runs.
 */
function useSupportedBodies(): Plugin<Record<string, unknown>> {
  return {
    onRequestParse({ request, requestParser }) {
      if (request.method !== 'POST' || requestParser !== undefined) return;
      throw gatewayError(
        'BAD_USER_INPUT',
        'Send the operation as JSON (content-type: application/json), not as this content type.',
        { http: { status: 415 } },
      );
    },
  };
}

/**
 * A media range of an Accept header that takes one of the gateway's answer types (Yoga's result processors: single
 * results as JSON, incremental parts, event streams), wildcards included. One test per request, no allocation.
 */
const ANSWER_RANGE =
  /(^|,)\s*(\*\/\*|application\/(\*|json|graphql-response\+json)|multipart\/(\*|mixed)|text\/(\*|event-stream))\s*(;|,|$)/i;

/** Whether an Accept header takes one of the gateway's answer types (none, or an empty one, takes anything). */
const acceptsAnAnswer = (accept: string | null): boolean => !accept || ANSWER_RANGE.test(accept);

/**
 * A request whose Accept header takes none of the gateway's answer types is refused before it runs, HTTP 406 with a
 * typed error in JSON. Yoga would run it (spending upstream credits, or performing a write) and only then answer an
 * empty 406; as the GraphQL-over-HTTP spec recommends, it stops before processing. The refusal itself is rendered
 * as JSON, the one form the gateway's errors take.
 */
function useAcceptedAnswers(): Plugin<Record<string, unknown>> {
  return {
    onRequestParse({ request }) {
      if (acceptsAnAnswer(request.headers.get('accept'))) return;
      throw gatewayError(
        'BAD_USER_INPUT',
        'Accept application/graphql-response+json or application/json (multipart/mixed or text/event-stream for streams).',
        { http: { status: 406 } },
      );
    },
    onResultProcess({ resultProcessor, setResultProcessor }) {
      if (!resultProcessor) setResultProcessor(processRegularResult, 'application/json');
    },
  };
}

/**
 * GET parameters that must hold JSON (`variables`, `extensions`) are checked here: Yoga's GET parser
 * lets a JSON syntax error escape as an unexpected 500.
 */
function useWellFormedGetParams(): Plugin<Record<string, unknown>> {
  return {
    onRequestParse({ request, url }) {
      if (request.method !== 'GET') return;
      for (const name of ['variables', 'extensions']) {
        const raw = url.searchParams.get(name);
        if (raw === null) continue;
        try {
          JSON.parse(raw);
        } catch {
          throw gatewayError('BAD_USER_INPUT', `The ${name} parameter is not valid JSON.`, { http: { status: 400 } });
        }
      }
    },
  };
}

function corsOf(origins: readonly string[]): CORSOptions | false {
  if (origins.length === 0) return false;
  return {
    origin: origins.includes('*') ? '*' : [...origins],
    credentials: false,
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'accept', 'authorization', 'x-api-key', CSRF_HEADER],
    maxAge: 600,
  };
}

export function createEdge(
  config: Config,
  options: {
    calls: CallObserver;
    clientsFactory?: ClientsFactory;
    redis?: Redis | undefined;
    estimates?: KnownEstimates;
  },
): Edge {
  const security = config.security;
  // With Redis, one rate and one credit window per client across every process of the deployment.
  const windows = clientWindows(options.redis);
  // A tenant's calls report to the gateway's observer: its ledger, meter and metrics count them.
  const factory = options.clientsFactory ?? ((c, calls) => createUpstreamClients(c, { calls }));
  const tenants = new TenantClients(config, (c) => factory(c, options.calls));
  const trusted = security.trustedDocuments ? loadTrustedDocuments(security.trustedDocuments) : undefined;
  const plugins: Array<Plugin<Record<string, unknown>>> = [
    useCsrf(),
    useAcceptedAnswers(),
    useSupportedBodies(),
    useWellFormedGetParams(),
    useClientAuth(config, windows),
    trusted ? useTrustedDocuments(trusted) : useKnownDocuments(loadKnownDocuments(DEFAULT_TRUSTED_DOCUMENTS)),
    ...(security.introspection ? [] : [useDisableIntrospection({ isDisabled: () => true })]),
    ...useOperationLimits({
      limits: security.limits,
      exposeLimits: security.exposeLimits,
      fieldSuggestions: security.fieldSuggestions,
    }),
    // After Yoga's request parsers (they come before every plugin given to createYoga).
    useRequestBodyLimit(security.limits.maxRequestBytes),
    useCreditBudget({
      maxCost: security.maxOperationCredits,
      windowSeconds: security.creditWindowSeconds,
      anonymous: { ...security.anonymous, name: 'anonymous', key: 'anonymous', authenticated: false },
      windows,
      known: options.estimates,
    }),
  ];
  return {
    cors: corsOf(security.corsOrigins),
    graphiql: security.graphiql,
    plugins,
    clientsFor: (request) => tenants.clientsFor(request),
    close: () => tenants.close(),
  };
}
