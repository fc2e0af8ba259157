import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import type { App } from '../../app.js';
import { bearer } from '../auth/auth-test-helpers.js';

/** A multipart/form-data body with one file part, as a browser's FormData would send it. */
export function multipartFile(
  data: Buffer,
  { field = 'file', filename = 'photo.png', contentType = 'image/png' } = {},
) {
  const boundary = `----careeros${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
      `Content-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, data, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export function uploadAvatar(
  app: App,
  userId: string,
  token: string | undefined,
  data: Buffer,
  options: Parameters<typeof multipartFile>[1] = {},
) {
  const body = multipartFile(data, options);
  return app.inject({
    method: 'POST',
    url: `/api/users/${userId}/avatar`,
    payload: body.payload,
    headers: { ...body.headers, ...(token ? bearer(token) : {}) },
  });
}

/**
 * A 400 x 200 picture, red on the left half and blue on the right, so a test can tell how it
 * was turned.
 */
export function twoColourImage(): Sharp {
  const red = { create: { width: 200, height: 200, channels: 3, background: '#ff0000' } } as const;
  return sharp({ create: { width: 400, height: 200, channels: 3, background: '#0000ff' } })
    .composite([{ input: red, left: 0, top: 0 }])
    .flatten();
}

export async function pngImage(): Promise<Buffer> {
  return twoColourImage().png().toBuffer();
}

/** A JPEG whose EXIF says "rotate 90° clockwise to show" and carries a GPS position. */
export async function jpegWithExif(): Promise<Buffer> {
  const plain = await twoColourImage().jpeg().toBuffer();
  return sharp(plain)
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'CareerOS Test Camera', Orientation: '6' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W' },
    })
    .jpeg()
    .toBuffer();
}

export async function webpImage(): Promise<Buffer> {
  return twoColourImage().webp().toBuffer();
}

export async function gifImage(): Promise<Buffer> {
  return twoColourImage().gif().toBuffer();
}

/** Red, green, blue of one pixel of an image. */
export async function pixel(image: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(image)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [data[at] ?? -1, data[at + 1] ?? -1, data[at + 2] ?? -1];
}

/** Every stored file under the storage root's avatars folder (not the temp folder). */
export function storedAvatarFiles(storageDir: string): Promise<string[]> {
  return storedFiles(storageDir, 'avatars');
}

/** Every stored file under a folder of the storage root (not the temp folder or sidecars). */
export async function storedFiles(storageDir: string, folder: string): Promise<string[]> {
  const root = path.join(storageDir, folder);
  try {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && !entry.name.endsWith('.meta.json'))
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
