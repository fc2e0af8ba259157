import { z } from 'zod';
import { achievementLimits } from '../../../contracts/achievements.js';
import type { AchievementSinkRequest } from './achievement-sink.js';
import { clip, dayOf, parsePayload, type MappedDelivery } from './mapped-delivery.js';

// The fields of GitHub's webhook payloads this module reads; GitHub sends many more.
const ZRepository = z.object({
  full_name: z.string().min(1),
  name: z.string().min(1),
  html_url: z.url(),
  description: z.string().nullish(),
  language: z.string().nullish(),
  owner: z.object({ login: z.string().min(1) }),
});

const ZReleaseEvent = z.object({
  action: z.string(),
  release: z.object({
    tag_name: z.string().min(1),
    name: z.string().nullish(),
    body: z.string().nullish(),
    html_url: z.url(),
    published_at: z.iso.datetime({ offset: true }).nullish(),
    draft: z.boolean().optional(),
    prerelease: z.boolean().optional(),
  }),
  repository: ZRepository,
});

const ZPullRequestEvent = z.object({
  action: z.string(),
  number: z.number().int(),
  pull_request: z.object({
    title: z.string(),
    html_url: z.url(),
    merged: z.boolean().nullish(),
    merged_at: z.iso.datetime({ offset: true }).nullish(),
  }),
  repository: ZRepository,
});

type Repository = z.infer<typeof ZRepository>;

/** Whether a repository is accepted by the connection's list (empty accepts every one). */
export function repositoryAccepted(fullName: string, accepted: readonly string[]): boolean {
  const wanted = fullName.toLowerCase();
  return accepted.length === 0 || accepted.some((name) => name.toLowerCase() === wanted);
}

/** The first few lines of a release's notes, without Markdown list and heading marks. */
export function releaseHighlights(name: string | null | undefined, tag: string, body: string) {
  const lines = body
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:#{1,6}\s+|[-*+]\s+|\d+\.\s+)/, '').trim())
    .filter((line) => line !== '');
  const title = name?.trim();
  return [...(title && title !== tag ? [title] : []), ...lines]
    .slice(0, 4)
    .map((line) => clip(line, achievementLimits.highlight));
}

const skillsOf = (repo: Repository) => (repo.language ? [repo.language] : []);
const repoLink = (repo: Repository) => ({ label: 'Repository', url: repo.html_url });

function mapRelease(payload: unknown, accepted: readonly string[]): MappedDelivery {
  const { action, release, repository: repo } = parsePayload(ZReleaseEvent, payload);
  if (action !== 'published') return { kind: 'ignore', reason: `release action ${action}` };
  if (!repositoryAccepted(repo.full_name, accepted)) {
    return { kind: 'ignore', reason: `repository ${repo.full_name} is not in the accepted list` };
  }
  const day = release.published_at ? dayOf(release.published_at) : null;
  const request: AchievementSinkRequest = {
    externalRef: `github:${repo.full_name}/releases/${release.tag_name}`,
    input: {
      type: 'project',
      title: clip(`${repo.full_name} ${release.name?.trim() || release.tag_name}`, 200),
      organization: repo.owner.login,
      description: repo.description ? clip(repo.description, achievementLimits.description) : null,
      startDate: day,
      endDate: day,
      skills: skillsOf(repo),
      highlights: releaseHighlights(release.name, release.tag_name, release.body ?? ''),
      links: [{ label: 'Release', url: release.html_url }, repoLink(repo)],
    },
  };
  return { kind: 'apply', request };
}

function mapPullRequest(payload: unknown, accepted: readonly string[]): MappedDelivery {
  const {
    action,
    number,
    pull_request: pr,
    repository: repo,
  } = parsePayload(ZPullRequestEvent, payload);
  if (action !== 'closed' || pr.merged !== true) {
    return { kind: 'ignore', reason: `pull_request ${action} without a merge` };
  }
  if (!repositoryAccepted(repo.full_name, accepted)) {
    return { kind: 'ignore', reason: `repository ${repo.full_name} is not in the accepted list` };
  }
  const request: AchievementSinkRequest = {
    // One project per repository; each merged pull request adds a highlight to it.
    externalRef: `github:${repo.full_name}`,
    input: {
      type: 'project',
      title: repo.full_name,
      organization: repo.owner.login,
      description: repo.description ? clip(repo.description, achievementLimits.description) : null,
      endDate: pr.merged_at ? dayOf(pr.merged_at) : null,
      skills: skillsOf(repo),
      highlights: [clip(`Merged PR #${number}: ${pr.title}`, achievementLimits.highlight)],
      links: [repoLink(repo)],
    },
    mergeHighlights: true,
  };
  return { kind: 'apply', request };
}

/** A GitHub delivery (by its X-GitHub-Event) as an achievement write, or why it is ignored. */
export function mapGitHubEvent(
  event: string,
  payload: unknown,
  acceptedRepositories: readonly string[],
): MappedDelivery {
  if (event === 'release') return mapRelease(payload, acceptedRepositories);
  if (event === 'pull_request') return mapPullRequest(payload, acceptedRepositories);
  return { kind: 'ignore', reason: `event ${event} is not used` };
}
