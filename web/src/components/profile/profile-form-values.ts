import {
  profileLimits,
  type TCareerStatus,
  type TGetProfileResponse,
  type TProfilePrivacy,
  type TUpdateProfileRequest,
} from '../../../../contracts/profiles';
import { withScheme } from '../../lib/profiles';

/** What the form holds: text as typed, before it becomes a request. */
export interface ProfileFormValues {
  fullName: string;
  headline: string;
  bio: string;
  locationName: string;
  latitude: string;
  longitude: string;
  institution: string;
  currentStatus: TCareerStatus | '';
  mainFocus: string;
  linkedinUrl: string;
  githubUrl: string;
  websiteUrl: string;
}
export type ProfileField = keyof ProfileFormValues;

/** How messages name each field ("This name is ...", "Must be ..."). */
export const profileFieldNouns: Record<ProfileField, string> = {
  fullName: 'name',
  headline: 'headline',
  bio: 'bio',
  locationName: 'place',
  latitude: 'latitude',
  longitude: 'longitude',
  institution: 'institution',
  currentStatus: 'status',
  mainFocus: 'focus',
  linkedinUrl: 'LinkedIn address',
  githubUrl: 'GitHub address',
  websiteUrl: 'website address',
};

/** In the order the form shows them, to focus the first one with an error. */
export const profileFieldOrder = Object.keys(profileFieldNouns) as ProfileField[];

export const maxLengths: Partial<Record<ProfileField, number>> = {
  fullName: profileLimits.fullName,
  headline: profileLimits.headline,
  bio: profileLimits.bio,
  locationName: profileLimits.locationName,
  institution: profileLimits.institution,
  mainFocus: profileLimits.mainFocus,
  linkedinUrl: profileLimits.url,
  githubUrl: profileLimits.url,
  websiteUrl: profileLimits.url,
};

export function formValuesOf(profile: TGetProfileResponse): ProfileFormValues {
  const coordinate = (value: number | null | undefined) =>
    value === null || value === undefined ? '' : String(value);
  return {
    fullName: profile.basics?.fullName ?? '',
    headline: profile.basics?.headline ?? '',
    bio: profile.about?.bio ?? '',
    locationName: profile.location?.name ?? '',
    latitude: coordinate(profile.location?.latitude),
    longitude: coordinate(profile.location?.longitude),
    institution: profile.background?.institution ?? '',
    currentStatus: profile.background?.currentStatus ?? '',
    mainFocus: profile.background?.mainFocus ?? '',
    linkedinUrl: profile.links?.linkedinUrl ?? '',
    githubUrl: profile.links?.githubUrl ?? '',
    websiteUrl: profile.links?.websiteUrl ?? '',
  };
}

/** "" is no coordinate; a decimal comma is accepted; anything else becomes NaN (refused). */
function coordinateOf(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^[+-]?\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}

/** The whole form as one request: every field is sent, so what the form shows is what is saved. */
export function requestOf(
  values: ProfileFormValues,
  privacy: TProfilePrivacy,
): TUpdateProfileRequest {
  return {
    fullName: values.fullName,
    headline: values.headline,
    bio: values.bio,
    locationName: values.locationName,
    latitude: coordinateOf(values.latitude),
    longitude: coordinateOf(values.longitude),
    institution: values.institution,
    currentStatus: values.currentStatus === '' ? null : values.currentStatus,
    mainFocus: values.mainFocus,
    linkedinUrl: withScheme(values.linkedinUrl),
    githubUrl: withScheme(values.githubUrl),
    websiteUrl: withScheme(values.websiteUrl),
    privacy,
  };
}
