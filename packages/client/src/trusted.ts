/**
 * Trusted documents from the client's side: a gateway with TRUSTED_DOCUMENTS=1 runs only the hashes of its
 * manifests, and this package's operations are in that manifest. The generated documents carry their sha256
 * (`__meta__.hash`, the key of persisted-documents.json), so the client can send it in place of the text.
 */
import { type DocumentNode, Kind } from 'graphql';
import type { RequestMiddleware } from 'graphql-request';
import * as documents from './generated/graphql.js';

type Persisted = DocumentNode & { __meta__?: { hash?: string } };

const hashByOperation = new Map(
  Object.values(documents as Record<string, Persisted>).flatMap((document) => {
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    const hash = document.__meta__?.hash;
    return operation?.name && hash ? [[operation.name.value, hash] as const] : [];
  }),
);

/**
 * A graphql-request `requestMiddleware` for gateways that accept only trusted documents: a POST of one of this
 * package's operations goes out as its hash (`extensions.persistedQuery`) without the document text; any other
 * request is left as it is.
 */
export const sendDocumentHashes: RequestMiddleware = (request) => {
  const hash = request.operationName === undefined ? undefined : hashByOperation.get(request.operationName);
  if (hash === undefined || typeof request.body !== 'string') return request;
  const { query: _text, ...rest } = JSON.parse(request.body) as Record<string, unknown>;
  const persistedQuery = { version: 1, sha256Hash: hash };
  return { ...request, body: JSON.stringify({ ...rest, extensions: { persistedQuery } }) };
};
