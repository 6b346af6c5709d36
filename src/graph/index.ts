/**
 * The GraphQL schema: imports every type module (each registers its types and fields on the shared
 * builder), then builds the schema once. A new domain module is one import line here.
 */
import { builder } from './builder.js';
import './enums.js';
import './gateway.js';
import './backlinks/types.js';
import './backlinks/queries.js';
import './keywords/types.js';
import './serp/types.js';
import './serp/tracked-pairs.js';
import './serp/mutations.js';
import './account/types.js';
import './live/subscriptions.js';
import './domain/types.js';
import './nodes.js';

export const schema = builder.toSchema();
