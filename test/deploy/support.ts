/**
 * Test support for the deploy files: reading YAML as the tools do, and the checks the Compose and Kubernetes
 * tests share (variable names the gateway reads, its configuration parsed from a file's environment).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { type Config, loadConfig } from '../../src/config/index.js';
import { configVariables } from '../support/config-variables.js';

export const deployDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../deploy');

/** A plain JSON-like value, as YAML documents hold. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Each document of a YAML file; a parse error fails the test with the tool's message. */
export function readYaml(file: string): JsonObject[] {
  const docs = parseAllDocuments(readFileSync(file, 'utf8'));
  if (!Array.isArray(docs)) return [];
  return docs.map((doc, i) => {
    if (doc.errors.length > 0) throw new Error(`${file} document ${i + 1}: ${doc.errors[0]?.message}`);
    const value = doc.toJS() as Json;
    if (!isObject(value)) throw new Error(`${file} document ${i + 1} is not a mapping`);
    return value;
  });
}

/** Walks `path` through nested mappings and lists; undefined when a step is missing. */
export function at(value: Json | undefined, ...steps: Array<string | number>): Json | undefined {
  let current = value;
  for (const step of steps) {
    if (typeof step === 'number') current = Array.isArray(current) ? current[step] : undefined;
    else current = isObject(current) ? current[step] : undefined;
  }
  return current;
}

export const objectAt = (value: Json | undefined, ...steps: Array<string | number>): JsonObject => {
  const found = at(value, ...steps);
  if (!isObject(found)) throw new Error(`expected a mapping at ${steps.join('.')}`);
  return found;
};

export const listAt = (value: Json | undefined, ...steps: Array<string | number>): Json[] => {
  const found = at(value, ...steps);
  if (!Array.isArray(found)) throw new Error(`expected a list at ${steps.join('.')}`);
  return found;
};

/**
 * Memory a gateway needs beside V8's old space (heapLimitMiB): code, new space, stacks, sockets' buffers. The
 * container's limit must cover both, or the kernel kills the process before V8 collects.
 */
export const NON_HEAP_MIB = 128;

/**
 * Names a deploy file sets that the gateway would ignore: anything `loadConfig` does not read. OTEL_* variables
 * are read by the OpenTelemetry exporter itself (README "Operations"), so they pass too.
 */
export function unknownVariables(names: Iterable<string>): string[] {
  const known = new Set(configVariables());
  return [...names].filter((name) => !known.has(name) && !name.startsWith('OTEL_'));
}

/**
 * The gateway's own parser over a deploy file's environment. `GATEWAY_API_KEYS_FILE` names a path inside the
 * container, so `keysFileContent` (what the Secret would mount there) is written to a temporary file instead.
 */
export function configFrom(env: Record<string, string>, keysFileContent: string): Config {
  const dir = mkdtempSync(path.join(tmpdir(), 'seograph-deploy-'));
  try {
    const keysFile = path.join(dir, 'gateway-api-keys');
    writeFileSync(keysFile, keysFileContent);
    return loadConfig({ ...env, GATEWAY_API_KEYS_FILE: keysFile });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
