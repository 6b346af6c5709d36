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
    "query DashboardKeyword($keyword: String!, $engine: String!, $location: String, $device: Device) {\n  serp(\n    pair: {keyword: $keyword, engine: $engine, location: $location, device: $device}\n  ) {\n    ...DashboardSnapshot\n  }\n  engine(code: $engine) {\n    code\n    flux(period: DAILY) {\n      at\n      value\n    }\n  }\n}\n\nfragment DashboardSnapshot on SerpSnapshot {\n  keyword\n  location\n  device\n  engine {\n    code\n  }\n  checkId\n  checkedAt\n  queue\n  movement {\n    flux\n    results {\n      url\n      change\n      previousPosition\n    }\n    dropped {\n      url\n      previousPosition\n    }\n  }\n  results(first: 100) {\n    position\n    url\n    host\n    domain\n    target {\n      backlinkSummary {\n        inlinkRank\n        domainInlinkRank\n        backlinks\n        refDomains\n      }\n    }\n  }\n}": typeof types.DashboardKeywordDocument,
    "subscription DashboardTrackedSerpUpdated {\n  trackedSerpUpdated {\n    ...DashboardSnapshot\n  }\n}\n\nmutation DashboardRequestPriorityCheck($keyword: String!, $engine: String!, $location: String, $device: Device) {\n  requestPriorityCheck(\n    input: {keywords: [$keyword], engines: [$engine], location: $location, device: $device}\n  ) {\n    credits\n    results {\n      request {\n        requestId\n      }\n      error {\n        code\n        message\n        upstream\n        retryAfter\n      }\n    }\n  }\n}": typeof types.DashboardTrackedSerpUpdatedDocument,
    "query DashboardRankTable($domains: [String!]!, $after: String) {\n  sandbox\n  priorityCheckCost: checkCost(queue: PRIORITY, pairs: 1)\n  trackedPairs(after: $after, first: 3) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      keyword\n      location\n      device\n      engine {\n        code\n        name\n      }\n      database\n      metrics {\n        volume\n        difficulty\n        serpFeatures\n      }\n      rankHistories(domains: $domains, last: 30) {\n        domain\n        points {\n          checkedAt\n          position\n          url\n        }\n      }\n    }\n  }\n}": typeof types.DashboardRankTableDocument,
};
const documents: Documents = {
    "query DashboardKeyword($keyword: String!, $engine: String!, $location: String, $device: Device) {\n  serp(\n    pair: {keyword: $keyword, engine: $engine, location: $location, device: $device}\n  ) {\n    ...DashboardSnapshot\n  }\n  engine(code: $engine) {\n    code\n    flux(period: DAILY) {\n      at\n      value\n    }\n  }\n}\n\nfragment DashboardSnapshot on SerpSnapshot {\n  keyword\n  location\n  device\n  engine {\n    code\n  }\n  checkId\n  checkedAt\n  queue\n  movement {\n    flux\n    results {\n      url\n      change\n      previousPosition\n    }\n    dropped {\n      url\n      previousPosition\n    }\n  }\n  results(first: 100) {\n    position\n    url\n    host\n    domain\n    target {\n      backlinkSummary {\n        inlinkRank\n        domainInlinkRank\n        backlinks\n        refDomains\n      }\n    }\n  }\n}": types.DashboardKeywordDocument,
    "subscription DashboardTrackedSerpUpdated {\n  trackedSerpUpdated {\n    ...DashboardSnapshot\n  }\n}\n\nmutation DashboardRequestPriorityCheck($keyword: String!, $engine: String!, $location: String, $device: Device) {\n  requestPriorityCheck(\n    input: {keywords: [$keyword], engines: [$engine], location: $location, device: $device}\n  ) {\n    credits\n    results {\n      request {\n        requestId\n      }\n      error {\n        code\n        message\n        upstream\n        retryAfter\n      }\n    }\n  }\n}": types.DashboardTrackedSerpUpdatedDocument,
    "query DashboardRankTable($domains: [String!]!, $after: String) {\n  sandbox\n  priorityCheckCost: checkCost(queue: PRIORITY, pairs: 1)\n  trackedPairs(after: $after, first: 3) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      keyword\n      location\n      device\n      engine {\n        code\n        name\n      }\n      database\n      metrics {\n        volume\n        difficulty\n        serpFeatures\n      }\n      rankHistories(domains: $domains, last: 30) {\n        domain\n        points {\n          checkedAt\n          position\n          url\n        }\n      }\n    }\n  }\n}": types.DashboardRankTableDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardKeyword($keyword: String!, $engine: String!, $location: String, $device: Device) {\n  serp(\n    pair: {keyword: $keyword, engine: $engine, location: $location, device: $device}\n  ) {\n    ...DashboardSnapshot\n  }\n  engine(code: $engine) {\n    code\n    flux(period: DAILY) {\n      at\n      value\n    }\n  }\n}\n\nfragment DashboardSnapshot on SerpSnapshot {\n  keyword\n  location\n  device\n  engine {\n    code\n  }\n  checkId\n  checkedAt\n  queue\n  movement {\n    flux\n    results {\n      url\n      change\n      previousPosition\n    }\n    dropped {\n      url\n      previousPosition\n    }\n  }\n  results(first: 100) {\n    position\n    url\n    host\n    domain\n    target {\n      backlinkSummary {\n        inlinkRank\n        domainInlinkRank\n        backlinks\n        refDomains\n      }\n    }\n  }\n}"): typeof import('./graphql.js').DashboardKeywordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DashboardTrackedSerpUpdated {\n  trackedSerpUpdated {\n    ...DashboardSnapshot\n  }\n}\n\nmutation DashboardRequestPriorityCheck($keyword: String!, $engine: String!, $location: String, $device: Device) {\n  requestPriorityCheck(\n    input: {keywords: [$keyword], engines: [$engine], location: $location, device: $device}\n  ) {\n    credits\n    results {\n      request {\n        requestId\n      }\n      error {\n        code\n        message\n        upstream\n        retryAfter\n      }\n    }\n  }\n}"): typeof import('./graphql.js').DashboardTrackedSerpUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardRankTable($domains: [String!]!, $after: String) {\n  sandbox\n  priorityCheckCost: checkCost(queue: PRIORITY, pairs: 1)\n  trackedPairs(after: $after, first: 3) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      keyword\n      location\n      device\n      engine {\n        code\n        name\n      }\n      database\n      metrics {\n        volume\n        difficulty\n        serpFeatures\n      }\n      rankHistories(domains: $domains, last: 30) {\n        domain\n        points {\n          checkedAt\n          position\n          url\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').DashboardRankTableDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
