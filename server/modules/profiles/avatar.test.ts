import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AVATAR_MAX_BYTES, ZGetProfileResponse } from '../../../contracts/profiles.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { bearer, registerUser } from '../auth/auth-test-helpers.js';
import {
  gifImage,
  jpegWithExif,
  pixel,
  pngImage,
  storedAvatarFiles,
  uploadAvatar,
  webpImage,
} from './profiles-test-helpers.js';
import { profileFiles } from './profiles.user-data.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

async function download(url: string) {
  const res = await t.app.inject({ url });
  expect(res.statusCode, url).toBe(200);
  expect(res.headers['content-type']).toBe('image/webp');
  return res.rawPayload;
}

const isRed = ([r, g, b]: number[]) => (r ?? 0) > 200 && (g ?? 255) < 60 && (b ?? 255) < 60;
const isBlue = ([r, g, b]: number[]) => (b ?? 0) > 200 && (r ?? 255) < 60 && (g ?? 255) < 60;

describe('avatar upload', () => {
  it('accepts PNG, JPEG and WebP, rendering metadata-free WebP at 256 and 64 px', async () => {
    for (const [name, image] of [
      ['png', await pngImage()],
      ['jpeg', await jpegWithExif()],
      ['webp', await webpImage()],
    ] as const) {
      const owner = await registerUser(t.app);
      const res = await uploadAvatar(t.app, owner.user.id, owner.accessToken, image);
      expect(res.statusCode, `${name}: ${res.body}`).toBe(200);
      const avatar = ZGetProfileResponse.parse(res.json()).basics?.avatar;
      if (!avatar) throw new Error(`${name}: no avatar in the answer`);
      for (const [url, size] of [
        [avatar.url, 256],
        [avatar.smallUrl, 64],
      ] as const) {
        const meta = await sharp(await download(url)).metadata();
        expect(meta, name).toMatchObject({ format: 'webp', width: size, height: size });
        expect(meta.exif, name).toBeUndefined();
        expect(meta.icc, name).toBeUndefined();
        expect(meta.xmp, name).toBeUndefined();
        expect(meta.orientation, name).toBeUndefined();
      }
    }
  });

  it('turns a photo upright by its EXIF orientation and drops its GPS position', async () => {
    const input = await jpegWithExif();
    const before = await sharp(input).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif?.toString('latin1')).toContain('CareerOS Test Camera');

    const owner = await registerUser(t.app);
    const res = await uploadAvatar(t.app, owner.user.id, owner.accessToken, input, {
      filename: 'holiday.jpg',
      contentType: 'image/jpeg',
    });
    const url = ZGetProfileResponse.parse(res.json()).basics?.avatar?.url ?? '';
    const output = await download(url);
    // Red was on the left; turned 90° clockwise it is on top, blue below.
    expect(isRed(await pixel(output, 128, 20))).toBe(true);
    expect(isBlue(await pixel(output, 128, 236))).toBe(true);
    expect(output.toString('latin1')).not.toContain('CareerOS Test Camera');
    expect(output.toString('latin1')).not.toContain('Exif');
  });

  it('replaces the previous photo, deleting its files, and removes it on request', async () => {
    const owner = await registerUser(t.app);
    const db = t.platform.database.db;
    await uploadAvatar(t.app, owner.user.id, owner.accessToken, await pngImage());
    const first = await profileFiles(db, owner.user.id);
    expect(first).toHaveLength(2);
    for (const key of first) {
      expect(key).toMatch(new RegExp(`^avatars/${owner.user.id}/[0-9a-f]{24}-(256|64)\\.webp$`));
      expect(await t.platform.storage.exists(key)).toBe(true);
    }

    const second = await uploadAvatar(t.app, owner.user.id, owner.accessToken, await webpImage());
    expect(second.statusCode).toBe(200);
    const replaced = await profileFiles(db, owner.user.id);
    expect(replaced).toHaveLength(2);
    expect(replaced.some((key) => first.includes(key))).toBe(false);
    for (const key of first) expect(await t.platform.storage.exists(key)).toBe(false);
    for (const key of replaced) expect(await t.platform.storage.exists(key)).toBe(true);

    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/users/${owner.user.id}/avatar`,
      headers: bearer(owner.accessToken),
    });
    expect(removed.statusCode).toBe(200);
    expect(removed.json().basics.avatar).toBeNull();
    for (const key of replaced) expect(await t.platform.storage.exists(key)).toBe(false);
    expect(await profileFiles(db, owner.user.id)).toEqual([]);
  });

  it('hands out the photo link only to those who may see the basics', async () => {
    const owner = await registerUser(t.app);
    const other = await registerUser(t.app);
    await uploadAvatar(t.app, owner.user.id, owner.accessToken, await pngImage());
    const setBasics = (basics: string) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/users/${owner.user.id}`,
        headers: bearer(owner.accessToken),
        payload: { privacy: { basics } },
      });
    const avatarFor = async (token?: string) => {
      const res = await t.app.inject({
        url: `/api/users/${owner.user.id}`,
        ...(token ? { headers: bearer(token) } : {}),
      });
      return ZGetProfileResponse.parse(res.json()).basics?.avatar;
    };
    expect(await avatarFor()).toBeTruthy();
    await setBasics('signed_in');
    expect(await avatarFor()).toBeUndefined();
    expect(await avatarFor(other.accessToken)).toBeTruthy();
    await setBasics('only_me');
    expect(await avatarFor(other.accessToken)).toBeUndefined();
    const own = await avatarFor(owner.accessToken);
    expect(own?.url).toMatch(/^\/api\/files\/avatars\//);
    // Without the signature, the file is not served.
    const unsigned = await t.app.inject({ url: own?.url.split('?')[0] ?? '' });
    expect(unsigned.statusCode).toBe(400);
  });
});

describe('refused uploads', () => {
  it('refuses what is not a PNG, JPEG or WebP by its content, storing nothing', async () => {
    const owner = await registerUser(t.app);
    await uploadAvatar(t.app, owner.user.id, owner.accessToken, await pngImage());
    const kept = await storedAvatarFiles(t.config.storageDir);
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    );
    const refused: [string, Buffer, number, RegExp][] = [
      ['animation.gif', await gifImage(), 415, /image\/gif/],
      ['vector.png', svg, 415, /PNG, JPEG or WebP/],
      ['notes.png', Buffer.from('just some text, not an image at all'), 415, /PNG, JPEG or WebP/],
      ['document.png', Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n'), 415, /application\/pdf/],
      // A JPEG's start followed by garbage: the type matches but the picture cannot be read.
      [
        'broken.jpg',
        Buffer.concat([(await jpegWithExif()).subarray(0, 200), randomBytes(300)]),
        400,
        /could not be read/,
      ],
    ];
    for (const [filename, data, status, message] of refused) {
      const res = await uploadAvatar(t.app, owner.user.id, owner.accessToken, data, { filename });
      expect(res.statusCode, `${filename}: ${res.body}`).toBe(status);
      const detail = res.json().error.details?.[0];
      expect(detail?.path, filename).toBe('body.file');
      expect(detail?.message, filename).toMatch(message);
    }
    expect(await storedAvatarFiles(t.config.storageDir)).toEqual(kept);
  });

  it('refuses a file over 5 MB with 413, storing nothing', async () => {
    const owner = await registerUser(t.app);
    const png = await pngImage();
    const before = await storedAvatarFiles(t.config.storageDir);
    // Just over the limit (found while reading), and far over it (refused by its length).
    for (const size of [AVATAR_MAX_BYTES + 1, 6 * 1024 * 1024]) {
      const huge = Buffer.concat([png, randomBytes(size - png.length)]);
      const res = await uploadAvatar(t.app, owner.user.id, owner.accessToken, huge);
      expect(res.statusCode, String(size)).toBe(413);
      expect(res.json().error).toMatchObject({
        code: 'PAYLOAD_TOO_LARGE',
        details: [{ path: 'body.file', message: 'must be at most 5 MB' }],
      });
    }
    expect(await storedAvatarFiles(t.config.storageDir)).toEqual(before);
    expect(await profileFiles(t.platform.database.db, owner.user.id)).toEqual([]);
  });

  it('refuses a missing file, another field name and a body that is not multipart', async () => {
    const owner = await registerUser(t.app);
    const png = await pngImage();
    const wrongField = await uploadAvatar(t.app, owner.user.id, owner.accessToken, png, {
      field: 'photo',
    });
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.json().error.details[0].path).toBe('body.file');
    const json = await t.app.inject({
      method: 'POST',
      url: `/api/users/${owner.user.id}/avatar`,
      headers: bearer(owner.accessToken),
      payload: { file: 'data:image/png;base64,AAAA' },
    });
    expect(json.statusCode).toBe(415);
    const raw = await t.app.inject({
      method: 'POST',
      url: `/api/users/${owner.user.id}/avatar`,
      headers: { ...bearer(owner.accessToken), 'content-type': 'image/png' },
      payload: png,
    });
    expect(raw.statusCode).toBe(415);
    const cutShort = await t.app.inject({
      method: 'POST',
      url: `/api/users/${owner.user.id}/avatar`,
      headers: { ...bearer(owner.accessToken), 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nabc',
    });
    expect(cutShort.statusCode).toBe(400);
    expect(await profileFiles(t.platform.database.db, owner.user.id)).toEqual([]);
  });

  it('lets no one but the owner upload: 403 for others, 401 signed out', async () => {
    const owner = await registerUser(t.app);
    const other = await registerUser(t.app);
    const png = await pngImage();
    const before = await storedAvatarFiles(t.config.storageDir);
    expect((await uploadAvatar(t.app, owner.user.id, other.accessToken, png)).statusCode).toBe(403);
    expect((await uploadAvatar(t.app, owner.user.id, undefined, png)).statusCode).toBe(401);
    expect(await storedAvatarFiles(t.config.storageDir)).toEqual(before);
  });
});
