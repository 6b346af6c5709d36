/**
 * Bench child: the floor of a keyword request in this stack. A bare graphql-yoga server over the gateway's own SDL
 * whose `keywords` field makes one undici export call per request and returns its rows: the body built as seograph
 * builds it (one multipart string), the reply read as JSON, and nothing else (no cache, cost control, resilience,
 * logs or metrics). What it costs per 1-keyword request is what a gateway on Yoga and undici pays before doing
 * anything of its own.
 * argv[2]: JSON `{ port, seranking, schemaFile }` (`seranking`: the sandbox's base URL). Prints `READY {"url"}`.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import { Pool } from 'undici';
import { SANDBOX_KEYS } from '../../src/sandbox/keys.js';
import { keywordForm } from '../../src/upstream/seranking/wire.js';

interface FloorOptions {
  port: number;
  seranking: string;
  schemaFile: string;
}

/** An export row's fields the bench query selects, as the API names them. */
interface Row {
  keyword: string;
  volume: number | null;
  cpc: number | null;
  competition: number | null;
  difficulty: number | null;
}

const options = JSON.parse(process.argv[2] ?? '{}') as FloorOptions;
const pool = new Pool(options.seranking, { connections: 8 });

const keywords = async (_root: unknown, args: { texts: string[]; database: string }) => {
  const { body, contentType } = keywordForm(args.texts);
  const res = await pool.request({
    method: 'POST',
    path: `/v1/keywords/export?source=${args.database.toLowerCase()}`,
    headers: {
      authorization: `Token ${SANDBOX_KEYS.seranking}`,
      accept: 'application/json',
      'content-type': contentType,
    },
    body,
  });
  const rows = (await res.body.json()) as Row[];
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
