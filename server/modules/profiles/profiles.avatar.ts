import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { TGetProfileResponse } from '../../../contracts/profiles.js';
import type { Tx } from '../../platform/db/index.js';
import { renderAvatar } from './avatar-image.js';
import { assertCanUpdateProfile, type Viewer } from './profiles.policy.js';
import { getProfile, type ProfileDeps } from './profiles.service.js';
import { userProfiles } from './profiles.tables.js';

interface AvatarKeys {
  avatarKey: string | null;
  avatarSmallKey: string | null;
}

/** Sets the avatar keys under a row lock and returns the ones they replace. */
async function swapAvatarKeys(
  deps: ProfileDeps,
  userId: string,
  next: AvatarKeys,
): Promise<AvatarKeys> {
  return deps.database.transaction(async (tx: Tx) => {
    // The row must exist to be locked; two first uploads at once then queue behind each other.
    await tx.insert(userProfiles).values({ userId }).onConflictDoNothing();
    const [before] = await tx
      .select({ avatarKey: userProfiles.avatarKey, avatarSmallKey: userProfiles.avatarSmallKey })
      .from(userProfiles)
      .where(eq(userProfiles.userId, userId))
      .for('update');
    await tx
      .update(userProfiles)
      .set({ ...next, updatedAt: deps.now() })
      .where(eq(userProfiles.userId, userId));
    return before ?? { avatarKey: null, avatarSmallKey: null };
  });
}

async function deleteFiles(deps: ProfileDeps, keys: AvatarKeys): Promise<void> {
  await Promise.all(
    [keys.avatarKey, keys.avatarSmallKey]
      .filter((key): key is string => key !== null)
      .map((key) => deps.storage.delete(key)),
  );
}

/**
 * Replaces the user's avatar with an uploaded photo: checked by content, rendered as WebP
 * without metadata, stored under a fresh key; the previous files are deleted.
 */
export async function setAvatar(
  deps: ProfileDeps,
  viewer: Viewer,
  userId: string,
  /** Reads the upload; called only once the viewer may change this profile. */
  readUpload: () => Promise<Buffer>,
): Promise<TGetProfileResponse> {
  assertCanUpdateProfile(viewer, userId);
  const { large, small } = await renderAvatar(await readUpload());
  // A fresh name per upload, so a link handed out for the old photo never shows the new one.
  const base = `avatars/${userId}/${randomBytes(12).toString('hex')}`;
  const next = { avatarKey: `${base}-256.webp`, avatarSmallKey: `${base}-64.webp` };
  await deps.storage.put(next.avatarKey, large, { contentType: 'image/webp' });
  await deps.storage.put(next.avatarSmallKey, small, { contentType: 'image/webp' });
  let previous: AvatarKeys;
  try {
    previous = await swapAvatarKeys(deps, userId, next);
  } catch (error) {
    await deleteFiles(deps, next);
    throw error;
  }
  await deleteFiles(deps, previous);
  return getProfile(deps, viewer, userId);
}

export async function removeAvatar(
  deps: ProfileDeps,
  viewer: Viewer,
  userId: string,
): Promise<TGetProfileResponse> {
  assertCanUpdateProfile(viewer, userId);
  const previous = await swapAvatarKeys(deps, userId, { avatarKey: null, avatarSmallKey: null });
  await deleteFiles(deps, previous);
  return getProfile(deps, viewer, userId);
}
