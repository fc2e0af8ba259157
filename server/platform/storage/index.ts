export type { FileStorage, StoredObject } from './types.js';
export { createLocalStorage, type LocalStorageOptions } from './local-storage.js';
export { assertStorageKey, InvalidStorageKeyError, isValidStorageKey } from './keys.js';
