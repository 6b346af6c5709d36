/** A route of our own beside the GraphQL API (assets, the dashboard, upstream callbacks) as a Yoga plugin. */
import type { Plugin } from 'graphql-yoga';

/** What a route answers from: the request, its parsed URL and the means to answer it. */
export interface RouteRequest {
  request: Request;
  url: URL;
  endResponse: (response: Response) => void;
  fetchAPI: { Response: typeof Response };
}

/** Answers the requests `matches` picks with `serve`; every other request goes on to Yoga untouched. */
export function useRoute(
  matches: (request: Request, url: URL) => boolean,
  serve: (route: RouteRequest) => Promise<void>,
): Plugin<Record<string, unknown>> {
  return {
    // Not async: every other request (the API's own) would wait for a promise of nothing.
    onRequest(payload) {
      return matches(payload.request, payload.url) ? serve(payload) : undefined;
    },
  };
}
