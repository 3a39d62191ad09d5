import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spreadOverCores } from '../../scripts/lib/spreadOverCores';

const worker = path.resolve('tests/fixtures/spread/square.ts');
const job = (n: number) => ({ square: n * n, pid: process.pid });
const numbers = Array.from({ length: 9 }, (_, i) => i + 1);

describe('spreadOverCores', () => {
  it('runs a short list in this process', async () => {
    const results = await spreadOverCores(numbers, { worker, name: 'Squares', minItemsPerProcess: 100, job });
    expect(results.map((r) => r.square)).toEqual(numbers.map((n) => n * n));
    expect(new Set(results.map((r) => r.pid))).toEqual(new Set([process.pid]));
  });

  it('spreads a long list over other processes and returns each result in its item’s place', async () => {
    const results = await spreadOverCores(numbers, { worker, name: 'Squares', minItemsPerProcess: 1, job });
    expect(results.map((r) => r.square)).toEqual(numbers.map((n) => n * n));
    expect(results.map((r) => r.pid)).not.toContain(process.pid);
  }, 60_000);

  it('fails, naming the job, when a worker process fails', async () => {
    await expect(
      spreadOverCores([1, 2, 3, 4], { worker: path.resolve('tests/fixtures/spread/missing.ts'), name: 'Squares', minItemsPerProcess: 1, job }),
    ).rejects.toThrow(/^Squares: a worker process failed/);
  }, 60_000);
});
