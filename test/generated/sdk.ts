import { type GraphQLClient, type RequestOptions } from 'graphql-request';
import * as Operations from './graphql.js';
type GraphQLClientRequestHeaders = RequestOptions['requestHeaders'];













































export type SdkFunctionWrapper = <T>(action: (requestHeaders?:Record<string, string>) => Promise<T>, operationName: string, operationType?: string, variables?: any) => Promise<T>;


const defaultWrapper: SdkFunctionWrapper = (action, _operationName, _operationType, _variables) => action();

export function getSdk(client: GraphQLClient, withWrapper: SdkFunctionWrapper = defaultWrapper) {
  return {
    FilteredIdeas(variables: Operations.FilteredIdeasQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.FilteredIdeasQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.FilteredIdeasQuery>({ document: Operations.FilteredIdeasDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'FilteredIdeas', 'query', variables);
    },
    FilteredRankingKeywords(variables: Operations.FilteredRankingKeywordsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.FilteredRankingKeywordsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.FilteredRankingKeywordsQuery>({ document: Operations.FilteredRankingKeywordsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'FilteredRankingKeywords', 'query', variables);
    },
    FilteredBacklinks(variables: Operations.FilteredBacklinksQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.FilteredBacklinksQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.FilteredBacklinksQuery>({ document: Operations.FilteredBacklinksDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'FilteredBacklinks', 'query', variables);
    },
    FilteredChanges(variables: Operations.FilteredChangesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.FilteredChangesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.FilteredChangesQuery>({ document: Operations.FilteredChangesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'FilteredChanges', 'query', variables);
    },
    GatewayMode(variables?: Operations.GatewayModeQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.GatewayModeQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.GatewayModeQuery>({ document: Operations.GatewayModeDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'GatewayMode', 'query', variables);
    },
    TargetSummary(variables: Operations.TargetSummaryQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.TargetSummaryQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.TargetSummaryQuery>({ document: Operations.TargetSummaryDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'TargetSummary', 'query', variables);
    },
    TargetLists(variables: Operations.TargetListsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.TargetListsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.TargetListsQuery>({ document: Operations.TargetListsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'TargetLists', 'query', variables);
    },
    KeywordVolume(variables: Operations.KeywordVolumeQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.KeywordVolumeQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.KeywordVolumeQuery>({ document: Operations.KeywordVolumeDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'KeywordVolume', 'query', variables);
    },
    DomainKeywordsPage(variables: Operations.DomainKeywordsPageQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.DomainKeywordsPageQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.DomainKeywordsPageQuery>({ document: Operations.DomainKeywordsPageDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'DomainKeywordsPage', 'query', variables);
    },
    SummariesOfBigAndSmall(variables?: Operations.SummariesOfBigAndSmallQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.SummariesOfBigAndSmallQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.SummariesOfBigAndSmallQuery>({ document: Operations.SummariesOfBigAndSmallDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SummariesOfBigAndSmall', 'query', variables);
    },
    TargetChanges(variables: Operations.TargetChangesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.TargetChangesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.TargetChangesQuery>({ document: Operations.TargetChangesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'TargetChanges', 'query', variables);
    },
    TargetSummaries(variables: Operations.TargetSummariesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.TargetSummariesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.TargetSummariesQuery>({ document: Operations.TargetSummariesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'TargetSummaries', 'query', variables);
    },
    TargetAuthority(variables: Operations.TargetAuthorityQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.TargetAuthorityQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.TargetAuthorityQuery>({ document: Operations.TargetAuthorityDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'TargetAuthority', 'query', variables);
    },
    TargetProfile(variables: Operations.TargetProfileQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.TargetProfileQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.TargetProfileQuery>({ document: Operations.TargetProfileDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'TargetProfile', 'query', variables);
    },
    BacklinksWithReferringDomains(variables: Operations.BacklinksWithReferringDomainsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.BacklinksWithReferringDomainsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.BacklinksWithReferringDomainsQuery>({ document: Operations.BacklinksWithReferringDomainsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'BacklinksWithReferringDomains', 'query', variables);
    },
    BacklinkHistory(variables: Operations.BacklinkHistoryQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.BacklinkHistoryQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.BacklinkHistoryQuery>({ document: Operations.BacklinkHistoryDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'BacklinkHistory', 'query', variables);
    },
    KeywordMetrics(variables: Operations.KeywordMetricsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.KeywordMetricsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.KeywordMetricsQuery>({ document: Operations.KeywordMetricsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'KeywordMetrics', 'query', variables);
    },
    KeywordDetails(variables: Operations.KeywordDetailsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.KeywordDetailsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.KeywordDetailsQuery>({ document: Operations.KeywordDetailsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'KeywordDetails', 'query', variables);
    },
    KeywordIdeas(variables: Operations.KeywordIdeasQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.KeywordIdeasQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.KeywordIdeasQuery>({ document: Operations.KeywordIdeasDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'KeywordIdeas', 'query', variables);
    },
    DomainAnalysis(variables: Operations.DomainAnalysisQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.DomainAnalysisQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.DomainAnalysisQuery>({ document: Operations.DomainAnalysisDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'DomainAnalysis', 'query', variables);
    },
    DomainKeywordsWithMetrics(variables: Operations.DomainKeywordsWithMetricsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.DomainKeywordsWithMetricsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.DomainKeywordsWithMetricsQuery>({ document: Operations.DomainKeywordsWithMetricsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'DomainKeywordsWithMetrics', 'query', variables);
    },
    SummariesAndAuthority(variables: Operations.SummariesAndAuthorityQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.SummariesAndAuthorityQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.SummariesAndAuthorityQuery>({ document: Operations.SummariesAndAuthorityDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SummariesAndAuthority', 'query', variables);
    },
    DomainCompetitorsOverview(variables: Operations.DomainCompetitorsOverviewQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.DomainCompetitorsOverviewQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.DomainCompetitorsOverviewQuery>({ document: Operations.DomainCompetitorsOverviewDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'DomainCompetitorsOverview', 'query', variables);
    },
    SerpEngines(variables?: Operations.SerpEnginesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.SerpEnginesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.SerpEnginesQuery>({ document: Operations.SerpEnginesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SerpEngines', 'query', variables);
    },
    SerpEngine(variables: Operations.SerpEngineQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.SerpEngineQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.SerpEngineQuery>({ document: Operations.SerpEngineDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SerpEngine', 'query', variables);
    },
    SerpSnapshot(variables: Operations.SerpSnapshotQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.SerpSnapshotQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.SerpSnapshotQuery>({ document: Operations.SerpSnapshotDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SerpSnapshot', 'query', variables);
    },
    SerpTrackedKeywords(variables?: Operations.SerpTrackedKeywordsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.SerpTrackedKeywordsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.SerpTrackedKeywordsQuery>({ document: Operations.SerpTrackedKeywordsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SerpTrackedKeywords', 'query', variables);
    },
    SerpTrackedHistory(variables: Operations.SerpTrackedHistoryQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.SerpTrackedHistoryQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.SerpTrackedHistoryQuery>({ document: Operations.SerpTrackedHistoryDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SerpTrackedHistory', 'query', variables);
    },
    SerpKeywordSerp(variables: Operations.SerpKeywordSerpQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.SerpKeywordSerpQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.SerpKeywordSerpQuery>({ document: Operations.SerpKeywordSerpDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SerpKeywordSerp', 'query', variables);
    },
    SerpKeywordRanking(variables: Operations.SerpKeywordRankingQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.SerpKeywordRankingQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.SerpKeywordRankingQuery>({ document: Operations.SerpKeywordRankingDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SerpKeywordRanking', 'query', variables);
    },
    SerpAccount(variables?: Operations.SerpAccountQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.SerpAccountQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.SerpAccountQuery>({ document: Operations.SerpAccountDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SerpAccount', 'query', variables);
    },
    SerpCheckRequest(variables: Operations.SerpCheckRequestQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.SerpCheckRequestQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.SerpCheckRequestQuery>({ document: Operations.SerpCheckRequestDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SerpCheckRequest', 'query', variables);
    },
    SerpTrackKeywords(variables: Operations.SerpTrackKeywordsMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.SerpTrackKeywordsMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.SerpTrackKeywordsMutation>({ document: Operations.SerpTrackKeywordsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SerpTrackKeywords', 'mutation', variables);
    },
    SerpUntrackKeywords(variables: Operations.SerpUntrackKeywordsMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.SerpUntrackKeywordsMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.SerpUntrackKeywordsMutation>({ document: Operations.SerpUntrackKeywordsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SerpUntrackKeywords', 'mutation', variables);
    },
    SerpAppendEngines(variables: Operations.SerpAppendEnginesMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.SerpAppendEnginesMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.SerpAppendEnginesMutation>({ document: Operations.SerpAppendEnginesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SerpAppendEngines', 'mutation', variables);
    },
    SerpRemoveEngines(variables: Operations.SerpRemoveEnginesMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.SerpRemoveEnginesMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.SerpRemoveEnginesMutation>({ document: Operations.SerpRemoveEnginesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SerpRemoveEngines', 'mutation', variables);
    },
    SerpRequestPriorityCheck(variables: Operations.SerpRequestPriorityCheckMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.SerpRequestPriorityCheckMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.SerpRequestPriorityCheckMutation>({ document: Operations.SerpRequestPriorityCheckDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SerpRequestPriorityCheck', 'mutation', variables);
    },
    SerpRequestDelayedCheck(variables: Operations.SerpRequestDelayedCheckMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.SerpRequestDelayedCheckMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.SerpRequestDelayedCheckMutation>({ document: Operations.SerpRequestDelayedCheckDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SerpRequestDelayedCheck', 'mutation', variables);
    },
    SerpHistoryFanOut(variables: Operations.SerpHistoryFanOutQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.SerpHistoryFanOutQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.SerpHistoryFanOutQuery>({ document: Operations.SerpHistoryFanOutDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SerpHistoryFanOut', 'query', variables);
    },
    SerpEnginesFlux(variables?: Operations.SerpEnginesFluxQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.SerpEnginesFluxQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.SerpEnginesFluxQuery>({ document: Operations.SerpEnginesFluxDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SerpEnginesFlux', 'query', variables);
    },
    SerpPairsByVolume(variables: Operations.SerpPairsByVolumeQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.SerpPairsByVolumeQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.SerpPairsByVolumeQuery>({ document: Operations.SerpPairsByVolumeDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SerpPairsByVolume', 'query', variables);
    },
    Top100(variables: Operations.Top100QueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.Top100Query> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.Top100Query>({ document: Operations.Top100Document, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Top100', 'query', variables);
    },
    Top100Hosts(variables: Operations.Top100HostsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.Top100HostsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.Top100HostsQuery>({ document: Operations.Top100HostsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Top100Hosts', 'query', variables);
    }
  };
}
export type Sdk = ReturnType<typeof getSdk>;