import { eq, sql } from 'drizzle-orm';
import {
  defaultProfilePrivacy,
  profileSections,
  type TGetProfileResponse,
  type TProfilePrivacy,
  type TProfileSection,
  type ZUpdateProfileRequest,
} from '../../../contracts/profiles.js';
import type { z } from 'zod';
import type { Database, DbOrTx } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/app-error.js';
import type { DomainEvents } from '../../platform/events/domain-events.js';
import type { FileStorage } from '../../platform/storage/index.js';
import { users } from '../users/users.tables.js';
import {
  assertCanUpdateProfile,
  canSeeSection,
  canUpdateProfile,
  isOwner,
  type Viewer,
} from './profiles.policy.js';
import { userProfiles } from './profiles.tables.js';

export interface ProfileDeps {
  database: Database;
  storage: FileStorage;
  events: DomainEvents;
  now: () => Date;
}

type ProfileRow = typeof userProfiles.$inferSelect;
type Owner = Pick<typeof users.$inferSelect, 'id' | 'username' | 'status'>;
type ProfileChanges = z.output<typeof ZUpdateProfileRequest>;

/** Signed avatar links live this long; whoever may see the photo gets a fresh one each read. */
const AVATAR_URL_SECONDS = 60 * 60;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function privacyOf(row: ProfileRow | undefined): TProfilePrivacy {
  return { ...defaultProfilePrivacy, ...row?.privacy };
}

async function loadProfile(
  db: DbOrTx,
  idOrUsername: string,
): Promise<{ owner: Owner; row: ProfileRow | undefined } | undefined> {
  const match = UUID.test(idOrUsername)
    ? eq(users.id, idOrUsername)
    : eq(sql`lower(${users.username})`, idOrUsername.toLowerCase());
  const [found] = await db
    .select({
      owner: { id: users.id, username: users.username, status: users.status },
      row: userProfiles,
    })
    .from(users)
    .leftJoin(userProfiles, eq(userProfiles.userId, users.id))
    .where(match)
    .limit(1);
  return found ? { owner: found.owner, row: found.row ?? undefined } : undefined;
}

function avatarOf(storage: FileStorage, row: ProfileRow | undefined) {
  if (!row?.avatarKey || !row.avatarSmallKey) return null;
  const expiresInSeconds = AVATAR_URL_SECONDS;
  return {
    url: storage.downloadUrl(row.avatarKey, { expiresInSeconds }),
    smallUrl: storage.downloadUrl(row.avatarSmallKey, { expiresInSeconds }),
  };
}

const sectionColumns: Record<TProfileSection, (keyof ProfileRow)[]> = {
  basics: ['fullName', 'headline', 'avatarKey'],
  about: ['bio'],
  location: ['locationName', 'latitude'],
  background: ['institution', 'currentStatus', 'mainFocus'],
  links: ['linkedinUrl', 'githubUrl', 'websiteUrl'],
};

function sectionFilled(row: ProfileRow | undefined, section: TProfileSection): boolean {
  return !!row && sectionColumns[section].some((column) => row[column] !== null);
}

/** The profile as `viewer` may see it: sections their privacy hides are left out. */
export function presentProfile(
  storage: FileStorage,
  viewer: Viewer,
  owner: Owner,
  row: ProfileRow | undefined,
): TGetProfileResponse {
  const privacy = privacyOf(row);
  const sees = (section: keyof TProfilePrivacy) =>
    canSeeSection(viewer, owner.id, privacy[section]);
  return {
    id: owner.id,
    username: owner.username,
    ...(sees('basics')
      ? {
          basics: {
            fullName: row?.fullName ?? null,
            headline: row?.headline ?? null,
            avatar: avatarOf(storage, row),
          },
        }
      : {}),
    ...(sees('about') ? { about: { bio: row?.bio ?? null } } : {}),
    ...(sees('location')
      ? {
          location: {
            name: row?.locationName ?? null,
            latitude: row?.latitude ?? null,
            longitude: row?.longitude ?? null,
          },
        }
      : {}),
    ...(sees('background')
      ? {
          background: {
            institution: row?.institution ?? null,
            currentStatus: row?.currentStatus ?? null,
            mainFocus: row?.mainFocus ?? null,
          },
        }
      : {}),
    ...(sees('links')
      ? {
          links: {
            linkedinUrl: row?.linkedinUrl ?? null,
            githubUrl: row?.githubUrl ?? null,
            websiteUrl: row?.websiteUrl ?? null,
          },
        }
      : {}),
    ...(isOwner(viewer, owner.id) ? { privacy } : {}),
    moreWhenSignedIn:
      viewer === undefined &&
      profileSections.some(
        (section) => privacy[section] === 'signed_in' && sectionFilled(row, section),
      ),
    updatedAt: row?.updatedAt.toISOString() ?? null,
    abilities: { update: canUpdateProfile(viewer, owner.id) },
  };
}

/** A profile by user id or username; a suspended account is hidden from everyone but its owner. */
export async function getProfile(
  deps: ProfileDeps,
  viewer: Viewer,
  idOrUsername: string,
): Promise<TGetProfileResponse> {
  const found = await loadProfile(deps.database.db, idOrUsername);
  if (!found || (found.owner.status !== 'active' && !isOwner(viewer, found.owner.id))) {
    throw AppError.notFound('User');
  }
  return presentProfile(deps.storage, viewer, found.owner, found.row);
}

/** Column values for the fields present in the request; left-out fields stay as they are. */
function columnsOf(fields: Omit<ProfileChanges, 'privacy'>) {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as Partial<Omit<ProfileRow, 'userId' | 'privacy' | 'updatedAt'>>;
}

export async function updateProfile(
  deps: ProfileDeps,
  viewer: Viewer,
  userId: string,
  changes: ProfileChanges,
): Promise<TGetProfileResponse> {
  assertCanUpdateProfile(viewer, userId);
  const { privacy = {}, ...fields } = changes;
  const columns = columnsOf(fields);
  const now = deps.now();
  await deps.database.transaction(async (tx) => {
    await tx
      .insert(userProfiles)
      .values({ userId, ...columns, privacy, updatedAt: now })
      .onConflictDoUpdate({
        target: userProfiles.userId,
        set: {
          ...columns,
          // Merge, so a request naming one section leaves the others' settings alone.
          privacy: sql`${userProfiles.privacy} || ${JSON.stringify(privacy)}::jsonb`,
          updatedAt: now,
        },
      });
    await deps.events.emit(tx, 'profile.updated', { userId });
  });
  return getProfile(deps, viewer, userId);
}

export interface ProfileBasics {
  username: string;
  fullName: string | null;
  headline: string | null;
  location: string | null;
  links: { linkedinUrl: string | null; githubUrl: string | null; websiteUrl: string | null };
}

/** The columns profileBasics reads, for a query that joins users and user_profiles itself. */
export const profileBasicsColumns = {
  username: users.username,
  fullName: userProfiles.fullName,
  headline: userProfiles.headline,
  location: userProfiles.locationName,
  linkedinUrl: userProfiles.linkedinUrl,
  githubUrl: userProfiles.githubUrl,
  websiteUrl: userProfiles.websiteUrl,
};

type ProfileBasicsRow = {
  [K in keyof typeof profileBasicsColumns]: (typeof profileBasicsColumns)[K]['_']['data'] | null;
};

export function toProfileBasics(row: ProfileBasicsRow & { username: string }): ProfileBasics {
  const { username, fullName, headline, location, linkedinUrl, githubUrl, websiteUrl } = row;
  return { username, fullName, headline, location, links: { linkedinUrl, githubUrl, websiteUrl } };
}

/**
 * What the owner's own documents (the generated resume) take from their profile. The owner
 * reads it, so section privacy does not apply.
 */
export async function profileBasics(db: DbOrTx, userId: string): Promise<ProfileBasics> {
  const [row] = await db
    .select(profileBasicsColumns)
    .from(users)
    .leftJoin(userProfiles, eq(userProfiles.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row) throw AppError.notFound('User');
  return toProfileBasics(row);
}
