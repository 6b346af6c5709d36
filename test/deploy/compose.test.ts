/**
 * deploy/compose.yaml without a Docker daemon: the compose-spec JSON schema and dclint's best-practice rules
 * (dclint ships the schema and validates against it first), Compose's variable interpolation applied to the
 * committed .env.example, and the gateway's own config parser over the environment every replica gets.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DCLinter } from 'dclint';
import { describe, expect, it } from 'vitest';
import { heapLimitMiB } from '../../src/config/index.js';
import {
  at,
  configFrom,
  deployDir,
  isObject,
  type Json,
  type JsonObject,
  listAt,
  NON_HEAP_MIB,
  objectAt,
  readYaml,
  unknownVariables,
} from './support.js';

const composeFile = path.join(deployDir, 'compose.yaml');
const compose = readYaml(composeFile)[0] as JsonObject;
const services = objectAt(compose, 'services');

/** What this test reads of a dclint result (its .d.ts files use import paths NodeNext cannot follow). */
interface LintResult {
  messages: Array<{ rule: string; message: string }>;
}

/** Every message of dclint with its default rules (schema validation cannot be switched off). */
function lint(file: string): string[] {
  const linter = new DCLinter({ rules: {}, quiet: true, debug: false, exclude: [] });
  const results: LintResult[] = linter.lintFiles([file], false);
  return results.flatMap((r) => r.messages.map((m) => `${m.rule}: ${m.message}`));
}

/** KEY=value lines of an env file, as Compose reads deploy/.env. */
function envFile(file: string): Record<string, string> {
  const entries = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]);
  return Object.fromEntries(entries);
}

const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g;

/** Compose's interpolation: `${A}`, `${A:-default}`, `${A-default}`, `${A:?error}` and `${A?error}`. */
function interpolate(text: string, vars: Record<string, string>): string {
  return text.replace(REFERENCE, (_all, name: string, op: string | undefined, arg: string | undefined) => {
    const value = vars[name];
    const missing = op?.startsWith(':') ? value === undefined || value === '' : value === undefined;
    if (!missing) return value ?? '';
    if (op?.endsWith('?')) throw new Error(`required variable ${name} is missing a value: ${arg}`);
    return op?.endsWith('-') ? (arg ?? '') : '';
  });
}

const resolve = (value: Json | undefined, vars: Record<string, string>): Json | undefined => {
  if (typeof value === 'string') return interpolate(value, vars);
  if (Array.isArray(value)) return value.map((v) => resolve(v, vars) ?? null);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, vars) ?? null]));
  return value;
};

const example = envFile(path.join(deployDir, '.env.example'));
/** .env.example with the blanks an operator fills in. */
const filled: Record<string, string> = {
  ...example,
  SERANKING_API_KEY: 'seranking-key',
  SERPMETRICS_API_KEY: 'serpmetrics-key',
  SERPMETRICS_API_SECRET: 'serpmetrics-secret',
  SERPMETRICS_CALLBACK_TOKEN: 'a-shared-callback-token-0123456789',
};

const built = Object.entries(services).filter(([, s]) => at(s, 'build') !== undefined);
const [gatewayName, gatewayRaw] = built[0] ?? ['', {}];
const gateway = objectAt(resolve(gatewayRaw, filled));
const environment = Object.fromEntries(
  Object.entries(objectAt(gateway, 'environment')).map(([k, v]) => [k, String(v)]),
);
const config = configFrom(environment, `ops:${'k'.repeat(24)}`);

const seconds = (duration: string): number => {
  const match = /^(\d+)(s|m)$/.exec(duration);
  if (!match) throw new Error(`unexpected duration ${duration}`);
  return Number(match[1]) * (match[2] === 'm' ? 60 : 1);
};
const bytes = (size: string): number => {
  const match = /^(\d+)([kmg])?b?$/i.exec(size);
  if (!match) throw new Error(`unexpected size ${size}`);
  return Number(match[1]) * 1024 ** ['', 'k', 'm', 'g'].indexOf((match[2] ?? '').toLowerCase());
};

describe('deploy/compose.yaml', () => {
  it('validates against the compose-spec schema and passes dclint (a misspelt key fails)', () => {
    expect(lint(composeFile)).toEqual([]);
    const dir = mkdtempSync(path.join(tmpdir(), 'seograph-compose-'));
    try {
      const misspelt = path.join(dir, 'compose.yaml');
      writeFileSync(misspelt, readFileSync(composeFile, 'utf8').replace('    healthcheck:', '    healthchek:'));
      expect(lint(misspelt).join('\n')).toMatch(/^invalid-schema: .*additional properties/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('builds one gateway service from the repository Dockerfile and runs several replicas of it', () => {
    expect(built.map(([name]) => name)).toEqual(['gateway']);
    const context = path.resolve(deployDir, String(at(gatewayRaw, 'build', 'context')));
    expect(readFileSync(path.join(context, String(at(gatewayRaw, 'build', 'dockerfile'))), 'utf8')).toMatch(/^FROM /m);
    // One service, one environment: every replica shares REDIS_URL, the callback token and the public URL.
    expect(Number(at(gateway, 'deploy', 'replicas'))).toBeGreaterThanOrEqual(2);
  });

  it('sets only variables the gateway reads, and the gateway accepts them', () => {
    expect(unknownVariables(Object.keys(environment))).toEqual([]);
    expect(config.nodeEnv).toBe('production');
    expect(config.sandbox).toBe(false);
    expect(config.live.callbackToken).toBe(filled.SERPMETRICS_CALLBACK_TOKEN);
    expect(config.live.publicUrl).toBe(example.PUBLIC_URL);
    expect(config.security.clients).toHaveLength(1);
  });

  it('takes the keys and the shared callback token from deploy/.env, never from a literal', () => {
    const raw = objectAt(gatewayRaw, 'environment');
    for (const name of ['SERANKING_API_KEY', 'SERPMETRICS_API_KEY', 'SERPMETRICS_API_SECRET']) {
      expect(raw[name], name).toMatch(new RegExp(`^\\$\\{${name}(:-)?\\}$`));
    }
    // Compose refuses to start without them: each replica inventing its own token would break callbacks.
    for (const name of ['SERPMETRICS_CALLBACK_TOKEN', 'PUBLIC_URL']) {
      expect(raw[name], name).toMatch(new RegExp(`^\\$\\{${name}:\\?`));
      expect(() => resolve(gatewayRaw, { ...filled, [name]: '' })).toThrow(name);
    }
    const secret = String(listAt(gatewayRaw, 'secrets')[0]);
    expect(environment.GATEWAY_API_KEYS_FILE).toBe(`/run/secrets/${secret}`);
    const secretFile = String(at(compose, 'secrets', secret, 'file'));
    const ignored = readFileSync(path.join(deployDir, '../.gitignore'), 'utf8').split('\n');
    expect(ignored).toContain(path.posix.join('deploy', secretFile));
  });

  it('documents in .env.example every variable compose.yaml reads', () => {
    const referenced = [...readFileSync(composeFile, 'utf8').matchAll(REFERENCE)].map((m) => m[1]);
    expect(Object.keys(example).sort()).toEqual([...new Set(referenced)].sort());
  });

  it('points REDIS_URL at the one Redis, which has a redis-cli ping healthcheck', () => {
    const url = new URL(config.live.redisUrl ?? '');
    const redis = objectAt(services, url.hostname);
    expect(String(at(redis, 'image'))).toMatch(/^redis:/);
    expect(listAt(redis, 'expose').map(String)).toContain(url.port);
    expect(listAt(redis, 'healthcheck', 'test').slice(1)).toEqual(['redis-cli', 'ping']);
    expect(at(gatewayRaw, 'depends_on', url.hostname, 'condition')).toBe('service_healthy');
  });

  it('checks /health on the gateway port, and drains longer than SHUTDOWN_TIMEOUT_MS before a kill', () => {
    const test = listAt(gateway, 'healthcheck', 'test').map(String).join(' ');
    expect(test).toContain(`:${config.port}/health`);
    expect(listAt(gateway, 'expose').map(String)).toContain(String(config.port));
    expect(seconds(String(at(gateway, 'stop_grace_period')))).toBeGreaterThan(
      config.observability.shutdownTimeoutMs / 1000,
    );
    const limitMiB = bytes(String(at(gateway, 'deploy', 'resources', 'limits', 'memory'))) / 2 ** 20;
    expect(limitMiB).toBeGreaterThanOrEqual(heapLimitMiB(config) + NON_HEAP_MIB);
    expect(at(gateway, 'read_only')).toBe(true);
  });

  it('balances over the gateway service with nginx, whose config matches the ports and health path', () => {
    const lbEntry = Object.entries(services).find(([, s]) => String(at(s, 'image')).startsWith('nginx:'));
    expect(lbEntry).toBeDefined();
    const lb = objectAt(resolve(lbEntry?.[1], filled));
    const mount = listAt(lb, 'volumes')
      .map(String)
      .find((v) => v.endsWith(':/etc/nginx/nginx.conf:ro'));
    const nginx = readFileSync(path.resolve(deployDir, String(mount?.split(':')[0])), 'utf8');
    expect(nginx).toContain(`server ${gatewayName}:${config.port} resolve;`);
    const listen = /^\s*listen (\d+);/m.exec(nginx)?.[1];
    expect(String(at(lb, 'ports', 0, 'target'))).toBe(listen);
    const healthPath = /http:\/\/127\.0\.0\.1:\d+(\/\S*)/.exec(listAt(lb, 'healthcheck', 'test').join(' '))?.[1];
    expect(nginx).toContain(`location = ${healthPath} {`);
    expect(at(lb, 'depends_on', gatewayName, 'condition')).toBe('service_healthy');
  });
});
