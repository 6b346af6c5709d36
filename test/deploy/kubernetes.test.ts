/**
 * deploy/kubernetes without a cluster: every manifest against the Kubernetes OpenAPI schema (kubernetes-models'
 * validators, plus TypeScript's excess-property check over its generated types, which catches misspelt fields
 * that the schema lets through), and the cross-references a cluster would only reveal at run time.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Config, heapLimitMiB } from '../../src/config/index.js';
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

const dir = path.join(deployDir, 'kubernetes');
const EXAMPLE = /\.example\.yaml$/;

interface Manifest {
  file: string;
  object: JsonObject;
}

const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml');
const manifests: Manifest[] = files.flatMap((file) =>
  readYaml(path.join(dir, file)).map((object) => ({ file, object })),
);
const kustomization = readYaml(path.join(dir, 'kustomization.yaml'))[0];

const str = (value: Json | undefined): string => (typeof value === 'string' ? value : '');
const kindOf = (m: Manifest): string => str(m.object.kind);
const nameOf = (m: Manifest): string => str(at(m.object, 'metadata', 'name'));

function one(kind: string, name: string): JsonObject {
  const found = manifests.filter((m) => kindOf(m) === kind && nameOf(m) === name && !EXAMPLE.test(m.file));
  expect(
    found.map((m) => m.file),
    `${kind}/${name}`,
  ).toHaveLength(1);
  return (found[0] as Manifest).object;
}

/** `apps/v1` + `Deployment` → `kubernetes-models/apps/v1/Deployment`, whose export `Deployment` validates. */
const modelPath = (m: Manifest): string => `kubernetes-models/${str(m.object.apiVersion)}/${kindOf(m)}`;

type Validating = new (data: unknown) => { validate(): void };

async function schemaErrors(m: Manifest): Promise<string | undefined> {
  const exported: Record<string, unknown> = await import(modelPath(m));
  const model = exported[kindOf(m)];
  if (typeof model !== 'function') return `no model for ${str(m.object.apiVersion)} ${kindOf(m)}`;
  try {
    new (model as Validating)(m.object).validate();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Type-checks every manifest as an object literal of its kubernetes-models interface (`IDeployment` …), in
 * memory: an unknown or misspelt field anywhere is an excess property, as the API server's strict field
 * validation would refuse it. Returns one line per problem, naming the file.
 */
function typeErrors(list: readonly Manifest[]): string[] {
  const fileName = path.join(dir, '__manifests__.ts');
  const declarations = list.map((m, i) => {
    const type = `I${kindOf(m)}`;
    return {
      m,
      text:
        `import type { ${type} as T${i} } from '${modelPath(m)}';\n` +
        `export const m${i}: T${i} = ${JSON.stringify(m.object, null, 2)};\n`,
    };
  });
  const source = declarations.map((d) => d.text).join('');
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) =>
    name === fileName ? ts.createSourceFile(name, source, version) : getSourceFile(name, version);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === fileName || fileExists(name);
  const program = ts.createProgram([fileName], options, host);
  const starts: number[] = [];
  declarations.reduce((offset, d) => {
    starts.push(offset);
    return offset + d.text.length;
  }, 0);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const start = d.start ?? 0;
    const index = starts.findLastIndex((s) => s <= start);
    const where = d.file?.fileName === fileName ? (declarations[index]?.m.file ?? '?') : (d.file?.fileName ?? '');
    return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

const deployment = one('Deployment', 'seograph');
const podSpec = objectAt(deployment, 'spec', 'template', 'spec');
const container = objectAt(podSpec, 'containers', 0);
const configMap = one('ConfigMap', 'seograph');
const exampleSecret = manifests.find((m) => kindOf(m) === 'Secret' && EXAMPLE.test(m.file))?.object;

const stringMap = (value: Json | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(isObject(value) ? value : {}).map(([k, v]) => [k, String(v)]));

const labelsMatch = (selector: Json | undefined, labels: Json | undefined): boolean => {
  const wanted = stringMap(selector);
  const have = stringMap(labels);
  return Object.keys(wanted).length > 0 && Object.entries(wanted).every(([k, v]) => have[k] === v);
};

/** Kubernetes quantities as bytes (`768Mi`, `1Gi`, `500M`). */
function bytes(quantity: string): number {
  const match = /^(\d+)(Ki|Mi|Gi|K|M|G)?$/.exec(quantity);
  if (!match) throw new Error(`unexpected quantity ${quantity}`);
  const unit = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, K: 1e3, M: 1e6, G: 1e9 }[match[2] ?? ''] ?? 1;
  return Number(match[1]) * unit;
}

/** The environment a gateway pod starts with, secrets filled from the example Secret. */
function podEnvironment(): Record<string, string> {
  const secret = stringMap(at(exampleSecret, 'stringData'));
  const env: Record<string, string> = {};
  for (const source of listAt(container, 'envFrom')) {
    expect(at(source, 'configMapRef', 'name')).toBe(nameOf({ file: '', object: configMap }));
    Object.assign(env, stringMap(configMap.data));
  }
  for (const entry of listAt(container, 'env')) {
    const name = str(at(entry, 'name'));
    const ref = at(entry, 'valueFrom', 'secretKeyRef');
    env[name] = ref === undefined ? str(at(entry, 'value')) : (secret[str(at(ref, 'key'))] ?? '');
  }
  return env;
}

describe('deploy/kubernetes', () => {
  let config: Config;
  beforeAll(() => {
    const keysFile = str(at(exampleSecret, 'stringData', 'GATEWAY_API_KEYS'));
    config = configFrom(podEnvironment(), keysFile);
  });

  it('validates every manifest against the Kubernetes OpenAPI schema', async () => {
    expect(manifests.length).toBeGreaterThanOrEqual(8);
    const problems: string[] = [];
    for (const m of manifests) {
      const error = await schemaErrors(m);
      if (error) problems.push(`${m.file} ${kindOf(m)}/${nameOf(m)}: ${error}`);
    }
    expect(problems).toEqual([]);
    const nameless = structuredClone(deployment);
    delete objectAt(nameless, 'spec', 'template', 'spec', 'containers', 0).name;
    expect(await schemaErrors({ file: 'nameless.yaml', object: nameless })).toMatch(/required property name/);
  });

  it('has no field the API does not define (a misspelt field fails)', () => {
    const misspelt = structuredClone(deployment);
    objectAt(misspelt, 'spec', 'template', 'spec', 'containers', 0).readinesProbe = { httpGet: { path: '/ready' } };
    const errors = typeErrors([...manifests, { file: 'misspelt.yaml', object: misspelt }]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^misspelt\.yaml: [\s\S]*readinesProbe/);
  });

  it('ties every manifest into the kustomization, except the example Secret', () => {
    const resources = listAt(kustomization, 'resources').map(String).sort();
    expect(resources).toEqual(files.filter((f) => !EXAMPLE.test(f)).sort());
    expect(listAt(kustomization, 'images').map((i) => at(i, 'name'))).toContain(container.image);
  });

  it('sets only variables the gateway reads, and the gateway accepts them', () => {
    expect(unknownVariables(Object.keys(podEnvironment()))).toEqual([]);
    expect(config.nodeEnv).toBe('production');
    expect(config.sandbox).toBe(false);
    expect(config.security.authRequired).toBe(true);
    expect(config.security.clients.length).toBeGreaterThan(0);
    expect(config.live.publicUrl).toMatch(/^https:/);
  });

  it('reads the upstream keys and the callback token from the Secret, never from a literal', () => {
    const secretName = nameOf({ file: '', object: exampleSecret ?? {} });
    for (const name of [
      'SERANKING_API_KEY',
      'SERPMETRICS_API_KEY',
      'SERPMETRICS_API_SECRET',
      'SERPMETRICS_CALLBACK_TOKEN',
    ]) {
      const entry = listAt(container, 'env').find((e) => at(e, 'name') === name);
      expect(at(entry, 'valueFrom', 'secretKeyRef', 'name'), name).toBe(secretName);
      expect(configMap.data, name).not.toHaveProperty(name);
    }
    const keysVolume = listAt(podSpec, 'volumes').find((v) => at(v, 'secret') !== undefined);
    expect(at(keysVolume, 'secret', 'secretName')).toBe(secretName);
    const secretKeys = Object.keys(stringMap(at(exampleSecret, 'stringData')));
    const referenced = [
      ...listAt(container, 'env').map((e) => str(at(e, 'valueFrom', 'secretKeyRef', 'key'))),
      ...listAt(keysVolume, 'secret', 'items').map((i) => str(at(i, 'key'))),
    ].filter((k) => k !== '');
    expect(secretKeys.sort()).toEqual([...new Set(referenced)].sort());
    const mount = listAt(container, 'volumeMounts').find((v) => at(v, 'name') === at(keysVolume, 'name'));
    const item = str(at(keysVolume, 'secret', 'items', 0, 'path'));
    expect(stringMap(configMap.data).GATEWAY_API_KEYS_FILE).toBe(`${str(at(mount, 'mountPath'))}/${item}`);
  });

  it('probes /ready for readiness and /health for liveness on the container port', () => {
    const ports = listAt(container, 'ports');
    const portNamed = (name: Json | undefined) =>
      ports.find((p) => at(p, 'name') === name || at(p, 'containerPort') === name);
    expect(at(container, 'readinessProbe', 'httpGet', 'path')).toBe('/ready');
    expect(at(container, 'livenessProbe', 'httpGet', 'path')).toBe('/health');
    for (const probe of ['readinessProbe', 'livenessProbe', 'startupProbe']) {
      expect(at(portNamed(at(container, probe, 'httpGet', 'port')), 'containerPort'), probe).toBe(config.port);
    }
    // A readiness answer is cached READY_CACHE_MS: probing faster only repeats it.
    expect(Number(at(container, 'readinessProbe', 'periodSeconds')) * 1000).toBeGreaterThanOrEqual(
      config.observability.readyCacheMs,
    );
  });

  it('gives the gateway longer to drain than SHUTDOWN_TIMEOUT_MS before it is killed', () => {
    const preStop = Number(at(container, 'lifecycle', 'preStop', 'sleep', 'seconds') ?? 0);
    const grace = Number(podSpec.terminationGracePeriodSeconds);
    expect(grace).toBeGreaterThan(preStop + config.observability.shutdownTimeoutMs / 1000);
  });

  it('runs as a non-root user on a read-only root filesystem, within its memory limit', () => {
    expect(at(podSpec, 'securityContext', 'runAsNonRoot')).toBe(true);
    expect(at(container, 'securityContext', 'readOnlyRootFilesystem')).toBe(true);
    expect(at(container, 'securityContext', 'allowPrivilegeEscalation')).toBe(false);
    const limitMiB = bytes(str(at(container, 'resources', 'limits', 'memory'))) / 2 ** 20;
    expect(limitMiB).toBeGreaterThanOrEqual(heapLimitMiB(config) + NON_HEAP_MIB);
    expect(at(container, 'resources', 'requests', 'cpu')).toBeDefined();
  });

  it('selects the gateway pods from the Service, the budget and the autoscaler, and only them', () => {
    const podLabels = at(deployment, 'spec', 'template', 'metadata', 'labels');
    const redisLabels = at(one('Deployment', 'seograph-redis'), 'spec', 'template', 'metadata', 'labels');
    expect(labelsMatch(at(deployment, 'spec', 'selector', 'matchLabels'), podLabels)).toBe(true);
    const service = one('Service', 'seograph');
    const pdb = one('PodDisruptionBudget', 'seograph');
    for (const selector of [at(service, 'spec', 'selector'), at(pdb, 'spec', 'selector', 'matchLabels')]) {
      expect(labelsMatch(selector, podLabels)).toBe(true);
      expect(labelsMatch(selector, redisLabels)).toBe(false);
    }
    const target = at(service, 'spec', 'ports', 0, 'targetPort');
    expect(listAt(container, 'ports').some((p) => at(p, 'name') === target || at(p, 'containerPort') === target)).toBe(
      true,
    );
    const hpa = one('HorizontalPodAutoscaler', 'seograph');
    expect(at(hpa, 'spec', 'scaleTargetRef')).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'seograph' });
    expect(Number(at(hpa, 'spec', 'minReplicas'))).toBeGreaterThanOrEqual(2);
    // The autoscaler owns the replica count; a fixed one would be reset on every apply.
    expect(at(deployment, 'spec', 'replicas')).toBeUndefined();
    expect(Number(at(pdb, 'spec', 'maxUnavailable'))).toBeLessThan(Number(at(hpa, 'spec', 'minReplicas')));
  });

  it('points REDIS_URL at the Redis Service, which selects the Redis pod and its port', () => {
    const url = new URL(config.live.redisUrl ?? '');
    const redisService = one('Service', url.hostname);
    const redis = one('Deployment', 'seograph-redis');
    expect(labelsMatch(at(redisService, 'spec', 'selector'), at(redis, 'spec', 'template', 'metadata', 'labels'))).toBe(
      true,
    );
    const port = listAt(redisService, 'spec', 'ports').find((p) => String(at(p, 'port')) === url.port);
    const redisContainer = objectAt(redis, 'spec', 'template', 'spec', 'containers', 0);
    const containerPort = listAt(redisContainer, 'ports').find((p) => at(p, 'name') === at(port, 'targetPort'));
    expect(at(containerPort, 'containerPort')).toBe(Number(url.port));
    expect(at(redisContainer, 'readinessProbe', 'exec', 'command')).toEqual(['redis-cli', 'ping']);
    expect(at(redis, 'spec', 'replicas')).toBe(1);
  });

  it('keeps the example Secret a clearly named example of placeholders', () => {
    const example = manifests.find((m) => kindOf(m) === 'Secret');
    expect(example?.file).toMatch(EXAMPLE);
    for (const value of Object.values(stringMap(at(example?.object, 'stringData')))) expect(value).toMatch(/example/);
  });
});
