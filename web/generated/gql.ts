/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query DashboardRankHistory($keyword: String!, $engine: String!, $location: String, $device: Device, $domain: String!) {\n  rankHistory(\n    keyword: $keyword\n    engine: $engine\n    location: $location\n    device: $device\n    domain: $domain\n    last: 30\n  ) {\n    checkedAt\n    position\n  }\n}\n\nquery DashboardFlux($engine: String!) {\n  engine(code: $engine) {\n    code\n    flux(period: DAILY) {\n      at\n      value\n    }\n  }\n}": typeof types.DashboardRankHistoryDocument,
    "subscription DashboardSerpUpdated($keyword: String!, $engine: String!, $location: String, $device: Device) {\n  serpUpdated(\n    keyword: $keyword\n    engine: $engine\n    location: $location\n    device: $device\n  ) {\n    ...DashboardSnapshot\n  }\n}\n\nmutation DashboardRequestPriorityCheck($keyword: String!, $engine: String!, $location: String, $device: Device) {\n  requestPriorityCheck(\n    keywords: [$keyword]\n    engines: [$engine]\n    location: $location\n    device: $device\n  ) {\n    credits\n    results {\n      request {\n        id\n      }\n      error {\n        code\n        message\n        upstream\n        retryAfter\n      }\n    }\n  }\n}": typeof types.DashboardSerpUpdatedDocument,
    "query DashboardTop100($keyword: String!, $engine: String!, $location: String, $device: Device) {\n  serp(keyword: $keyword, engine: $engine, location: $location, device: $device) {\n    ...DashboardSnapshot\n  }\n}\n\nfragment DashboardSnapshot on SerpSnapshot {\n  checkId\n  checkedAt\n  results(first: 100) {\n    position\n    url\n    host\n    domain\n    target {\n      backlinkSummary {\n        inlinkRank\n        domainInlinkRank\n        backlinks\n        refDomains\n      }\n    }\n  }\n}": typeof types.DashboardTop100Document,
    "query DashboardTrackedKeywords {\n  sandbox\n  priorityCheckCost: checkCost(queue: PRIORITY, pairs: 1)\n  trackedKeywords {\n    id\n    keyword\n    location\n    device\n    engines {\n      code\n      name\n    }\n  }\n}": typeof types.DashboardTrackedKeywordsDocument,
};
const documents: Documents = {
    "query DashboardRankHistory($keyword: String!, $engine: String!, $location: String, $device: Device, $domain: String!) {\n  rankHistory(\n    keyword: $keyword\n    engine: $engine\n    location: $location\n    device: $device\n    domain: $domain\n    last: 30\n  ) {\n    checkedAt\n    position\n  }\n}\n\nquery DashboardFlux($engine: String!) {\n  engine(code: $engine) {\n    code\n    flux(period: DAILY) {\n      at\n      value\n    }\n  }\n}": types.DashboardRankHistoryDocument,
    "subscription DashboardSerpUpdated($keyword: String!, $engine: String!, $location: String, $device: Device) {\n  serpUpdated(\n    keyword: $keyword\n    engine: $engine\n    location: $location\n    device: $device\n  ) {\n    ...DashboardSnapshot\n  }\n}\n\nmutation DashboardRequestPriorityCheck($keyword: String!, $engine: String!, $location: String, $device: Device) {\n  requestPriorityCheck(\n    keywords: [$keyword]\n    engines: [$engine]\n    location: $location\n    device: $device\n  ) {\n    credits\n    results {\n      request {\n        id\n      }\n      error {\n        code\n        message\n        upstream\n        retryAfter\n      }\n    }\n  }\n}": types.DashboardSerpUpdatedDocument,
    "query DashboardTop100($keyword: String!, $engine: String!, $location: String, $device: Device) {\n  serp(keyword: $keyword, engine: $engine, location: $location, device: $device) {\n    ...DashboardSnapshot\n  }\n}\n\nfragment DashboardSnapshot on SerpSnapshot {\n  checkId\n  checkedAt\n  results(first: 100) {\n    position\n    url\n    host\n    domain\n    target {\n      backlinkSummary {\n        inlinkRank\n        domainInlinkRank\n        backlinks\n        refDomains\n      }\n    }\n  }\n}": types.DashboardTop100Document,
    "query DashboardTrackedKeywords {\n  sandbox\n  priorityCheckCost: checkCost(queue: PRIORITY, pairs: 1)\n  trackedKeywords {\n    id\n    keyword\n    location\n    device\n    engines {\n      code\n      name\n    }\n  }\n}": types.DashboardTrackedKeywordsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardRankHistory($keyword: String!, $engine: String!, $location: String, $device: Device, $domain: String!) {\n  rankHistory(\n    keyword: $keyword\n    engine: $engine\n    location: $location\n    device: $device\n    domain: $domain\n    last: 30\n  ) {\n    checkedAt\n    position\n  }\n}\n\nquery DashboardFlux($engine: String!) {\n  engine(code: $engine) {\n    code\n    flux(period: DAILY) {\n      at\n      value\n    }\n  }\n}"): typeof import('./graphql.js').DashboardRankHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DashboardSerpUpdated($keyword: String!, $engine: String!, $location: String, $device: Device) {\n  serpUpdated(\n    keyword: $keyword\n    engine: $engine\n    location: $location\n    device: $device\n  ) {\n    ...DashboardSnapshot\n  }\n}\n\nmutation DashboardRequestPriorityCheck($keyword: String!, $engine: String!, $location: String, $device: Device) {\n  requestPriorityCheck(\n    keywords: [$keyword]\n    engines: [$engine]\n    location: $location\n    device: $device\n  ) {\n    credits\n    results {\n      request {\n        id\n      }\n      error {\n        code\n        message\n        upstream\n        retryAfter\n      }\n    }\n  }\n}"): typeof import('./graphql.js').DashboardSerpUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardTop100($keyword: String!, $engine: String!, $location: String, $device: Device) {\n  serp(keyword: $keyword, engine: $engine, location: $location, device: $device) {\n    ...DashboardSnapshot\n  }\n}\n\nfragment DashboardSnapshot on SerpSnapshot {\n  checkId\n  checkedAt\n  results(first: 100) {\n    position\n    url\n    host\n    domain\n    target {\n      backlinkSummary {\n        inlinkRank\n        domainInlinkRank\n        backlinks\n        refDomains\n      }\n    }\n  }\n}"): typeof import('./graphql.js').DashboardTop100Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardTrackedKeywords {\n  sandbox\n  priorityCheckCost: checkCost(queue: PRIORITY, pairs: 1)\n  trackedKeywords {\n    id\n    keyword\n    location\n    device\n    engines {\n      code\n      name\n    }\n  }\n}"): typeof import('./graphql.js').DashboardTrackedKeywordsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
