import { z } from 'zod';
import { ZUsername } from './auth.js';

/** Who may see a profile section. */
export const profileVisibilities = ['public', 'signed_in', 'only_me'] as const;
export const ZProfileVisibility = z.enum(profileVisibilities);
export type TProfileVisibility = z.infer<typeof ZProfileVisibility>;

/**
 * The parts of a profile that carry their own visibility:
 * basics (name, headline, photo), about (bio), location, background (institution, status,
 * focus) and links.
 */
export const profileSections = ['basics', 'about', 'location', 'background', 'links'] as const;
export type TProfileSection = (typeof profileSections)[number];

export const ZProfilePrivacy = z.object({
  basics: ZProfileVisibility,
  about: ZProfileVisibility,
  location: ZProfileVisibility,
  background: ZProfileVisibility,
  links: ZProfileVisibility,
});
export type TProfilePrivacy = z.infer<typeof ZProfilePrivacy>;

/** Everything is public except the location, which only signed-in users see. */
export const defaultProfilePrivacy: TProfilePrivacy = {
  basics: 'public',
  about: 'public',
  location: 'signed_in',
  background: 'public',
  links: 'public',
};

export const careerStatuses = [
  'student',
  'employed',
  'self_employed',
  'job_seeking',
  'career_changing',
  'other',
] as const;
export const ZCareerStatus = z.enum(careerStatuses);
export type TCareerStatus = z.infer<typeof ZCareerStatus>;

export const profileLimits = {
  fullName: 100,
  headline: 120,
  bio: 2000,
  locationName: 100,
  institution: 120,
  mainFocus: 120,
  url: 300,
} as const;

/** Largest avatar upload, in bytes. */
export const AVATAR_MAX_BYTES = 5 * 1024 * 1024;
export const avatarMimeTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;

/** Optional text: trimmed; empty means "not set" (null). */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

function parsedUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** A web address people can open: http(s), a host with a dot, no embedded credentials. */
function isWebUrl(url: URL | undefined): url is URL {
  return (
    !!url &&
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.hostname.includes('.') &&
    !url.username &&
    !url.password
  );
}

const onHost = (url: URL, domain: string) =>
  url.hostname === domain || url.hostname.endsWith(`.${domain}`);

const optionalUrl = (check: (url: URL) => boolean, message: string) =>
  z
    .string()
    .trim()
    .max(profileLimits.url, `at most ${profileLimits.url} characters`)
    .refine((value) => {
      if (value === '') return true;
      const url = parsedUrl(value);
      return isWebUrl(url) && check(url);
    }, message)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

const GITHUB_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

export const ZLinkedinUrl = optionalUrl(
  (url) => onHost(url, 'linkedin.com') && /^\/(in|company|school)\/[^/]+\/?$/.test(url.pathname),
  'a LinkedIn profile address such as https://www.linkedin.com/in/your-name',
);
export const ZGithubUrl = optionalUrl(
  (url) =>
    (url.hostname === 'github.com' || url.hostname === 'www.github.com') &&
    GITHUB_NAME.test(url.pathname.replace(/^\/|\/$/g, '')),
  'a GitHub profile address such as https://github.com/your-name',
);
export const ZWebsiteUrl = optionalUrl(
  () => true,
  'a web address starting with https:// or http://',
);

const latitude = z
  .number('a number')
  .min(-90, 'a latitude between -90 and 90')
  .max(90, 'a latitude between -90 and 90')
  .nullable()
  .optional();
const longitude = z
  .number('a number')
  .min(-180, 'a longitude between -180 and 180')
  .max(180, 'a longitude between -180 and 180')
  .nullable()
  .optional();

/**
 * The fields a user may change on their own profile. Fields left out keep their value; null or
 * an empty string clears one. Anything else (roles, email, username ...) is refused.
 */
export const ZUpdateProfileRequest = z
  .strictObject({
    fullName: optionalText(profileLimits.fullName),
    headline: optionalText(profileLimits.headline),
    bio: optionalText(profileLimits.bio),
    locationName: optionalText(profileLimits.locationName),
    latitude,
    longitude,
    institution: optionalText(profileLimits.institution),
    currentStatus: ZCareerStatus.nullable().optional(),
    mainFocus: optionalText(profileLimits.mainFocus),
    linkedinUrl: ZLinkedinUrl,
    githubUrl: ZGithubUrl,
    websiteUrl: ZWebsiteUrl,
    privacy: ZProfilePrivacy.partial().strict().optional(),
  })
  .refine(
    (body) =>
      (body.latitude === undefined) === (body.longitude === undefined) &&
      (body.latitude === null) === (body.longitude === null),
    { message: 'give latitude and longitude together', path: ['longitude'] },
  );
export type TUpdateProfileRequest = z.input<typeof ZUpdateProfileRequest>;

/** A user id, or a username (usernames are at most 32 characters, so never look like an id). */
export const ZProfileLookupParams = z.object({
  id: z.union([z.uuid(), ZUsername], 'a user id or a username'),
});

export const ZAvatar = z.object({
  /** 256 x 256 WebP; a signed link that expires, handed out only to those who may see it. */
  url: z.string(),
  /** 64 x 64 WebP. */
  smallUrl: z.string(),
});
export type TAvatar = z.infer<typeof ZAvatar>;

export const ZProfileBasics = z.object({
  fullName: z.string().nullable(),
  headline: z.string().nullable(),
  avatar: ZAvatar.nullable(),
});
export const ZProfileAbout = z.object({ bio: z.string().nullable() });
export const ZProfileLocation = z.object({
  name: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});
export const ZProfileBackground = z.object({
  institution: z.string().nullable(),
  currentStatus: ZCareerStatus.nullable(),
  mainFocus: z.string().nullable(),
});
export const ZProfileLinks = z.object({
  linkedinUrl: z.string().nullable(),
  githubUrl: z.string().nullable(),
  websiteUrl: z.string().nullable(),
});

/**
 * A profile as the caller may see it: a section the caller may not see is left out. The owner
 * sees every section, plus the privacy settings.
 */
export const ZGetProfileResponse = z.object({
  id: z.uuid(),
  username: z.string(),
  basics: ZProfileBasics.optional(),
  about: ZProfileAbout.optional(),
  location: ZProfileLocation.optional(),
  background: ZProfileBackground.optional(),
  links: ZProfileLinks.optional(),
  /** Only for the owner. */
  privacy: ZProfilePrivacy.optional(),
  /** True for a signed-out caller when signing in would show more (a filled-in section). */
  moreWhenSignedIn: z.boolean(),
  updatedAt: z.iso.datetime().nullable(),
  abilities: z.object({ update: z.boolean() }),
});
export type TGetProfileResponse = z.infer<typeof ZGetProfileResponse>;
export type TUpdateProfileResponse = TGetProfileResponse;
export const ZUpdateProfileResponse = ZGetProfileResponse;
