// A tiny loopback HTTP peer for the resilience tests: answers by a programmable plan, records every call
// with its arrival time and whether the client closed the connection before the answer.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import {
  type AddressInfo,
  connect,
  createServer as createNetServer,
  type Server as NetServer,
  type Socket,
} from 'node:net';

export type PeerAnswer =
  | { status: number; headers?: Record<string, string>; body?: string; delayMs?: number }
  | { action: 'reset' }
  | { action: 'hang'; ms: number };

export interface PeerCall {
  n: number;
  at: number;
  method: string;
  path: string;
  /** The client closed the connection before the peer answered. */
  closedEarly: boolean;
}

export interface Peer {
  url: string;
  calls: PeerCall[];
  /** Decides the answer to the n-th call (1-based). */
  plan: (n: number, req: IncomingMessage) => PeerAnswer;
  close(): Promise<void>;
}

export async function startPeer(plan: Peer['plan'] = () => ({ status: 200, body: '{"ok":true}' })): Promise<Peer> {
  const calls: PeerCall[] = [];
  const peer: Peer = { url: '', calls, plan, close: () => Promise.resolve() };
  const server: Server = createServer((req, res) => {
    const call: PeerCall = {
      n: calls.length + 1,
      at: Date.now(),
      method: req.method ?? '',
      path: req.url ?? '',
      closedEarly: false,
    };
    calls.push(call);
    res.on('close', () => {
      if (!res.writableFinished) call.closedEarly = true;
    });
    req.resume();
    const answer = peer.plan(call.n, req);
    if ('action' in answer) {
      if (answer.action === 'reset') req.socket.destroy();
      else setTimeout(() => res.destroyed || res.end('{"late":true}'), answer.ms).unref();
      return;
    }
    const send = (): void => {
      if (res.destroyed) return;
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(answer.body ?? (answer.status < 300 ? '{"ok":true}' : '{"error":{"code":0,"message":"fault"}}'));
    };
    if (answer.delayMs) setTimeout(send, answer.delayMs);
    else send();
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  peer.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  peer.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return peer;
}

/** The most calls that arrived within any `windowMs`. */
export function maxInWindow(times: readonly number[], windowMs = 1_000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    while ((sorted[hi] ?? 0) - (sorted[lo] ?? 0) >= windowMs) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export interface ProxiedConnection {
  openedAt: number;
  /** When the client side closed, if before the upstream had sent anything back. */
  closedByClientAt: number | undefined;
  bytesFromUpstream: number;
}

/**
 * A loopback TCP relay in front of an upstream, recording for each connection whether the client closed it
 * before the upstream answered: what "the upstream sees the connection closed" looks like on the wire.
 */
export async function startRelay(
  target: string,
): Promise<{ url: string; connections: ProxiedConnection[]; close(): Promise<void> }> {
  const { createServer: createTcpServer, connect } = await import('node:net');
  const { hostname, port } = new URL(target);
  const connections: ProxiedConnection[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = createTcpServer((client) => {
    const record: ProxiedConnection = { openedAt: Date.now(), closedByClientAt: undefined, bytesFromUpstream: 0 };
    connections.push(record);
    const upstream = connect(Number(port), hostname);
    sockets.add(client);
    sockets.add(upstream);
    upstream.on('data', (chunk: Buffer) => {
      record.bytesFromUpstream += chunk.length;
    });
    client.on('close', () => {
      if (record.bytesFromUpstream === 0) record.closedByClientAt = Date.now();
      upstream.destroy();
    });
    upstream.on('close', () => client.destroy());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export interface Switch {
  /** `http://127.0.0.1:<port>`: forwards to the target while accepting, refuses connections otherwise. */
  url: string;
  /** Closes the port (new connections are refused) and cuts the open ones. */
  refuse(): Promise<void>;
  /** Listens again on the same port. */
  accept(): Promise<void>;
}

/** A TCP forwarder in front of `target` that can refuse connections, as an upstream whose host is down. */
export async function startSwitch(target: string): Promise<Switch> {
  const { hostname, port: targetPort } = new URL(target);
  const sockets = new Set<Socket>();
  let server: NetServer | undefined;
  let port = 0;
  const accept = async (): Promise<void> => {
    const listening = createNetServer((client) => {
      const upstream = connect(Number(targetPort), hostname);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => listening.listen(port, '127.0.0.1', resolve));
    port = (listening.address() as AddressInfo).port;
    server = listening;
  };
  await accept();
  return {
    url: `http://127.0.0.1:${port}`,
    accept,
    refuse: async () => {
      const closing = server;
      server = undefined;
      for (const s of sockets) s.destroy();
      if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()));
    },
  };
}
