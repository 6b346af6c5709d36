/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  DateTime: { input: string; output: string; }
};

export type BacklinkSummary = {
  __typename?: 'BacklinkSummary';
  backlinks: Scalars['Float']['output'];
  domainInlinkRank?: Maybe<Scalars['Int']['output']>;
  inlinkRank?: Maybe<Scalars['Int']['output']>;
  refDomains: Scalars['Int']['output'];
};

export type CheckRequest = {
  __typename?: 'CheckRequest';
  id: Scalars['ID']['output'];
};

export type CheckRequestPayload = {
  __typename?: 'CheckRequestPayload';
  credits: Scalars['Int']['output'];
  results: Array<CheckRequestResult>;
};

export type CheckRequestResult = {
  __typename?: 'CheckRequestResult';
  engine: Engine;
  error?: Maybe<ItemError>;
  keyword: Scalars['String']['output'];
  request?: Maybe<CheckRequest>;
};

export type Device =
  | 'DESKTOP'
  | 'MOBILE'
  | 'TABLET';

export type Engine = {
  __typename?: 'Engine';
  code: Scalars['String']['output'];
  flux: Array<FluxPoint>;
  name: Scalars['String']['output'];
};


export type EngineFluxArgs = {
  period?: InputMaybe<FluxPeriod>;
};

export type ErrorCode =
  | 'NOT_FOUND'
  | 'PENDING'
  | 'UPSTREAM_UNAVAILABLE';

export type FluxPeriod =
  | 'DAILY'
  | 'HOURLY';

export type FluxPoint = {
  __typename?: 'FluxPoint';
  at: Scalars['DateTime']['output'];
  value: Scalars['Int']['output'];
};

export type ItemError = {
  __typename?: 'ItemError';
  code: ErrorCode;
  httpStatus?: Maybe<Scalars['Int']['output']>;
  message: Scalars['String']['output'];
  retryAfter?: Maybe<Scalars['Int']['output']>;
  retryable: Scalars['Boolean']['output'];
  upstream?: Maybe<Scalars['String']['output']>;
};

export type Keyword = {
  __typename?: 'Keyword';
  ranking?: Maybe<Array<RankPoint>>;
  text: Scalars['String']['output'];
};


export type KeywordRankingArgs = {
  domain: Scalars['String']['input'];
  engine: Scalars['String']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  requestPriorityCheck: CheckRequestPayload;
};


export type MutationRequestPriorityCheckArgs = {
  device?: InputMaybe<Device>;
  engines: Array<Scalars['String']['input']>;
  keywords: Array<Scalars['String']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  __typename?: 'Query';
  engine?: Maybe<Engine>;
  engines: Array<Engine>;
  keyword?: Maybe<Keyword>;
  sandbox: Scalars['Boolean']['output'];
  serp?: Maybe<SerpSnapshot>;
  trackedKeywords: Array<TrackedKeyword>;
};


export type QueryEngineArgs = {
  code: Scalars['String']['input'];
};


export type QueryKeywordArgs = {
  database: RegionalDatabase;
  text: Scalars['String']['input'];
};


export type QuerySerpArgs = {
  device?: InputMaybe<Device>;
  engine: Scalars['String']['input'];
  keyword: Scalars['String']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
};

export type RankPoint = {
  __typename?: 'RankPoint';
  checkId: Scalars['String']['output'];
  checkedAt: Scalars['DateTime']['output'];
  position?: Maybe<Scalars['Int']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};

export type RegionalDatabase =
  | 'UK'
  | 'US';

export type SerpResult = {
  __typename?: 'SerpResult';
  domain: Scalars['String']['output'];
  host: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  target?: Maybe<Target>;
  title: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type SerpSnapshot = {
  __typename?: 'SerpSnapshot';
  checkId: Scalars['String']['output'];
  checkedAt: Scalars['DateTime']['output'];
  device: Device;
  engine: Engine;
  keyword: Scalars['String']['output'];
  location?: Maybe<Scalars['String']['output']>;
  results: Array<SerpResult>;
};


export type SerpSnapshotResultsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  serpUpdated: SerpSnapshot;
};


export type SubscriptionSerpUpdatedArgs = {
  device?: InputMaybe<Device>;
  engine: Scalars['String']['input'];
  keyword: Scalars['String']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
};

export type Target = {
  __typename?: 'Target';
  backlinkSummary?: Maybe<BacklinkSummary>;
  target: Scalars['String']['output'];
};

export type TargetMode =
  | 'DOMAIN'
  | 'HOST'
  | 'URL';

export type TrackedKeyword = {
  __typename?: 'TrackedKeyword';
  device: Device;
  engines: Array<Engine>;
  id: Scalars['ID']['output'];
  keyword: Scalars['String']['output'];
  location?: Maybe<Scalars['String']['output']>;
};

export type DashboardRankHistoryQueryVariables = Exact<{
  keyword: Scalars['String']['input'];
  engine: Scalars['String']['input'];
  domain: Scalars['String']['input'];
}>;


export type DashboardRankHistoryQuery = { __typename?: 'Query', keyword?: { __typename?: 'Keyword', ranking?: Array<{ __typename?: 'RankPoint', checkedAt: string, position?: number | null }> | null } | null };

export type DashboardFluxQueryVariables = Exact<{
  engine: Scalars['String']['input'];
}>;


export type DashboardFluxQuery = { __typename?: 'Query', engine?: { __typename?: 'Engine', code: string, flux: Array<{ __typename?: 'FluxPoint', at: string, value: number }> } | null };

export type DashboardSerpUpdatedSubscriptionVariables = Exact<{
  keyword: Scalars['String']['input'];
  engine: Scalars['String']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  device?: InputMaybe<Device>;
}>;


export type DashboardSerpUpdatedSubscription = { __typename?: 'Subscription', serpUpdated: { __typename?: 'SerpSnapshot', checkId: string, checkedAt: string, results: Array<{ __typename?: 'SerpResult', position: number, url: string, host: string, domain: string, target?: { __typename?: 'Target', backlinkSummary?: { __typename?: 'BacklinkSummary', inlinkRank?: number | null, domainInlinkRank?: number | null, backlinks: number, refDomains: number } | null } | null }> } };

export type DashboardRequestPriorityCheckMutationVariables = Exact<{
  keyword: Scalars['String']['input'];
  engine: Scalars['String']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  device?: InputMaybe<Device>;
}>;


export type DashboardRequestPriorityCheckMutation = { __typename?: 'Mutation', requestPriorityCheck: { __typename?: 'CheckRequestPayload', credits: number, results: Array<{ __typename?: 'CheckRequestResult', request?: { __typename?: 'CheckRequest', id: string } | null, error?: { __typename?: 'ItemError', code: ErrorCode, message: string, upstream?: string | null, retryAfter?: number | null } | null }> } };

export type DashboardTop100QueryVariables = Exact<{
  keyword: Scalars['String']['input'];
  engine: Scalars['String']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  device?: InputMaybe<Device>;
}>;


export type DashboardTop100Query = { __typename?: 'Query', serp?: { __typename?: 'SerpSnapshot', checkId: string, checkedAt: string, results: Array<{ __typename?: 'SerpResult', position: number, url: string, host: string, domain: string, target?: { __typename?: 'Target', backlinkSummary?: { __typename?: 'BacklinkSummary', inlinkRank?: number | null, domainInlinkRank?: number | null, backlinks: number, refDomains: number } | null } | null }> } | null };

export type DashboardSnapshotFragment = { __typename?: 'SerpSnapshot', checkId: string, checkedAt: string, results: Array<{ __typename?: 'SerpResult', position: number, url: string, host: string, domain: string, target?: { __typename?: 'Target', backlinkSummary?: { __typename?: 'BacklinkSummary', inlinkRank?: number | null, domainInlinkRank?: number | null, backlinks: number, refDomains: number } | null } | null }> };

export type DashboardTrackedKeywordsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardTrackedKeywordsQuery = { __typename?: 'Query', sandbox: boolean, trackedKeywords: Array<{ __typename?: 'TrackedKeyword', id: string, keyword: string, location?: string | null, device: Device, engines: Array<{ __typename?: 'Engine', code: string, name: string }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DashboardSnapshotFragmentDoc = new TypedDocumentString(`
    fragment DashboardSnapshot on SerpSnapshot {
  checkId
  checkedAt
  results(first: 100) {
    position
    url
    host
    domain
    target {
      backlinkSummary {
        inlinkRank
        domainInlinkRank
        backlinks
        refDomains
      }
    }
  }
}
    `, {"fragmentName":"DashboardSnapshot"}) as unknown as TypedDocumentString<DashboardSnapshotFragment, unknown>;
export const DashboardRankHistoryDocument = new TypedDocumentString(`
    query DashboardRankHistory($keyword: String!, $engine: String!, $domain: String!) {
  keyword(text: $keyword, database: US) {
    ranking(engine: $engine, domain: $domain, last: 30) {
      checkedAt
      position
    }
  }
}
    `, {"hash":"a87bbbf82ca68b4c3666c6ab7017bd13e3ad615204e8b44ace71dc1a7ab08f72"}) as unknown as TypedDocumentString<DashboardRankHistoryQuery, DashboardRankHistoryQueryVariables>;
export const DashboardFluxDocument = new TypedDocumentString(`
    query DashboardFlux($engine: String!) {
  engine(code: $engine) {
    code
    flux(period: DAILY) {
      at
      value
    }
  }
}
    `, {"hash":"4b216090f38b94d3d57642babb875d3fb167184f5e440f3292396ca4cefabed9"}) as unknown as TypedDocumentString<DashboardFluxQuery, DashboardFluxQueryVariables>;
export const DashboardSerpUpdatedDocument = new TypedDocumentString(`
    subscription DashboardSerpUpdated($keyword: String!, $engine: String!, $location: String, $device: Device) {
  serpUpdated(
    keyword: $keyword
    engine: $engine
    location: $location
    device: $device
  ) {
    ...DashboardSnapshot
  }
}
    fragment DashboardSnapshot on SerpSnapshot {
  checkId
  checkedAt
  results(first: 100) {
    position
    url
    host
    domain
    target {
      backlinkSummary {
        inlinkRank
        domainInlinkRank
        backlinks
        refDomains
      }
    }
  }
}`, {"hash":"07694224b0b8cdf595562c1c12f3dd3d497d07bf29dd4807a001bdde871594aa"}) as unknown as TypedDocumentString<DashboardSerpUpdatedSubscription, DashboardSerpUpdatedSubscriptionVariables>;
export const DashboardRequestPriorityCheckDocument = new TypedDocumentString(`
    mutation DashboardRequestPriorityCheck($keyword: String!, $engine: String!, $location: String, $device: Device) {
  requestPriorityCheck(
    keywords: [$keyword]
    engines: [$engine]
    location: $location
    device: $device
  ) {
    credits
    results {
      request {
        id
      }
      error {
        code
        message
        upstream
        retryAfter
      }
    }
  }
}
    `, {"hash":"ada4119dd189b5cd2906580e6b719087b371bb3fe0fbd1f8155f87752d1e2e0a"}) as unknown as TypedDocumentString<DashboardRequestPriorityCheckMutation, DashboardRequestPriorityCheckMutationVariables>;
export const DashboardTop100Document = new TypedDocumentString(`
    query DashboardTop100($keyword: String!, $engine: String!, $location: String, $device: Device) {
  serp(keyword: $keyword, engine: $engine, location: $location, device: $device) {
    ...DashboardSnapshot
  }
}
    fragment DashboardSnapshot on SerpSnapshot {
  checkId
  checkedAt
  results(first: 100) {
    position
    url
    host
    domain
    target {
      backlinkSummary {
        inlinkRank
        domainInlinkRank
        backlinks
        refDomains
      }
    }
  }
}`, {"hash":"752a5cf7e6114e8193290137568ad9ad17adb5f6fdaee9eead0f861e2df12e83"}) as unknown as TypedDocumentString<DashboardTop100Query, DashboardTop100QueryVariables>;
export const DashboardTrackedKeywordsDocument = new TypedDocumentString(`
    query DashboardTrackedKeywords {
  sandbox
  trackedKeywords {
    id
    keyword
    location
    device
    engines {
      code
      name
    }
  }
}
    `, {"hash":"6095398d53e64edba58f4dae53212a6ab64ef48988fe4231f6d3b75a92bed018"}) as unknown as TypedDocumentString<DashboardTrackedKeywordsQuery, DashboardTrackedKeywordsQueryVariables>;