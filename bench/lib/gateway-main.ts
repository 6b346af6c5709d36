/**
 * Bench child: the gateway as `src/main.ts` builds it against given upstream URLs (no sandbox), plus the
 * variants the overhead scenario compares. argv[2]: JSON `{ jit?: boolean }`; configuration from the environment.
 * With `jit`, @envelop/graphql-jit executes inside the request ledger (as it would if listed before the ledger
 * plugin), so upstream accounting stays right. Prints `READY {"url"}`.
 */
import { useGraphQlJit } from '@envelop/graphql-jit';
import type { Plugin } from 'graphql-yoga';
import { createUpstreamClients } from '../../src/clients.js';
import { loadConfig } from '../../src/config/index.js';
import type { Context } from '../../src/context.js';
import { createGateway } from '../../src/server.js';

interface VariantOptions {
  jit?: boolean;
}

/** graphql-jit's executor, run inside the request's ledger like the default one. */
function jitInsideLedger(): Plugin<Record<string, unknown>> {
  const jit = useGraphQlJit();
  return {
    onExecute(payload) {
      const ledger = (payload.args.contextValue as Partial<Context>).ledger;
      return jit.onExecute?.({
        ...payload,
        setExecuteFn: (fn) => payload.setExecuteFn((args) => (ledger ? ledger.run(() => fn(args)) : fn(args))),
      });
    },
  };
}

const variant = JSON.parse(process.argv[2] ?? '{}') as VariantOptions;
const config = loadConfig(process.env);
const upstream = createUpstreamClients(config);
const gateway = createGateway(config, {
  clients: upstream.clients,
  plugins: variant.jit ? [jitInsideLedger()] : [],
  onClose: upstream.close,
});
const running = await gateway.listen(config.port, '127.0.0.1');
process.stdout.write(`READY ${JSON.stringify({ url: running.url })}\n`);
process.once('SIGTERM', () => {
  running.close(1_000).then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
