import { fileTypeFromBuffer } from 'file-type';
import sharp, { type Sharp } from 'sharp';
import { avatarMimeTypes } from '../../../contracts/profiles.js';
import { AppError } from '../../platform/http/app-error.js';

export const AVATAR_SIZE = 256;
export const AVATAR_SMALL_SIZE = 64;
/** Refuses decompression bombs: a small file that claims a huge canvas. */
const MAX_INPUT_PIXELS = 40_000_000;

const FILE_FIELD = 'body.file';

export interface AvatarRenditions {
  large: Buffer;
  small: Buffer;
}

/** The image type by its content (magic bytes), never by its name or the declared type. */
async function sniffImageType(data: Buffer): Promise<string> {
  const sniffed = await fileTypeFromBuffer(data);
  if (!sniffed || !(avatarMimeTypes as readonly string[]).includes(sniffed.mime)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'The photo must be a PNG, JPEG or WebP image', [
      {
        path: FILE_FIELD,
        message: sniffed
          ? `must be a PNG, JPEG or WebP image (this file is ${sniffed.mime})`
          : 'must be a PNG, JPEG or WebP image',
      },
    ]);
  }
  return sniffed.mime;
}

function render(image: Sharp, size: number): Promise<Buffer> {
  return image.clone().resize(size, size, { fit: 'cover' }).webp({ quality: 82 }).toBuffer();
}

/** Checks an uploaded photo and renders the avatar sizes as WebP. */
export async function renderAvatar(data: Buffer): Promise<AvatarRenditions> {
  await sniffImageType(data);
  // Turned upright by its EXIF orientation, cropped to a square, re-encoded: the output carries
  // no metadata (EXIF, GPS, ICC, XMP), since sharp drops it unless asked to keep it.
  const image = sharp(data, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).autoOrient();
  try {
    const [large, small] = await Promise.all([
      render(image, AVATAR_SIZE),
      render(image, AVATAR_SMALL_SIZE),
    ]);
    return { large, small };
  } catch (error) {
    throw new AppError(
      'VALIDATION_FAILED',
      'The photo could not be read',
      [
        {
          path: FILE_FIELD,
          message: 'could not be read as an image; it may be damaged or too large',
        },
      ],
      { cause: error },
    );
  }
}
