import { type GraphQLClient, type RequestOptions } from 'graphql-request';
import * as Operations from './graphql.js';
type GraphQLClientRequestHeaders = RequestOptions['requestHeaders'];




export type SdkFunctionWrapper = <T>(action: (requestHeaders?:Record<string, string>) => Promise<T>, operationName: string, operationType?: string, variables?: any) => Promise<T>;


const defaultWrapper: SdkFunctionWrapper = (action, _operationName, _operationType, _variables) => action();

export function getSdk(client: GraphQLClient, withWrapper: SdkFunctionWrapper = defaultWrapper) {
  return {
    CompetitorStrength(variables: Operations.CompetitorStrengthQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.CompetitorStrengthQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.CompetitorStrengthQuery>({ document: Operations.CompetitorStrengthDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CompetitorStrength', 'query', variables);
    },
    CreditBalances(variables?: Operations.CreditBalancesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<Operations.CreditBalancesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<Operations.CreditBalancesQuery>({ document: Operations.CreditBalancesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CreditBalances', 'query', variables);
    }
  };
}
export type Sdk = ReturnType<typeof getSdk>;