import type { Readable } from 'node:stream';

export interface StoredObject {
  stream: Readable;
  contentType: string;
  size: number;
}

/**
 * Object storage with S3-like semantics: flat keys (slashes are just characters to callers),
 * whole-object writes, metadata stored with the object, and time-limited signed download URLs.
 */
export interface FileStorage {
  /** 'local' for now; an S3 implementation will add 's3'. */
  readonly backend: 'local';
  put(
    key: string,
    data: Buffer | Readable,
    meta: { contentType: string },
  ): Promise<{ key: string; size: number }>;
  get(key: string): Promise<StoredObject | undefined>;
  /** Deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** Relative URL that lets anyone holding it download the object until it expires. */
  downloadUrl(key: string, opts: { expiresInSeconds: number }): string;
  /** Checks the `expires` and `sig` query parameters of a download URL for this key. */
  verifyDownload(key: string, expires: string | number, signature: string): boolean;
  ping(): Promise<void>;
}
