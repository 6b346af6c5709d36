// Requests Node's HTTP parser refuses before the gateway's handler runs (a body that stops arriving, oversized
// headers, malformed HTTP) get a typed GraphQL error in JSON, and a stalled one by its deadline, not Node's 300 s.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

let gw: TestGateway;

beforeAll(async () => {
  gw = await startTestGateway({ env: { REQUEST_DEADLINE_MS: '500' } });
});

afterAll(async () => {
  await gw.close();
});

/** Sends raw bytes and reads until the gateway closes the connection. */
async function raw(bytes: string): Promise<{ status: number; contentType: string | undefined; body: unknown }> {
  const { port } = new URL(gw.url);
  const socket = connect(Number(port), '127.0.0.1');
  socket.write(bytes);
  const chunks: Buffer[] = [];
  for await (const chunk of socket) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  const [head = '', body = ''] = text.split('\r\n\r\n', 2);
  return {
    status: Number(head.split(' ')[1]),
    contentType: /content-type: ([^\r]+)/i.exec(head)?.[1],
    body: JSON.parse(body),
  };
}

const refusal = (code: string) => ({ errors: [expect.objectContaining({ extensions: { code, retryable: false } })] });

describe('requests refused by the HTTP parser', () => {
  const body = '{"query":"{ __typename }"}';
  it.each([
    [
      'a request whose body stops arriving (once its deadline passes)',
      `POST /graphql HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n${body.slice(0, 5)}`,
      408,
      'BAD_USER_INPUT',
    ],
    [
      'headers over the size limit',
      `GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: x\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`,
      431,
      'REQUEST_TOO_LARGE',
    ],
    ['malformed HTTP', 'NOT HTTP AT ALL\r\n\r\n', 400, 'BAD_USER_INPUT'],
    [
      'CONNECT (the gateway is no proxy)',
      'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n',
      405,
      'METHOD_NOT_ALLOWED',
    ],
  ])('answers %s with HTTP %i and a typed error', async (_what, bytes, status, code) => {
    expect(await raw(bytes)).toEqual({
      status,
      contentType: 'application/json; charset=utf-8',
      body: refusal(code),
    });
  });

  it('still answers a well-formed request on the same server', async () => {
    expect((await gw.post('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});
