/**
 * Operation limits at the edge, on graphql-armor's rules: tokens (while parsing), depth, aliases,
 * directives and nested introspection (before the spec's validation, so an oversized document gets
 * one coded error and no validation work), plus suggestions hidden when asked. Messages name
 * the limit only when `exposeLimits` is on (development).
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import {
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type ParseOptions,
  type Source,
  type ValidationContext,
  type ValidationRule,
  validate,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { OperationLimits } from '../config/index.js';
import { type GatewayErrorCode, gatewayError } from '../errors/index.js';
import { useMapErrors } from '../plugins/map-errors.js';

const GENERIC = 'The operation exceeds a limit of this gateway.';

/** Armor's rules report through `onReject`; the error they built becomes our coded error. */
function armorRule(
  code: GatewayErrorCode,
  what: string,
  exposeLimits: boolean,
  make: (options: {
    exposeLimits: boolean;
    propagateOnRejection: boolean;
    onReject: Array<(ctx: ValidationContext | null, error: GraphQLError) => void>;
  }) => ValidationRule,
): ValidationRule {
  return (context) =>
    make({
      exposeLimits,
      propagateOnRejection: false,
      onReject: [
        (_ctx, error) => {
          const detail = exposeLimits ? error.message.replace(/^Syntax Error: /, '') : GENERIC;
          context.reportError(gatewayError(code, `${what}: ${detail}`));
        },
      ],
    })(context);
}

/** Introspection lists that can nest into themselves (`fields { type { fields ... } }`). */
const TYPE_LISTS = new Set(['fields', 'inputFields', 'interfaces', 'possibleTypes', 'types', 'enumValues']);

/**
 * Circular introspection: the standard introspection query expands each type's lists once; a
 * document that expands them again inside a field's type (graphql-cop's circular query) is refused.
 */
export function introspectionNestingRule(maxNesting: number, exposeLimits: boolean): ValidationRule {
  return (context): ASTVisitor => {
    const fragments = new Map(
      context
        .getDocument()
        .definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
    );
    const deepest = (node: { selectionSet?: FieldNode['selectionSet'] }, seen: Set<string>): number => {
      let max = 0;
      for (const selection of node.selectionSet?.selections ?? []) {
        if (selection.kind === Kind.FIELD) {
          const own = TYPE_LISTS.has(selection.name.value) ? 1 : 0;
          max = Math.max(max, own + deepest(selection, seen));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          max = Math.max(max, deepest(selection, seen));
        } else {
          const fragment = fragments.get(selection.name.value);
          if (fragment && !seen.has(fragment.name.value)) {
            max = Math.max(max, deepest(fragment, new Set([...seen, fragment.name.value])));
          }
        }
      }
      return max;
    };
    return {
      Field(node) {
        if (node.name.value !== '__schema' && node.name.value !== '__type') return;
        const nesting = deepest(node, new Set());
        if (nesting > maxNesting) {
          const detail = exposeLimits ? `nested ${nesting} levels of type lists, at most ${maxNesting}` : GENERIC;
          context.reportError(gatewayError('DEPTH_LIMIT_EXCEEDED', `Introspection: ${detail}`));
        }
        return false;
      },
    };
  };
}

/** The same response key selected more than `max` times in one selection set (field duplication). */
export function fieldRepeatRule(max: number, exposeLimits: boolean): ValidationRule {
  return (context): ASTVisitor => ({
    SelectionSet(node) {
      const counts = new Map<string, number>();
      for (const selection of node.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const key = selection.alias?.value ?? selection.name.value;
        const count = (counts.get(key) ?? 0) + 1;
        counts.set(key, count);
        if (count === max + 1) {
          const detail = exposeLimits ? `"${key}" is selected more than ${max} times` : GENERIC;
          context.reportError(gatewayError('DUPLICATE_FIELD_LIMIT_EXCEEDED', `Field repeats: ${detail}`));
        }
      }
    },
  });
}

/** The document-only limit rules, in the order their errors are worth reading. */
export function limitRules(limits: OperationLimits, exposeLimits: boolean): ValidationRule[] {
  return [
    armorRule('DEPTH_LIMIT_EXCEEDED', 'Depth limit', exposeLimits, (o) =>
      maxDepthRule({ ...o, n: limits.maxDepth, ignoreIntrospection: true }),
    ),
    armorRule('ALIAS_LIMIT_EXCEEDED', 'Alias limit', exposeLimits, (o) =>
      // No free aliases: graphql-cop's overloading check aliases `__typename` itself.
      maxAliasesRule({ ...o, n: limits.maxAliases, allowList: [] }),
    ),
    armorRule('DIRECTIVE_LIMIT_EXCEEDED', 'Directive limit', exposeLimits, (o) =>
      maxDirectivesRule({ ...o, n: limits.maxDirectives }),
    ),
    fieldRepeatRule(limits.maxFieldRepeats, exposeLimits),
    // `types { fields { ... } }` is the standard query's deepest expansion.
    introspectionNestingRule(2, exposeLimits),
  ];
}

export interface LimitOptions {
  limits: OperationLimits;
  exposeLimits: boolean;
  fieldSuggestions: boolean;
}

/** The limits as envelop hooks: a token-counting parser and the limit rules ahead of validation. */
export function useOperationLimits(options: LimitOptions): Array<Plugin<Record<string, unknown>>> {
  const { limits, exposeLimits } = options;
  const rules = limitRules(limits, exposeLimits);
  // The rules read the document and schema only: their verdict is computed once per parsed document. Yoga's
  // parser cache hands back the same DocumentNode for the same text, so a WeakMap keyed by it lives exactly
  // as long as Yoga keeps the document (its own LRU bounds it).
  const verdicts = new WeakMap<DocumentNode, { schema: GraphQLSchema; errors: readonly GraphQLError[] }>();
  const verdictOf = (schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] => {
    const known = verdicts.get(document);
    if (known?.schema === schema) return known.errors;
    // One error is enough: the first limit hit ends the request.
    const errors = validate(schema, document, rules).slice(0, 1);
    verdicts.set(document, { schema, errors });
    return errors;
  };
  const tokenError = () =>
    gatewayError(
      'TOKEN_LIMIT_EXCEEDED',
      `Token limit: ${exposeLimits ? `the document has more than ${limits.maxTokens} tokens` : GENERIC}`,
    );
  const parseWithTokenLimit = (source: string | Source, parseOptions?: ParseOptions) =>
    new MaxTokensParserWLexer(source, {
      ...parseOptions,
      n: limits.maxTokens,
      propagateOnRejection: false,
      onReject: [
        () => {
          throw tokenError();
        },
      ],
    }).parseDocument();
  const plugins: Array<Plugin<Record<string, unknown>>> = [
    {
      onParse({ setParseFn }) {
        setParseFn(parseWithTokenLimit);
      },
      onValidate({ params, setResult }) {
        const errors = verdictOf(params.schema, params.documentAST);
        if (errors.length > 0) setResult([...errors]);
      },
    },
  ];
  if (!options.fieldSuggestions) plugins.push(useNoSuggestions());
  return plugins;
}

/** graphql-js's hints ("Did you mean …?") name fields, arguments, types and enum values the caller never sent. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

function withoutSuggestion(error: GraphQLError): GraphQLError {
  const message = error.message.replace(SUGGESTION, '');
  if (message === error.message) return error;
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

/**
 * Strips every suggestion from the final result, where validation errors (misspelt fields, arguments, types, enum
 * literals) and execution's variable coercion errors (misspelt enum values in variables) both arrive.
 */
export const useNoSuggestions = (): Plugin<Record<string, unknown>> => useMapErrors(withoutSuggestion);
