/**
 * Bench child: a bare graphql-yoga server over the gateway's own SDL (schema.graphql) whose root fields return
 * a captured response's `data` from memory, so it executes the identical document into the identical JSON.
 * argv[2]: JSON `{ port, payloadFile, schemaFile, parserCache? }`. Prints `READY {"url"}`.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';

interface BareOptions {
  port: number;
  payloadFile: string;
  schemaFile: string;
  parserCache?: boolean;
}

const options = JSON.parse(process.argv[2] ?? '{}') as BareOptions;
const payload = JSON.parse(readFileSync(options.payloadFile, 'utf8')) as { data: Record<string, unknown> };
const typeDefs = readFileSync(options.schemaFile, 'utf8');
const rootFields = Object.fromEntries(Object.entries(payload.data).map(([name, value]) => [name, () => value]));

const yoga = createYoga({
  schema: createSchema({ typeDefs, resolvers: { Query: rootFields } }),
  graphqlEndpoint: '/graphql',
  landingPage: false,
  graphiql: false,
  logging: false,
  parserAndValidationCache: options.parserCache ?? true,
});
const server = createServer(yoga);
server.listen(options.port, '127.0.0.1', () => {
  process.stdout.write(`READY ${JSON.stringify({ url: `http://127.0.0.1:${options.port}/graphql` })}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
