/**
 * Bench child: both sandbox emulators in one process on ephemeral loopback ports, options from argv[2]
 * (JSON `SandboxOptions`), announced as `READY {"seranking": url, "serpmetrics": url}` on stdout.
 */
import { type SandboxOptions, startSandbox } from '../../src/sandbox/index.js';

const options = JSON.parse(process.argv[2] ?? '{}') as SandboxOptions;
const sandbox = await startSandbox({ host: '127.0.0.1', ...options });
process.stdout.write(
  `READY ${JSON.stringify({ seranking: sandbox.seranking.url, serpmetrics: sandbox.serpmetrics.url })}\n`,
);
process.once('SIGTERM', () => {
  sandbox.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
