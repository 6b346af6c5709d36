// Global object identification over real HTTP (issue 17): every entity type's `id` reads the same entity back
// through `node(id:)` and `nodes(ids:)`, and nodes of one kind load through the same batched loaders.
import { describe, expect, it } from 'vitest';
import type { TestGateway } from '../support/gateway.js';
import { useTestGateway } from './support.js';

let gw: TestGateway;
useTestGateway((started) => {
  gw = started;
});

interface WithId {
  id: string;
}

const ENTITIES = /* GraphQL */ `
  {
    target(target: "seranking.com") { id address }
    keyword(text: "running shoes", database: US) { id text }
    domain(domain: "seranking.com", database: US) { id name }
    engine(code: "google_en-us") { id code }
    trackedKeywords { nodes { id keyword } }
    trackedPairs { nodes { id keyword } }
    serp(pair: { keyword: "running shoes", engine: "google_en-us" }) { id checkId results(first: 2) { id url } }
  }
`;

const REQUEST = /* GraphQL */ `
  mutation { requestPriorityCheck(input: { keywords: ["node test"], engines: ["google_en-us"] }) { results { request { id requestId } } } }
`;

/** What identifies each type in the answers, to compare the entity read back with the one first returned. */
const NODE = /* GraphQL */ `
  query ($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Target { address }
      ... on Keyword { text }
      ... on Domain { name }
      ... on Engine { code }
      ... on TrackedKeyword { keyword }
      ... on TrackedPair { keyword }
      ... on SerpSnapshot { checkId }
      ... on SerpResult { url }
      ... on CheckRequest { requestId }
    }
  }
`;

interface Entities {
  target: WithId & { address: string };
  keyword: WithId & { text: string };
  domain: WithId & { name: string };
  engine: WithId & { code: string };
  trackedKeywords: { nodes: Array<WithId & { keyword: string }> };
  trackedPairs: { nodes: Array<WithId & { keyword: string }> };
  serp: WithId & { checkId: string; results: Array<WithId & { url: string }> };
}

describe('node(id:)', () => {
  it('round-trips every entity type', async () => {
    const { data, errors } = await gw.post<Entities>(ENTITIES);
    expect(errors).toBeUndefined();
    const request = await gw.post<{
      requestPriorityCheck: { results: Array<{ request: WithId & { requestId: string } }> };
    }>(REQUEST);
    const check = request.data?.requestPriorityCheck.results[0]?.request;
    if (!data || !check) throw new Error('the entities were not returned');
    const [pair] = data.trackedPairs.nodes;
    const [tracked] = data.trackedKeywords.nodes;
    const [result] = data.serp.results;
    if (!pair || !tracked || !result) throw new Error('no tracked pair or SERP result');
    const expected: Array<[string, { id: string } & Record<string, unknown>]> = [
      ['Target', { id: data.target.id, address: data.target.address }],
      ['Keyword', { id: data.keyword.id, text: data.keyword.text }],
      ['Domain', { id: data.domain.id, name: data.domain.name }],
      ['Engine', { id: data.engine.id, code: data.engine.code }],
      ['TrackedKeyword', { id: tracked.id, keyword: tracked.keyword }],
      ['TrackedPair', { id: pair.id, keyword: pair.keyword }],
      ['SerpSnapshot', { id: data.serp.id, checkId: data.serp.checkId }],
      ['SerpResult', { id: result.id, url: result.url }],
      ['CheckRequest', { id: check.id, requestId: check.requestId }],
    ];
    // Ids are opaque and distinct across types.
    expect(new Set(expected.map(([, e]) => e.id)).size).toBe(expected.length);
    for (const [typename, entity] of expected) {
      const answer = await gw.post<{ node: Record<string, unknown> }, { id: string }>(NODE, { id: entity.id });
      expect(answer.errors, typename).toBeUndefined();
      expect(answer.data?.node).toEqual({ __typename: typename, ...entity });
    }
    const all = await gw.post<{ nodes: Array<{ id: string } | null> }, { ids: string[] }>(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      { ids: expected.map(([, e]) => e.id) },
    );
    expect(all.data?.nodes).toEqual(expected.map(([, e]) => ({ id: e.id })));
  });

  it('reads the targets of nodes(ids:) in one batched upstream call', async () => {
    const targets = await gw.post<{ targets: WithId[] }>(
      '{ targets(targets: ["seranking.com", "nike.com", "adidas.com"]) { id } }',
    );
    const ids = targets.data?.targets.map((t) => t.id) ?? [];
    expect(ids).toHaveLength(3);
    await gw.sandbox.seranking.admin.reset();
    gw.gateway.cache.clear();
    const answer = await gw.post<{ nodes: Array<{ backlinkSummary: { backlinks: number } }> }, { ids: string[] }>(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Target { backlinkSummary { backlinks } } } }',
      { ids },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.nodes).toHaveLength(3);
    expect(await gw.sandbox.seranking.admin.total()).toBe(1);
  });

  it('answers BAD_USER_INPUT for a string that is no id, and a null node beside the others', async () => {
    const bad = await gw.post<{ node: unknown }>('{ node(id: "not-an-id") { id } }');
    expect(bad.data?.node).toBeNull();
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const forged = Buffer.from('Target:["host","not a host"]').toString('base64');
    const engine = await gw.post<{ engine: WithId }>('{ engine(code: "google_en-us") { id } }');
    const mixed = await gw.post<{ nodes: Array<WithId | null> }, { ids: string[] }>(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      {
        ids: [forged, engine.data?.engine.id ?? ''],
      },
    );
    expect(mixed.data?.nodes).toEqual([null, { id: engine.data?.engine.id }]);
    expect(mixed.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['nodes', 0], 'INVALID_TARGET']]);
  });
});
