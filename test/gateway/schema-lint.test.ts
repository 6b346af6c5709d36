// The schema lint of issue 17, over the printed schema (schema.graphql, which schema-file.test.ts keeps equal to
// the code) and, for what the printed schema cannot show (which fields call an upstream), the built schema:
// every list of unbounded length is a connection, every entity implements Node, every upstream-backed field is
// nullable, no field takes two arguments of one input group flat, every type, field, argument and enum value
// has a description. An exception is named here with its reason, so a new one is a decision, not an accident.
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  type GraphQLField,
  type GraphQLNamedType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema as built } from '../../src/graph/index.js';

const printed = buildSchema(readFileSync('schema.graphql', 'utf8'));

const ownTypes = (schema = printed): GraphQLNamedType[] =>
  Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__') && !isSpecifiedScalarType(t));

const fieldsOf = (schema = printed) =>
  ownTypes(schema).flatMap((type) =>
    isObjectType(type) || isInterfaceType(type)
      ? Object.values(type.getFields()).map((field) => ({ type, field, at: `${type.name}.${field.name}` }))
      : [],
  );

const isList = (field: GraphQLField<unknown, unknown>) =>
  isListType(isNonNullType(field.type) ? field.type.ofType : field.type);

/** Lists whose length is bounded, with the bound: everything else that can be long is a connection. */
const BOUNDED_LISTS: Record<string, string> = {
  'BacklinkChange.redirectChain': 'the hops of one redirect chain',
  'BacklinkSummary.topAnchors': 'a top list of the summary',
  'BacklinkSummary.topAnchorsByRefDomains': 'a top list of the summary',
  'BacklinkSummary.topCountries': 'a top list of the summary',
  'BacklinkSummary.topPages': 'a top list of the summary',
  'BacklinkSummary.topPagesByRefDomains': 'a top list of the summary',
  'BacklinkSummary.topTlds': 'a top list of the summary',
  'CheckRequestPayload.results': 'one per pair sent, at most 200',
  'TrackKeywordsPayload.results': 'one per keyword sent',
  'UntrackKeywordsPayload.results': 'one per keyword sent',
  'DomainRankHistory.points': 'one per retained check, at most 30',
  'DomainStats.positions': 'the fixed bands of positions',
  'Engine.flux': '30 days or 48 hours',
  'Keyword.intents': 'the five intents at most',
  'Keyword.serpFeatures': 'the SERP feature enum',
  'Keyword.trend': '12 months',
  'RankingKeyword.intents': 'the five intents at most',
  'RankingKeyword.serpFeatures': 'the SERP feature enum',
  'Query.engines': 'the upstream catalog of about 335 engines, one cached read',
  'Query.keywords': 'one per keyword sent, at most 10,000 (mirrors the input)',
  'Query.targets': 'one per target sent (mirrors the input)',
  'Query.nodes': 'one per id sent (mirrors the input)',
  'Query.rankHistory': 'one per retained check, at most 30',
  'SerpMovement.dropped': 'the previous top 100',
  'SerpMovement.results': 'the top 100',
  'SerpResult.sitelinks': 'a handful under one result',
  'SerpSnapshot.results': 'the top 100 (`first` 1–100)',
  'Target.dailyChanges': 'one per day of a range SE Ranking keeps (about a year)',
  'TrackedKeyword.checks': 'one per retained check, at most 30',
  'TrackedKeyword.engines': 'the engines of one keyword',
  'TrackedPair.rankHistories': 'one per domain asked, at most 10',
};

/** Object types that are values of an entity or a row of a list, not entities of their own. */
const VALUE_TYPES: Record<string, string> = {
  Account: 'the singleton of both accounts',
  SerankingAccount: 'part of Account',
  SerpmetricsAccount: 'part of Account',
  Anchor: 'a row of Target.anchors',
  AnchorCount: 'a row of a top list',
  Authority: 'part of a Target',
  Backlink: 'a row of Target.backlinks (no upstream identity)',
  BacklinkChange: 'a row of Target.history',
  BacklinkSummary: 'part of a Target',
  DailyBacklinkChanges: 'a row of Target.dailyChanges',
  DomainCompetitor: 'the relation of two Domains (its `domain` is the entity)',
  DomainOverview: 'part of a Domain',
  DomainStats: 'part of a DomainOverview',
  DomainRankHistory: 'part of a TrackedPair',
  FluxPoint: 'a point of a series',
  ItemError: 'an error value',
  KeywordIdea: 'the relation of two Keywords (its `keyword` is the entity)',
  MonthlyVolume: 'a point of a series',
  PageCount: 'a row of a top list',
  PositionBucket: 'a row of DomainStats',
  RankPoint: 'a point of a series',
  RankingKeyword: 'the relation of a Domain and a Keyword (its `keyword` is the entity)',
  RefDomain: 'a row of Target.refDomains (its `target` is the entity)',
  SerpMovement: 'part of a SerpSnapshot',
  Sitelink: 'part of a SerpResult',
  UrlMovement: 'part of a SerpMovement',
  ValueCount: 'a row of a top list',
  CheckRequestResult: 'one item of a mutation payload',
  TrackKeywordResult: 'one item of a mutation payload',
  UntrackKeywordResult: 'one item of a mutation payload',
};

/** Fields of input groups: two of one group flat on one field should be one input object. */
const GROUPS: Record<string, readonly string[]> = {
  'keyword pair': ['keyword', 'engine', 'location', 'device'],
  range: ['from', 'to'],
};

/** Root fields answered locally, with no upstream behind them. */
const LOCAL_ROOTS = new Set(['Query.sandbox', 'Query.checkCost', 'Query.targets', 'Query.nodes']);

describe('schema lint', () => {
  it('every list of unbounded length is a connection', () => {
    const unbounded = fieldsOf()
      .filter(({ type, field, at }) => isList(field) && !/(Connection|Edge)$/.test(type.name) && !BOUNDED_LISTS[at])
      .map(({ at }) => at);
    expect(unbounded).toEqual([]);
    // Every bound named is still a list of the schema.
    const lists = new Set(fieldsOf().flatMap(({ field, at }) => (isList(field) ? [at] : [])));
    expect(Object.keys(BOUNDED_LISTS).filter((at) => !lists.has(at))).toEqual([]);
  });

  it('every connection has edges, nodes and pageInfo, and a bounded first with after', () => {
    for (const { field, at } of fieldsOf()) {
      const named = getNamedType(field.type);
      if (!named.name.endsWith('Connection') || !isObjectType(named)) continue;
      expect(Object.keys(named.getFields()), at).toEqual(expect.arrayContaining(['edges', 'nodes', 'pageInfo']));
      const first = field.args.find((a) => a.name === 'first');
      expect(first?.defaultValue, `${at}: first has a default`).toEqual(expect.any(Number));
      expect(first?.description, `${at}: first documents its maximum`).toMatch(/1–[\d,]+/);
      expect(
        field.args.map((a) => a.name),
        at,
      ).toContain('after');
    }
  });

  it('every entity implements Node', () => {
    const entities = ownTypes().filter(
      (t) =>
        isObjectType(t) &&
        !['Query', 'Mutation', 'Subscription', 'PageInfo'].includes(t.name) &&
        !/(Connection|Edge|Payload)$/.test(t.name) &&
        !VALUE_TYPES[t.name],
    );
    const withoutNode = entities.filter((t) => isObjectType(t) && !t.getInterfaces().some((i) => i.name === 'Node'));
    expect(withoutNode.map((t) => t.name)).toEqual([]);
    expect(entities.length).toBeGreaterThanOrEqual(9);
  });

  it('every upstream-backed field is nullable', () => {
    const nonNull = fieldsOf(built)
      .filter(({ type, field, at }) => {
        const priced = field.extensions?.price !== undefined;
        const root = (type.name === 'Query' && !LOCAL_ROOTS.has(at)) || type.name === 'Mutation';
        const connection = getNamedType(field.type).name.endsWith('Connection');
        return (priced || root || connection) && isNonNullType(field.type);
      })
      .map(({ at }) => at);
    expect(nonNull).toEqual([]);
  });

  it('no field takes two arguments of one input group flat', () => {
    const flat = fieldsOf().flatMap(({ field, at }) =>
      Object.entries(GROUPS).flatMap(([group, names]) => {
        const taken = names.filter((name) => field.args.some((a) => a.name === name));
        return taken.length >= 2 ? [`${at}: ${group} (${taken.join(', ')})`] : [];
      }),
    );
    expect(flat).toEqual([]);
  });

  it('every type, field, argument, input field and enum value has a description', () => {
    const missing: string[] = [];
    for (const type of ownTypes()) {
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
