/**
 * `@defer` and `@stream` (Yoga's defer/stream plugin): a client that accepts `multipart/mixed` (or an event
 * stream) gets the first payload at once and the deferred fields as they resolve. An incremental operation from a
 * client that accepts neither is refused before execution: Yoga would otherwise run it, spend its upstream credits,
 * and only then answer 406 with an empty body.
 */
import { useDeferStream } from '@graphql-yoga/plugin-defer-stream';
import { BREAK, type DocumentNode, type GraphQLError, visit } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import { gatewayError, maskError } from '../errors/index.js';

const INCREMENTAL = new Set(['defer', 'stream']);

/** Per parsed document (Yoga caches them): the answer of `isIncremental`, so a request does not walk it again. */
const incremental = new WeakMap<DocumentNode, boolean>();

/** Whether a document asks for incremental delivery (`@defer` / `@stream` anywhere in it). */
export function isIncremental(document: DocumentNode): boolean {
  const known = incremental.get(document);
  if (known !== undefined) return known;
  let found = false;
  visit(document, {
    Directive(node) {
      if (!INCREMENTAL.has(node.name.value)) return undefined;
      found = true;
      return BREAK;
    },
  });
  incremental.set(document, found);
  return found;
}

/** Whether the request's Accept header takes an incremental answer (no header takes anything). */
const acceptsIncremental = (accept: string | null): boolean =>
  accept === null || /multipart\/mixed|text\/event-stream|\*\/\*/i.test(accept);

function useIncrementalAcceptGuard(): Plugin<Record<string, unknown>> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const request = (args.contextValue as { request?: Request }).request;
      if (!request || acceptsIncremental(request.headers.get('accept')) || !isIncremental(args.document)) return;
      setResultAndStopExecution({
        data: null,
        errors: [
          gatewayError(
            'BAD_USER_INPUT',
            '`@defer` and `@stream` answer in several parts: send `Accept: multipart/mixed` (or `text/event-stream`).',
          ),
        ],
      });
    },
  };
}

interface IncrementalItem {
  errors?: readonly GraphQLError[];
}

/**
 * Errors of deferred and streamed parts through the same mask as the first part's: envelop's masked-errors plugin
 * maps only `errors`, so a deferred field's error would otherwise lose its `extensions.code` (and an unexpected
 * one its mask).
 */
function useIncrementalErrorMask(): Plugin<Record<string, unknown>> {
  return {
    onExecute() {
      return {
        onExecuteDone(payload) {
          return handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
            const incremental = (result as { incremental?: readonly IncrementalItem[] }).incremental;
            if (!incremental?.some((item) => item.errors)) return;
            setResult({
              ...result,
              incremental: incremental.map((item) =>
                item.errors ? { ...item, errors: item.errors.map((e) => maskError(e, 'Unexpected error.')) } : item,
              ),
            } as typeof result);
          });
        },
      };
    },
  };
}

export function useIncrementalDelivery(): Array<Plugin<Record<string, unknown>>> {
  return [useDeferStream(), useIncrementalAcceptGuard(), useIncrementalErrorMask()];
}
