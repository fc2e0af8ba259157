import type { TProfileVisibility } from '../../../contracts/profiles.js';
import { AppError } from '../../platform/http/app-error.js';

/** Who is looking: a signed-in user's id, or undefined for a signed-out visitor. */
export type Viewer = { userId: string } | undefined;

export function isOwner(viewer: Viewer, ownerId: string): boolean {
  return viewer?.userId === ownerId;
}

/** Only the owner changes a profile; roles give no one else that right. */
export function canUpdateProfile(viewer: Viewer, ownerId: string): boolean {
  return isOwner(viewer, ownerId);
}

export function assertCanUpdateProfile(viewer: Viewer, ownerId: string): void {
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  if (!canUpdateProfile(viewer, ownerId)) {
    throw new AppError('FORBIDDEN', 'You can only change your own profile');
  }
}

/** Whether a section with this visibility is shown to the viewer. */
export function canSeeSection(
  viewer: Viewer,
  ownerId: string,
  visibility: TProfileVisibility,
): boolean {
  if (isOwner(viewer, ownerId)) return true;
  if (visibility === 'public') return true;
  if (visibility === 'signed_in') return viewer !== undefined;
  return false;
}
