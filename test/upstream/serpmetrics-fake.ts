// A scriptable loopback stand-in for SERPmetrics (node:http, port 0): tests decide each reply and read back what
// the client sent. PHP-style escaped slashes are applied to JSON bodies, as the real API writes them.
import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRequest {
  method: string;
  path: string;
  contentType: string | undefined;
  form: URLSearchParams;
  /** `params` decoded from its JSON string, or undefined when absent. */
  params: Record<string, unknown> | undefined;
}

export interface FakeReply {
  status: number;
  /** Serialized as JSON with escaped slashes. */
  body?: unknown;
  /** Sent verbatim instead of `body`. */
  raw?: string;
  headers?: Record<string, string>;
}

export interface FakeServer {
  url: string;
  requests: FakeRequest[];
  close(): Promise<void>;
}

export async function startFake(reply: (req: FakeRequest) => FakeReply | Promise<FakeReply>): Promise<FakeServer> {
  const requests: FakeRequest[] = [];
  const server = createServer(async (req, res) => {
    const request = await readRequest(req);
    requests.push(request);
    const { status, body, raw, headers } = await reply(request);
    const text = raw ?? (body === undefined ? '' : JSON.stringify(body).replaceAll('/', '\\/'));
    const type = status === 204 || text === '' ? {} : { 'content-type': 'application/json; charset=UTF-8' };
    res.writeHead(status, { ...type, ...headers });
    res.end(status === 204 ? undefined : text);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function readRequest(req: IncomingMessage): Promise<FakeRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const form = new URLSearchParams(Buffer.concat(chunks).toString());
  const params = form.get('params');
  return {
    method: req.method ?? '',
    path: new URL(req.url ?? '/', 'http://x').pathname,
    contentType: req.headers['content-type'],
    form,
    params: params ? (JSON.parse(params) as Record<string, unknown>) : undefined,
  };
}
