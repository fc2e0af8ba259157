export class InvalidStorageKeyError extends Error {
  override name = 'InvalidStorageKeyError';
  constructor(key: string, reason: string) {
    super(`invalid storage key ${JSON.stringify(key.slice(0, 200))}: ${reason}`);
  }
}

export const META_SUFFIX = '.meta.json';
const MAX_KEY_LENGTH = 1024;
// No segment may start with '.', which rules out '.', '..' and hidden files (where temp files live).
const SEGMENT = /^[a-zA-Z0-9_-][a-zA-Z0-9_.-]*$/;

/** Throws InvalidStorageKeyError unless `key` is a safe relative key such as `avatars/u1/a.png`. */
export function assertStorageKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0) {
    throw new InvalidStorageKeyError(String(key), 'must be a non-empty string');
  }
  if (key.length > MAX_KEY_LENGTH) {
    throw new InvalidStorageKeyError(key, `longer than ${MAX_KEY_LENGTH} characters`);
  }
  if (key.startsWith('/')) throw new InvalidStorageKeyError(key, 'absolute paths are not allowed');
  if (key.includes('..'))
    throw new InvalidStorageKeyError(key, "'..' (path traversal) is not allowed");
  if (!/^[a-zA-Z0-9/_.-]+$/.test(key)) {
    throw new InvalidStorageKeyError(key, 'only letters, digits and / _ . - are allowed');
  }
  if (!key.split('/').every((segment) => SEGMENT.test(segment))) {
    throw new InvalidStorageKeyError(
      key,
      "empty segments and segments starting with '.' are not allowed",
    );
  }
  if (key.endsWith(META_SUFFIX)) {
    throw new InvalidStorageKeyError(key, `keys ending in ${META_SUFFIX} are reserved`);
  }
}

export function isValidStorageKey(key: string): boolean {
  try {
    assertStorageKey(key);
    return true;
  } catch {
    return false;
  }
}
