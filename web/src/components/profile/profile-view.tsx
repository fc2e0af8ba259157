import {
  BriefcaseBusiness,
  CodeXml,
  ExternalLink,
  Globe,
  GraduationCap,
  MapPin,
  Target,
  type LucideIcon,
} from 'lucide-react';
import type { ReactNode } from 'react';
import type { TGetProfileResponse, TProfileSection } from '../../../../contracts/profiles';
import { careerStatusLabels, displayUrl } from '../../lib/profiles';
import { Badge } from '../ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '../ui/card';
import { ProfileAvatar } from './profile-avatar';
import { VisibilityBadge } from './visibility-select';

/** Whether a section the viewer may see has anything in it. */
export function sectionHasContent(profile: TGetProfileResponse, section: TProfileSection): boolean {
  const values = profile[section];
  if (!values) return false;
  return Object.values(values).some((value) => value !== null && value !== '');
}

/** For the owner: who sees this section; others see no badge. */
function Visibility({
  profile,
  section,
}: {
  profile: TGetProfileResponse;
  section: TProfileSection;
}) {
  return profile.privacy ? <VisibilityBadge value={profile.privacy[section]} /> : null;
}

export function ProfileHeader({
  profile,
  actions,
}: {
  profile: TGetProfileResponse;
  actions?: ReactNode;
}) {
  const basics = profile.basics;
  const name = basics?.fullName ?? profile.username;
  const status = profile.background?.currentStatus;
  return (
    <header className="flex flex-col gap-5 sm:flex-row sm:items-center">
      <ProfileAvatar
        avatar={basics?.avatar}
        name={name}
        className="size-24 ring-4 ring-background sm:size-28"
      />
      <div className="min-w-0 flex-1 space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-3xl font-bold tracking-tight break-words sm:text-4xl">{name}</h1>
          {profile.privacy ? <Visibility profile={profile} section="basics" /> : null}
        </div>
        {basics?.fullName ? <p className="text-muted-foreground">@{profile.username}</p> : null}
        {basics?.headline ? <p className="text-lg break-words">{basics.headline}</p> : null}
        {status ? <Badge variant="accent">{careerStatusLabels[status]}</Badge> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2 sm:self-start">{actions}</div> : null}
    </header>
  );
}

function SectionCard({
  title,
  profile,
  section,
  wide = false,
  children,
}: {
  title: string;
  profile: TGetProfileResponse;
  section: TProfileSection;
  /** Spans both columns on wider screens. */
  wide?: boolean;
  children: ReactNode;
}) {
  const id = `profile-${section}-title`;
  return (
    <section aria-labelledby={id} className={wide ? 'md:col-span-2' : undefined}>
      <Card className="h-full">
        <CardHeader className="flex-row flex-wrap items-center justify-between gap-2 pb-3 sm:pb-3">
          <CardTitle id={id}>{title}</CardTitle>
          <Visibility profile={profile} section={section} />
        </CardHeader>
        <CardContent>{children}</CardContent>
      </Card>
    </section>
  );
}

function Fact({
  icon: Icon,
  label,
  children,
}: {
  icon: LucideIcon;
  label: string;
  children: ReactNode;
}) {
  return (
    <div className="flex gap-3">
      <Icon className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden="true" />
      <div className="min-w-0">
        <dt className="text-xs text-muted-foreground">{label}</dt>
        <dd className="break-words">{children}</dd>
      </div>
    </div>
  );
}

function mapLink(latitude: number, longitude: number): string {
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=11/${latitude}/${longitude}`;
}

const linkItems: {
  key: 'linkedinUrl' | 'githubUrl' | 'websiteUrl';
  label: string;
  icon: LucideIcon;
}[] = [
  { key: 'linkedinUrl', label: 'LinkedIn', icon: BriefcaseBusiness },
  { key: 'githubUrl', label: 'GitHub', icon: CodeXml },
  { key: 'websiteUrl', label: 'Website', icon: Globe },
];

/** The sections below the header, each shown only when visible and not empty. */
export function ProfileSections({ profile }: { profile: TGetProfileResponse }) {
  const { about, background, location, links } = profile;
  const has = (section: TProfileSection) => sectionHasContent(profile, section);
  const hasBackground = !!background && (!!background.institution || !!background.mainFocus);
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {about?.bio ? (
        <SectionCard title="About" profile={profile} section="about" wide>
          <p className="leading-relaxed break-words whitespace-pre-line">{about.bio}</p>
        </SectionCard>
      ) : null}
      {hasBackground ? (
        <SectionCard title="Education and work" profile={profile} section="background">
          <dl className="grid gap-4">
            {background.institution ? (
              <Fact icon={GraduationCap} label="School, university or employer">
                {background.institution}
              </Fact>
            ) : null}
            {background.mainFocus ? (
              <Fact icon={Target} label="Main focus">
                {background.mainFocus}
              </Fact>
            ) : null}
          </dl>
        </SectionCard>
      ) : null}
      {location && has('location') ? (
        <SectionCard title="Location" profile={profile} section="location">
          <dl className="grid gap-4">
            <Fact icon={MapPin} label="Based in">
              {location.name ?? 'Not named'}
            </Fact>
          </dl>
          {location.latitude !== null && location.longitude !== null ? (
            <a
              href={mapLink(location.latitude, location.longitude)}
              target="_blank"
              rel="noopener noreferrer"
              className="mt-4 inline-flex items-center gap-1.5 text-sm font-medium text-primary underline-offset-4 hover:underline"
            >
              Show on a map
              <ExternalLink className="size-3.5" aria-hidden="true" />
              <span className="sr-only">(OpenStreetMap, opens in a new tab)</span>
            </a>
          ) : null}
        </SectionCard>
      ) : null}
      {links && has('links') ? (
        <SectionCard title="Links" profile={profile} section="links">
          <ul className="grid gap-3">
            {linkItems.map(({ key, label, icon: Icon }) => {
              const url = links[key];
              if (!url) return null;
              return (
                <li key={key}>
                  <a
                    href={url}
                    target="_blank"
                    rel="noopener noreferrer nofollow"
                    className="group flex items-center gap-3 rounded-md outline-none focus-visible:ring-2 focus-visible:ring-ring"
                  >
                    <span className="flex size-9 shrink-0 items-center justify-center rounded-lg bg-muted text-muted-foreground group-hover:text-foreground">
                      <Icon className="size-4" aria-hidden="true" />
                    </span>
                    <span className="min-w-0">
                      <span className="block text-sm font-medium">{label}</span>
                      <span className="block truncate text-sm text-muted-foreground group-hover:text-primary">
                        {displayUrl(url)}
                      </span>
                    </span>
                  </a>
                </li>
              );
            })}
          </ul>
        </SectionCard>
      ) : null}
    </div>
  );
}
