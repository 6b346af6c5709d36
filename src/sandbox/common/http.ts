// HTTP plumbing shared by both emulators: replies as values, request bodies, bracket-aware parameters, listen/close.
// Exports: Reply, json, text, sendReply, readBody, Params (query/form/JSON parameters with `a[]`, `a[0]`, `a[b][c]`),
//   paramsFromQuery, paramsFromUrlencoded, paramsFromJson, paramsFromMultipart, contentType,
//   listen, closeServer, isLoopback.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A response as a value, so faults can replace or truncate it after the handler ran. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(value),
  };
}

export function text(status: number, body: string, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers }, body };
}

export function sendReply(res: ServerResponse, reply: Reply): void {
  if (res.destroyed || res.headersSent) return;
  res.writeHead(reply.status, { ...reply.headers, 'content-length': Buffer.byteLength(reply.body) });
  res.end(reply.body);
}

/** The whole request body, refusing more than `maxBytes` (a RangeError). */
export async function readBody(req: IncomingMessage, maxBytes = 32 * 1024 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > maxBytes) throw new RangeError('request body too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** The media type of a request, lowercased, without parameters. */
export function contentType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
}

const INDEXED = /^([^[\]]+)\[(\d*)\]$/;

export type NestedParams = { [key: string]: string | NestedParams };

/**
 * Request parameters as ordered (name, value) entries. `all('target')` gathers `target`, `target[]` and
 * `target[3]` in order of appearance; `nested('filter')` turns `filter[volume][from]=1` into objects.
 */
export class Params {
  constructor(readonly entries: ReadonlyArray<readonly [string, string]>) {}

  /** Every value sent for `name`, `name[]` or `name[<n>]`, in order of appearance. */
  all(name: string): string[] {
    const out: string[] = [];
    for (const [k, v] of this.entries) {
      if (k === name) out.push(v);
      else {
        const m = INDEXED.exec(k);
        if (m && m[1] === name) out.push(v);
      }
    }
    return out;
  }

  /** The first plain value of `name` (or of its list forms), undefined when absent. */
  get(name: string): string | undefined {
    return this.all(name)[0];
  }

  has(name: string): boolean {
    return this.all(name).length > 0;
  }

  /** Bracketed sub-keys of `name` as an object: `filter[volume][from]=100` → `{volume: {from: '100'}}`. */
  nested(name: string): NestedParams {
    const root: NestedParams = {};
    const prefix = `${name}[`;
    for (const [k, v] of this.entries) {
      if (!k.startsWith(prefix)) continue;
      const path = [...k.slice(name.length).matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] ?? '');
      if (path.length === 0 || path.some((p) => p === '' || /^\d+$/.test(p))) continue;
      let node = root;
      for (const [i, seg] of path.entries()) {
        if (i === path.length - 1) node[seg] = v;
        else {
          const next = node[seg];
          if (typeof next === 'object') node = next;
          else {
            const created: NestedParams = {};
            node[seg] = created;
            node = created;
          }
        }
      }
    }
    return root;
  }

  /** Distinct base names (`target[]` → `target`, `filter[a][b]` → `filter`). */
  names(): Set<string> {
    return new Set(this.entries.map(([k]) => k.split('[', 1)[0] ?? k));
  }

  /** These parameters followed by `other`'s. */
  concat(other: Params): Params {
    return new Params([...this.entries, ...other.entries]);
  }
}

export function paramsFromQuery(search: string | URLSearchParams): Params {
  const sp = typeof search === 'string' ? new URLSearchParams(search) : search;
  return new Params([...sp.entries()]);
}

export function paramsFromUrlencoded(body: Buffer): Params {
  return paramsFromQuery(new URLSearchParams(body.toString('utf8')));
}

/** A JSON object body as parameters: arrays become repeated names, objects become `name[key]`. SyntaxError if not JSON. */
export function paramsFromJson(body: Buffer): Params {
  const value: unknown = JSON.parse(body.toString('utf8') || '{}');
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new SyntaxError('JSON body must be an object');
  }
  const entries: Array<[string, string]> = [];
  const walk = (name: string, v: unknown): void => {
    if (v === null || v === undefined) return;
    if (Array.isArray(v)) for (const item of v) walk(name, item);
    else if (typeof v === 'object') for (const [k, sub] of Object.entries(v)) walk(`${name}[${k}]`, sub);
    else entries.push([name, String(v)]);
  };
  for (const [k, v] of Object.entries(value)) walk(k, v);
  return new Params(entries);
}

/** A multipart/form-data body, parsed by Node's WHATWG `Request#formData()`; files are ignored. */
export async function paramsFromMultipart(body: Buffer, contentTypeHeader: string): Promise<Params> {
  const form = await new Request('http://sandbox.local/', {
    method: 'POST',
    headers: { 'content-type': contentTypeHeader },
    body: Uint8Array.from(body),
  }).formData();
  const entries: Array<[string, string]> = [];
  form.forEach((value, key) => {
    if (typeof value === 'string') entries.push([key, value]);
  });
  return new Params(entries);
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

/** Listen and resolve with the bound port. */
export function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error): void => reject(err);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Stop accepting, drop every open connection (hanging faults included) and resolve once closed. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeAllConnections();
  });
}
