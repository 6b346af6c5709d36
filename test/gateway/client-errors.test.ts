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
  it('answers a request whose body stops arriving with 408 and a typed error once its deadline passes', async () => {
    const body = '{"query":"{ __typename }"}';
    const answer = await raw(
      `POST /graphql HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n${body.slice(0, 5)}`,
    );
    expect(answer).toEqual({
      status: 408,
      contentType: 'application/json; charset=utf-8',
      body: refusal('BAD_USER_INPUT'),
    });
  });

  it('answers headers over the size limit with 431 and REQUEST_TOO_LARGE', async () => {
    const answer = await raw(
      `GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: x\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(answer).toEqual({
      status: 431,
      contentType: 'application/json; charset=utf-8',
      body: refusal('REQUEST_TOO_LARGE'),
    });
  });

  it('answers malformed HTTP with 400 and BAD_USER_INPUT', async () => {
    const answer = await raw('NOT HTTP AT ALL\r\n\r\n');
    expect(answer).toEqual({
      status: 400,
      contentType: 'application/json; charset=utf-8',
      body: refusal('BAD_USER_INPUT'),
    });
  });

  it('answers CONNECT (the gateway is no proxy) with 405 and METHOD_NOT_ALLOWED', async () => {
    const answer = await raw('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n');
    expect(answer).toEqual({
      status: 405,
      contentType: 'application/json; charset=utf-8',
      body: refusal('METHOD_NOT_ALLOWED'),
    });
  });

  it('still answers a well-formed request on the same server', async () => {
    expect((await gw.post('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});
