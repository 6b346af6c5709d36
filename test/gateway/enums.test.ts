// The enums built from the upstream lists: the SE Ranking client's copies equal ../shared, every code
// is an enum value, and every value is described (GraphiQL users read them).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type GraphQLEnumType, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/errors/index.js';
import { schema } from '../../src/graph/index.js';
import { UPSTREAM_ERROR_CODES } from '../../src/upstream/errors.js';
import { REGIONAL_DATABASES, SERP_FEATURES } from '../../src/upstream/seranking/sources.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(repoRoot, '../shared/upstream');

const readJson = async (file: string): Promise<Array<{ code: string; name: string }>> =>
  JSON.parse(await readFile(file, 'utf8'));

const enumType = (name: string): GraphQLEnumType => {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
  return type;
};

describe.each([
  ['RegionalDatabase', 'seranking-sources.json', REGIONAL_DATABASES],
  ['SerpFeature', 'serp-features.json', SERP_FEATURES],
])('%s', (typeName, file, copy) => {
  it(`is built from a copy equal to ../shared/upstream/${file}`, async () => {
    expect(copy).toEqual(await readJson(path.join(shared, file)));
  });

  it('has one described value per upstream code a field takes', async () => {
    // `worldwide` is implicit in the worldwide overview: no field takes it (seranking.md §4.5).
    const codes = (await readJson(path.join(shared, file)))
      .map((c) => c.code)
      .filter((c) => c !== 'worldwide')
      .sort();
    const values = enumType(typeName).getValues();
    expect(values.map((v) => v.value).sort()).toEqual(codes);
    for (const v of values) expect(v.name).toBe(String(v.value).toUpperCase());
    for (const v of values) expect(v.description, v.name).toMatch(/\S/);
  });
});

describe('RegionalDatabase', () => {
  it('names the United Kingdom UK, not GB, and leaves WORLDWIDE out', () => {
    const names = enumType('RegionalDatabase')
      .getValues()
      .map((v) => v.name);
    expect(names).toContain('UK');
    expect(names).not.toContain('GB');
    expect(names).not.toContain('WORLDWIDE');
    expect(names).toHaveLength(209);
  });
});

describe('ErrorCode', () => {
  it('holds every upstream code and every gateway code, each described', () => {
    const values = enumType('ErrorCode').getValues();
    const names = values.map((v) => v.name);
    expect([...names].sort()).toEqual(Object.keys(ERROR_CODES).sort());
    for (const code of UPSTREAM_ERROR_CODES) expect(names).toContain(code);
    for (const code of ['BAD_USER_INPUT', 'CREDIT_BUDGET_EXCEEDED', 'INTERNAL_SERVER_ERROR', 'CSRF_REJECTED']) {
      expect(names).toContain(code);
    }
    for (const v of values) expect(v.description, v.name).toMatch(/\S/);
  });
});

describe('TargetMode', () => {
  it('maps HOST, DOMAIN and URL to the upstream modes', () => {
    expect(
      enumType('TargetMode')
        .getValues()
        .map((v) => [v.name, v.value]),
    ).toEqual(
      expect.arrayContaining([
        ['HOST', 'host'],
        ['DOMAIN', 'domain'],
        ['URL', 'url'],
      ]),
    );
  });
});
