import { AppError } from '../../platform/http/app-error.js';
import { getProfile, type ProfileDeps } from '../profiles/profiles.service.js';
import type { SkillViewer } from './user-skills.service.js';

/**
 * The id of the user whose skills `viewer` asks for (by id or username). Skills are shown to
 * whoever may see the profile's basics; an unknown or suspended account is 404, as its profile.
 */
export async function skillsOwnerFor(
  deps: ProfileDeps,
  viewer: SkillViewer,
  idOrUsername: string,
): Promise<string> {
  const profile = await getProfile(deps, viewer, idOrUsername);
  if (profile.basics) return profile.id;
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in to see this profile’s skills');
  throw new AppError('FORBIDDEN', 'This profile’s skills are not shared with you');
}
