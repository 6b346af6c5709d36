/**
 * The GraphQL schema: imports every type module (each registers its types and fields on the shared
 * builder), then builds the schema once. A new domain module is one import line here.
 */
import { builder } from './builder.js';
import './enums.js';
import './gateway.js';
import './backlinks.js';
import './keywords.js';
import './serp.js';
import './tracked-pairs.js';
import './serp-mutations.js';
import './account.js';
import './live.js';
import './domain.js';
import './nodes.js';

export const schema = builder.toSchema();
