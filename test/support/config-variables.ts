/**
 * Every environment variable `loadConfig` looks at, recorded while it parses (so a new variable is caught
 * without a list to keep up to date). The README test and the deploy-file tests both check names against it.
 */
import { loadConfig } from '../../src/config/index.js';

export function configVariables(): string[] {
  const seen = new Set<string>();
  const env = new Proxy<Record<string, string | undefined>>(
    { SANDBOX: '1' },
    {
      get(target, name) {
        if (typeof name === 'string' && /^[A-Z][A-Z0-9_]+$/.test(name)) seen.add(name);
        return typeof name === 'string' ? target[name] : undefined;
      },
    },
  );
  loadConfig(env);
  return [...seen].sort();
}
