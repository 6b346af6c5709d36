// The test support of both emulators (test/support/sandbox.ts) and `startSandbox`: both start on loopback port 0,
// count their own calls, reset together and close together.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SANDBOX_KEYS } from '../../src/sandbox/keys.js';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.js';

let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox.close();
});

it('starts both emulators on loopback with their admin APIs', async () => {
  expect(sandbox.seranking.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(sandbox.serpmetrics.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(await sandbox.seranking.admin.health()).toMatchObject({ ok: true, upstream: 'seranking' });
  expect(await sandbox.serpmetrics.admin.health()).toMatchObject({ ok: true, upstream: 'serpmetrics' });
});

it('counts upstream calls per emulator and resets them together', async () => {
  await sandbox.reset();
  expect(await sandbox.calls()).toEqual({ seranking: 0, serpmetrics: 0 });
  const res = await fetch(`${sandbox.seranking.url}/v1/backlinks/authority?target=moz.com`, {
    headers: { authorization: `Token ${SANDBOX_KEYS.seranking}` },
  });
  expect(res.status).toBe(200);
  expect(await sandbox.calls()).toEqual({ seranking: 1, serpmetrics: 0 });
  await sandbox.reset();
  expect(await sandbox.calls()).toEqual({ seranking: 0, serpmetrics: 0 });
});

it('sets and clears faults through the shorthand on either emulator', async () => {
  await sandbox.seranking.admin.setFaults({ forceStatus: { status: 503, count: 1 } });
  const res = await fetch(`${sandbox.seranking.url}/v1/account/credit-balance`, {
    headers: { authorization: `Token ${SANDBOX_KEYS.seranking}` },
  });
  expect(res.status).toBe(503);
  await sandbox.serpmetrics.admin.setFaults({ latencyMs: 5 });
  await sandbox.serpmetrics.admin.clearFaults();
  expect(await sandbox.serpmetrics.admin.faults()).toMatchObject({ rates: [], forced: [] });
});
