import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveAuthSecret } from '@/lib/auth/secret';

const dirs: string[] = [];
function tempFile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrack-secret-'));
  dirs.push(dir);
  return path.join(dir, 'data', 'auth-secret');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('resolveAuthSecret', () => {
  it('uses BETTER_AUTH_SECRET when set and writes no file', () => {
    const file = tempFile();
    const secret = 's'.repeat(40);
    expect(resolveAuthSecret({ envSecret: secret, file })).toBe(secret);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('generates a random secret once, readable by its owner only, and reuses it', () => {
    const file = tempFile();
    const first = resolveAuthSecret({ file });
    expect(first.length).toBeGreaterThanOrEqual(43);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(resolveAuthSecret({ file })).toBe(first);
    expect(resolveAuthSecret({ file: tempFile() })).not.toBe(first);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['auth-secret']);
  });

  it('refuses a file that holds too short a secret', () => {
    const file = tempFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'short\n');
    expect(() => resolveAuthSecret({ file })).toThrow(/fewer than 32 characters/);
  });

  it('never generates one where servers on other machines share the database', () => {
    const file = tempFile();
    expect(() => resolveAuthSecret({ file, mayGenerate: false })).toThrow(
      /BETTER_AUTH_SECRET is not set/,
    );
    expect(fs.existsSync(file)).toBe(false);
    const secret = 's'.repeat(40);
    expect(resolveAuthSecret({ envSecret: secret, file, mayGenerate: false })).toBe(secret);
  });
});
