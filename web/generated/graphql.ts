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

export type Device =
  | 'DESKTOP'
  | 'MOBILE';

export type Engine = {
  __typename?: 'Engine';
  code: Scalars['String']['output'];
  flux?: Maybe<Array<FluxPoint>>;
  name: Scalars['String']['output'];
};


export type EngineFluxArgs = {
  period?: InputMaybe<FluxPeriod>;
};

export type FluxPeriod =
  | 'DAILY'
  | 'HOURLY';

export type FluxPoint = {
  __typename?: 'FluxPoint';
  at: Scalars['DateTime']['output'];
  flux: Scalars['Int']['output'];
};

export type Keyword = {
  __typename?: 'Keyword';
  ranking?: Maybe<Array<RankPoint>>;
  text: Scalars['String']['output'];
};


export type KeywordRankingArgs = {
  domain: Scalars['String']['input'];
  engine: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  requestPriorityCheck: Array<PriorityCheck>;
};


export type MutationRequestPriorityCheckArgs = {
  device?: InputMaybe<Device>;
  engines: Array<Scalars['String']['input']>;
  keyword: Scalars['String']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
};

export type PriorityCheck = {
  __typename?: 'PriorityCheck';
  engine: Engine;
  id: Scalars['ID']['output'];
  keyword: Scalars['String']['output'];
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
  engine: Scalars['String']['input'];
  keyword: Scalars['String']['input'];
};

export type RankPoint = {
  __typename?: 'RankPoint';
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
  title?: Maybe<Scalars['String']['output']>;
  url: Scalars['String']['output'];
};

export type SerpSnapshot = {
  __typename?: 'SerpSnapshot';
  checkId: Scalars['ID']['output'];
  checkedAt: Scalars['DateTime']['output'];
  engine: Engine;
  keyword: Scalars['String']['output'];
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
  engine: Scalars['String']['input'];
  keyword: Scalars['String']['input'];
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
  device?: Maybe<Device>;
  engines: Array<Engine>;
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


export type DashboardFluxQuery = { __typename?: 'Query', engine?: { __typename?: 'Engine', code: string, flux?: Array<{ __typename?: 'FluxPoint', at: string, flux: number }> | null } | null };

export type DashboardSerpUpdatedSubscriptionVariables = Exact<{
  keyword: Scalars['String']['input'];
  engine: Scalars['String']['input'];
}>;


export type DashboardSerpUpdatedSubscription = { __typename?: 'Subscription', serpUpdated: { __typename?: 'SerpSnapshot', checkedAt: string, results: Array<{ __typename?: 'SerpResult', position: number, url: string, host: string, target?: { __typename?: 'Target', backlinkSummary?: { __typename?: 'BacklinkSummary', inlinkRank?: number | null, domainInlinkRank?: number | null, backlinks: number, refDomains: number } | null } | null }> } };

export type DashboardRequestPriorityCheckMutationVariables = Exact<{
  keyword: Scalars['String']['input'];
  engines: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type DashboardRequestPriorityCheckMutation = { __typename?: 'Mutation', requestPriorityCheck: Array<{ __typename?: 'PriorityCheck', id: string }> };

export type DashboardTop100QueryVariables = Exact<{
  keyword: Scalars['String']['input'];
  engine: Scalars['String']['input'];
}>;


export type DashboardTop100Query = { __typename?: 'Query', serp?: { __typename?: 'SerpSnapshot', checkedAt: string, results: Array<{ __typename?: 'SerpResult', position: number, url: string, host: string, target?: { __typename?: 'Target', backlinkSummary?: { __typename?: 'BacklinkSummary', inlinkRank?: number | null, domainInlinkRank?: number | null, backlinks: number, refDomains: number } | null } | null }> } | null };

export type DashboardSnapshotFragment = { __typename?: 'SerpSnapshot', checkedAt: string, results: Array<{ __typename?: 'SerpResult', position: number, url: string, host: string, target?: { __typename?: 'Target', backlinkSummary?: { __typename?: 'BacklinkSummary', inlinkRank?: number | null, domainInlinkRank?: number | null, backlinks: number, refDomains: number } | null } | null }> };

export type DashboardTrackedKeywordsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardTrackedKeywordsQuery = { __typename?: 'Query', sandbox: boolean, trackedKeywords: Array<{ __typename?: 'TrackedKeyword', keyword: string, location?: string | null, device?: Device | null, engines: Array<{ __typename?: 'Engine', code: string, name: string }> }> };

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
  checkedAt
  results(first: 100) {
    position
    url
    host
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
    ranking(engine: $engine, domain: $domain) {
      checkedAt
      position
    }
  }
}
    `, {"hash":"769da7610a011b36afea5236875fa84009b23a13938e2130d22a3f3af5eb5d49"}) as unknown as TypedDocumentString<DashboardRankHistoryQuery, DashboardRankHistoryQueryVariables>;
export const DashboardFluxDocument = new TypedDocumentString(`
    query DashboardFlux($engine: String!) {
  engine(code: $engine) {
    code
    flux(period: DAILY) {
      at
      flux
    }
  }
}
    `, {"hash":"75f527a4439514d2ccd2d10d8536947817d05e7c84f9d4047de94406aa1d8990"}) as unknown as TypedDocumentString<DashboardFluxQuery, DashboardFluxQueryVariables>;
export const DashboardSerpUpdatedDocument = new TypedDocumentString(`
    subscription DashboardSerpUpdated($keyword: String!, $engine: String!) {
  serpUpdated(keyword: $keyword, engine: $engine) {
    ...DashboardSnapshot
  }
}
    fragment DashboardSnapshot on SerpSnapshot {
  checkedAt
  results(first: 100) {
    position
    url
    host
    target {
      backlinkSummary {
        inlinkRank
        domainInlinkRank
        backlinks
        refDomains
      }
    }
  }
}`, {"hash":"0df6d3b1ba2cae8a69dc17966c9a8608c718313a329180e9c31fcde0e5b5e06a"}) as unknown as TypedDocumentString<DashboardSerpUpdatedSubscription, DashboardSerpUpdatedSubscriptionVariables>;
export const DashboardRequestPriorityCheckDocument = new TypedDocumentString(`
    mutation DashboardRequestPriorityCheck($keyword: String!, $engines: [String!]!) {
  requestPriorityCheck(keyword: $keyword, engines: $engines) {
    id
  }
}
    `, {"hash":"1cee54ff4921571478f423b9f0573905f95ba6cceb3bcbeffefcc73d4ee739ec"}) as unknown as TypedDocumentString<DashboardRequestPriorityCheckMutation, DashboardRequestPriorityCheckMutationVariables>;
export const DashboardTop100Document = new TypedDocumentString(`
    query DashboardTop100($keyword: String!, $engine: String!) {
  serp(keyword: $keyword, engine: $engine) {
    ...DashboardSnapshot
  }
}
    fragment DashboardSnapshot on SerpSnapshot {
  checkedAt
  results(first: 100) {
    position
    url
    host
    target {
      backlinkSummary {
        inlinkRank
        domainInlinkRank
        backlinks
        refDomains
      }
    }
  }
}`, {"hash":"ea8e04ce0c31c3933862e9c09a09c0a4b4d2002247ca2c66ad195aadd0cf4c8e"}) as unknown as TypedDocumentString<DashboardTop100Query, DashboardTop100QueryVariables>;
export const DashboardTrackedKeywordsDocument = new TypedDocumentString(`
    query DashboardTrackedKeywords {
  sandbox
  trackedKeywords {
    keyword
    location
    device
    engines {
      code
      name
    }
  }
}
    `, {"hash":"ee19ed68758710fdd7c6c7bdb59bb78a26c666fce66956686fe6b51044314f14"}) as unknown as TypedDocumentString<DashboardTrackedKeywordsQuery, DashboardTrackedKeywordsQueryVariables>;