/**
 * The printed form of the schema (lexicographically sorted SDL) and where it is committed; shared by
 * `npm run schema` and the drift test.
 */
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from '../src/graph/index.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../schema.graphql', import.meta.url));

export const renderSchema = (): string => `${printSchema(lexicographicSortSchema(schema))}\n`;
