import { describe, expect, it } from 'vitest';
import { repeatEvery } from './repeat.js';

describe('repeatEvery', () => {
  it('runs rounds one at a time, and stop waits for the running one', async () => {
    let rounds = 0;
    let running = 0;
    let overlapped = false;
    let release: () => void = () => undefined;
    const finished: number[] = [];
    const schedule = repeatEvery(
      async () => {
        rounds += 1;
        running += 1;
        if (running > 1) overlapped = true;
        // The third round hangs until released, to see stop wait for it.
        if (rounds === 3) await new Promise<void>((resolve) => (release = resolve));
        running -= 1;
        finished.push(rounds);
      },
      { everyMs: 5, firstAfterMs: 1 },
      () => undefined,
    );
    await expect.poll(() => rounds, { timeout: 2000 }).toBe(3);
    let stopped = false;
    const stopping = schedule.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(finished).toEqual([1, 2, 3]);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(rounds).toBe(3);
    expect(overlapped).toBe(false);
  });

  it('hands a failed run to onError and goes on with the next', async () => {
    let rounds = 0;
    const warnings: unknown[] = [];
    const schedule = repeatEvery(
      () => {
        rounds += 1;
        return rounds === 1 ? Promise.reject(new Error('busy')) : Promise.resolve();
      },
      { everyMs: 5, firstAfterMs: 1 },
      (err) => warnings.push(err),
    );
    await expect.poll(() => rounds, { timeout: 2000 }).toBeGreaterThanOrEqual(2);
    await schedule.stop();
    expect(warnings).toHaveLength(1);
  });
});
