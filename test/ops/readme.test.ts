/**
 * The README stays true to the code: the quick-start commands, every environment variable the configuration
 * reads (recorded while it parses, so new variables are caught), the sandbox CLI's variables, and every
 * ErrorCode in the error table.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/errors/index.js';
import { configVariables } from '../support/config-variables.js';
import { repoRoot } from './support.js';

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

describe('README.md', () => {
  it('keeps the two quick-start commands', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
  });

  it('documents every variable of the configuration in a table row', () => {
    const variables = configVariables();
    expect(variables.length).toBeGreaterThan(40);
    const missing = variables.filter((name) => !new RegExp(`^\\|[^\\n]*\`${name}\``, 'm').test(readme));
    expect(missing).toEqual([]);
  });

  it('documents the sandbox CLI variables', () => {
    const cli = readFileSync(path.join(repoRoot, 'src/sandbox/cli.ts'), 'utf8');
    const names = [
      ...new Set([...cli.matchAll(/'(SANDBOX_[A-Z_]+)'|process\.env\.(SANDBOX_[A-Z_]+)/g)].map((m) => m[1] ?? m[2])),
    ];
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const name of [...names, 'SANDBOX_ADMIN_TOKEN']) expect(readme).toContain(`\`${name}\``);
  });

  it('has a row for every ErrorCode', () => {
    const missing = Object.keys(ERROR_CODES).filter((code) => !readme.includes(`| \`${code}\` |`));
    expect(missing).toEqual([]);
  });
});
