/**
 * Bench child: the floor of a keyword request in this stack. A bare graphql-yoga server over the gateway's own SDL
 * whose `keywords` field makes one plain undici export call per request (the naive client's) and returns its rows:
 * no cache, cost control, resilience, logs or metrics. What it costs per 1-keyword request is what any gateway built
 * on Yoga and undici pays before doing anything of its own.
 * argv[2]: JSON `{ port, urls: { seranking, serpmetrics } }`. Prints `READY {"url"}`.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import { NaiveClient } from './naive.js';

interface FloorOptions {
  port: number;
  urls: { seranking: string; serpmetrics: string };
  schemaFile: string;
}

const options = JSON.parse(process.argv[2] ?? '{}') as FloorOptions;
const naive = new NaiveClient(options.urls);

const keywords = async (_root: unknown, args: { texts: string[]; database: string }) => {
  const rows = await naive.exportRows(args.texts, args.database.toLowerCase());
  return rows.map((r) => ({
    text: r.keyword,
    volume: r.volume,
    cpc: r.cpc,
    competition: r.competition,
    difficulty: r.difficulty,
  }));
};

const yoga = createYoga({
  schema: createSchema({ typeDefs: readFileSync(options.schemaFile, 'utf8'), resolvers: { Query: { keywords } } }),
  graphqlEndpoint: '/graphql',
  landingPage: false,
  graphiql: false,
  logging: false,
});
const server = createServer(yoga);
server.listen(options.port, '127.0.0.1', () => {
  process.stdout.write(`READY ${JSON.stringify({ url: `http://127.0.0.1:${options.port}/graphql` })}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
