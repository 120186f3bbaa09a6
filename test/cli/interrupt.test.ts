import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { handoffInterrupted, tempDir } from '../support/cli.js';

const tmp = tempDir('interrupt');

describe('Ctrl-C through the built binary', () => {
  it.each([1, 2])('stops a long compare on %i worker(s): exit 130, a one-line message, no --out file', async (workers) => {
    const out = join(tmp, `compare-${workers}.json`);
    const r = await handoffInterrupted(['compare', 'scenarios/flagship-launch.yaml', '-r', '5000', '-w', String(workers), '--out', out], 1200);
    expect(r.code).toBe(130);
    expect(r.stderr).toBe('handoff: interrupted; nothing was written\n');
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp)).toEqual([]);
  });
});
