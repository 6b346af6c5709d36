// Credentials of an SE Ranking call (seranking.md §1): `Authorization: Token <key>` (scheme case-insensitive) wins
// over `?apikey=`; a header with another scheme is no token at all.
import type { IncomingMessage } from 'node:http';

/** The key sent with the request, or null when there is none. */
export function presentedKey(req: IncomingMessage, query: URLSearchParams): string | null {
  const header = req.headers.authorization;
  const token = header ? /^token\s+(\S.*)$/i.exec(header.trim())?.[1]?.trim() : undefined;
  if (token) return token;
  const apikey = query.get('apikey')?.trim();
  return apikey ? apikey : null;
}
