// Starting and closing an emulator's node:http server: the `/__sandbox/` admin API beside the upstream API, a signal
// that aborts hanging calls on close, and the reply to a handler that threw. Shared by both emulators.
// Exports: ServeOptions, ServedSandbox, SandboxServer, serveSandbox.
import { createServer, type IncomingMessage, type Server, type ServerOptions, type ServerResponse } from 'node:http';
import { ADMIN_PREFIX, type AdminRoute, createAdminHandler } from './admin.js';
import { closeServer, listen } from './http.js';

export interface ServeOptions {
  /** bind address (default loopback, where the admin API needs no token) */
  host?: string | undefined;
  /** default 0, an ephemeral port */
  port?: number | undefined;
  /** bearer token for the admin API off loopback (default env SANDBOX_ADMIN_TOKEN) */
  adminToken?: string | undefined;
}

export interface ServedSandbox {
  server: Server;
  /** `http://host:port`, IPv6 hosts bracketed */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** What one emulator brings to its server. */
export interface SandboxServer {
  adminRoutes: AdminRoute[];
  /** also hand the bare `/__sandbox` (no trailing slash) to the admin API */
  adminAtPrefix?: boolean;
  serverOptions?: ServerOptions;
  /** serve one upstream API call; `closing` aborts once the sandbox closes */
  api(req: IncomingMessage, res: ServerResponse, url: URL, closing: AbortSignal): Promise<void>;
  /** answer a request whose handler threw */
  failed(res: ServerResponse): void;
  /** stop the emulator's own timers, on close */
  stop?(): void;
}

/** Listen on `host:port` and serve the emulator's API and admin API. */
export async function serveSandbox(options: ServeOptions, sandbox: SandboxServer): Promise<ServedSandbox> {
  const host = options.host ?? '127.0.0.1';
  const closing = new AbortController();
  const admin = createAdminHandler({
    routes: sandbox.adminRoutes,
    boundHost: host,
    adminToken: options.adminToken ?? process.env.SANDBOX_ADMIN_TOKEN,
  });
  const server = createServer(sandbox.serverOptions ?? {}, (req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox.local');
    const isAdmin =
      url.pathname.startsWith(`${ADMIN_PREFIX}/`) || (sandbox.adminAtPrefix === true && url.pathname === ADMIN_PREFIX);
    const work = isAdmin ? admin(req, res, url) : sandbox.api(req, res, url, closing.signal);
    work.catch(() => sandbox.failed(res));
  });
  const port = await listen(server, host, options.port ?? 0);
  return {
    server,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    close: async () => {
      closing.abort();
      sandbox.stop?.();
      await closeServer(server);
    },
  };
}
