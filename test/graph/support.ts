// Shared setup of the graph tests: one gateway over its own sandbox per file, with the sandbox and the shared cache
// reset before each test so every test counts its own upstream calls.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startTestGateway, type TestGateway, type TestGatewayOptions } from '../support/gateway.js';

/** Registers the hooks; `started` receives the gateway once it is up (before the file's first test). */
export function useTestGateway(started: (gw: TestGateway) => void, options: TestGatewayOptions = {}): void {
  let gw: TestGateway | undefined;
  beforeAll(async () => {
    gw = await startTestGateway(options);
    started(gw);
  });
  afterAll(async () => {
    await gw?.close();
  });
  beforeEach(async () => {
    await gw?.sandbox.reset();
    gw?.gateway.cache.clear();
  });
}
