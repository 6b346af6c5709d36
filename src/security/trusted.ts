/**
 * Trusted documents (persisted operations as an allow-list): the manifests codegen writes
 * (`persisted-documents.json`: sha256 hash → document) are loaded at start, and only their hashes
 * are executed; a request with a document text, or with an unknown hash, gets PERSISTED_QUERY_NOT_FOUND.
 * Without an allow-list the same manifests' hashes still run (`useKnownDocuments`), beside any text, so the
 * dashboard can send its documents by hash whatever the mode and no page load starts with a refused request.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import { z } from 'zod';

const Manifest = z.record(z.string().regex(/^[A-Za-z0-9_:-]{1,128}$/), z.string().min(1));

/** Reads and merges the manifests; a missing or malformed manifest is a startup error. */
export function loadTrustedDocuments(files: readonly string[], root = process.cwd()): Map<string, string> {
  const documents = new Map<string, string>();
  for (const file of files) {
    const resolved = path.resolve(root, file);
    let text: string;
    try {
      text = readFileSync(resolved, 'utf8');
    } catch {
      throw new Error(`TRUSTED_DOCUMENTS: cannot read ${resolved}`);
    }
    const parsed = Manifest.safeParse(JSON.parse(text));
    if (!parsed.success) throw new Error(`TRUSTED_DOCUMENTS: ${resolved} is not a { hash: document } manifest`);
    for (const [hash, document] of Object.entries(parsed.data)) documents.set(hash, document);
  }
  return documents;
}

/** The default manifests when present (a build run outside the checkout may lack them: then no hash is known). */
export function loadKnownDocuments(files: readonly string[]): Map<string, string> {
  try {
    return loadTrustedDocuments(files);
  } catch {
    return new Map();
  }
}

const refused = (message: string) => ({
  message,
  extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
});

const hashOf = (extensions: unknown): string | undefined => {
  const persisted = (extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | null | undefined)
    ?.persistedQuery;
  return persisted?.version === 1 && typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
};

/** Any document runs; one sent by a known hash alone runs its manifest's text (an unknown hash is Yoga's 400). */
export function useKnownDocuments(documents: ReadonlyMap<string, string>): Plugin<Record<string, unknown>> {
  return {
    onParams({ params, setParams }) {
      if (params.query) return;
      const hash = hashOf(params.extensions);
      const query = hash === undefined ? undefined : documents.get(hash);
      if (query !== undefined) setParams({ ...params, query });
    },
  };
}

/** Accepts only the trusted documents, by hash (`extensions.persistedQuery.sha256Hash` or `documentId`). */
export function useTrustedDocuments(documents: ReadonlyMap<string, string>): Plugin<Record<string, unknown>> {
  return usePersistedOperations({
    allowArbitraryOperations: false,
    extractPersistedOperationId: (params) => {
      const hash = hashOf(params.extensions);
      if (hash !== undefined) return hash;
      const id = (params as { documentId?: unknown }).documentId;
      return typeof id === 'string' ? id : null;
    },
    getPersistedOperation: (key) => documents.get(key) ?? null,
    customErrors: {
      notFound: refused('This document is not trusted by the gateway.'),
      keyNotFound: refused('Only trusted documents are accepted: send the document hash.'),
      persistedQueryOnly: refused('Only trusted documents are accepted: send the document hash, not its text.'),
    },
  });
}
