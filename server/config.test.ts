import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, readEnvFile } from './config.js';

function problems(source: Record<string, string>): string[] {
  try {
    loadConfig(source);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('has embedded defaults that need no settings', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database.url).toBeUndefined();
    expect(config.redisUrl).toBeUndefined();
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.dataDir.endsWith('data')).toBe(true);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names the variable and what is wrong', () => {
    expect(problems({ PORT: 'eighty' })[0]).toMatch(/^PORT: /);
    expect(problems({ PORT: '70000' })[0]).toMatch(/^PORT: /);
    expect(problems({ REDIS_URL: 'http://x' })[0]).toMatch(
      /^REDIS_URL: must start with redis:\/\//,
    );
    expect(problems({ LOG_LEVEL: 'loud' })[0]).toMatch(/^LOG_LEVEL: /);
    expect(problems({ CORS_ORIGINS: 'https://ok.example, not a url' })[0]).toMatch(/^CORS_ORIGINS/);
  });

  it('requires shared secrets in scaled mode', () => {
    const found = problems({ DATABASE_URL: 'postgres://u@localhost/db' });
    expect(found).toEqual([
      expect.stringMatching(/^JWT_SECRET: required/),
      expect.stringMatching(/^ENCRYPTION_KEY: required/),
    ]);
    expect(problems({ ENCRYPTION_KEY: 'c2hvcnQ=' })[0]).toMatch(
      /^ENCRYPTION_KEY: must be 32 bytes/,
    );
  });

  it('hashes passwords at OWASP cost, and refuses the test-only minimum outside NODE_ENV=test', () => {
    expect(loadConfig({}).passwordHashing).toBe('owasp');
    for (const NODE_ENV of ['production', 'development']) {
      expect(problems({ NODE_ENV, PASSWORD_HASHING: 'test-minimal' })).toEqual([
        'PASSWORD_HASHING: test-minimal is only allowed with NODE_ENV=test',
      ]);
    }
    expect(problems({ PASSWORD_HASHING: 'test-minimal' })).toHaveLength(1);
    expect(loadConfig({ NODE_ENV: 'test', PASSWORD_HASHING: 'test-minimal' }).passwordHashing).toBe(
      'test-minimal',
    );
    expect(problems({ PASSWORD_HASHING: 'none' })[0]).toMatch(/^PASSWORD_HASHING: /);
  });

  it('treats empty values as unset and parses lists and booleans', () => {
    const config = loadConfig({
      PORT: '',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      TRUST_PROXY: 'true',
      PUBLIC_URL: 'https://careers.example/',
    });
    expect(config.port).toBe(3000);
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.trustProxy).toBe(true);
    expect(config.publicUrl).toBe('https://careers.example');
  });
});

describe('starting with an invalid setting', () => {
  it('stops the process with a message naming the variable', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, PORT: 'eighty', DATABASE_URL: '', REDIS_URL: '' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(78);
    expect(result.stderr).toContain('PORT: ');
    expect(result.stdout).not.toContain('is running');
  });
});

describe('.env file', () => {
  it('is read from the working directory, and real environment variables win', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'careeros-env-'));
    try {
      writeFileSync(path.join(dir, '.env'), 'PORT=4123\nLOG_LEVEL=debug\n# a comment\n');
      const fromFile = readEnvFile(dir);
      expect(fromFile).toEqual({ PORT: '4123', LOG_LEVEL: 'debug' });
      const config = loadConfig({ ...fromFile, LOG_LEVEL: 'warn' });
      expect(config.port).toBe(4123);
      expect(config.logLevel).toBe('warn');
      expect(readEnvFile(os.tmpdir() + '/careeros-no-such-dir')).toEqual({});
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
