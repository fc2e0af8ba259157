/** Source of random bytes; node:crypto's randomBytes in production, a fixed one in tests. */
export type RandomBytes = (size: number) => Buffer;
