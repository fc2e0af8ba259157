/** Throw from a handler to fail a job at once, without retries (e.g. an invalid payload). */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}

export class UnknownJobError extends Error {
  override name = 'UnknownJobError';
  constructor(jobName: string) {
    super(`no handler registered for job "${jobName}"`);
  }
}
