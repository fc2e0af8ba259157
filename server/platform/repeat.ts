/** A repeating background task started by `repeatEvery`. */
export interface Repeating {
  /** Cancels the next run and waits for a running one (so what it uses can close after). */
  stop(): Promise<void>;
}

/**
 * Runs `task` after `firstAfterMs`, then `everyMs` after each run ends, so two runs never
 * overlap. A failed run goes to `onError` and the next one still comes. Timers are unref'd: they
 * keep no process alive.
 */
export function repeatEvery(
  task: () => Promise<void>,
  { everyMs, firstAfterMs }: { everyMs: number; firstAfterMs: number },
  onError: (err: unknown) => void,
): Repeating {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const next = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = task()
        .catch(onError)
        .finally(() => {
          running = undefined;
          next(everyMs);
        });
    }, ms);
    timer.unref();
  };
  next(firstAfterMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
