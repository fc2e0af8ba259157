import { describe, expect, it } from 'vitest';
import { PermanentJobError } from '../../platform/jobs/index.js';
import { mapGenericEvent } from './generic-events.js';
import { mapGitHubEvent, releaseHighlights } from './github-events.js';

// Authored after GitHub's documented webhook payloads, with the fields this module reads.
const repository = {
  id: 1296269,
  name: 'hello-world',
  full_name: 'octo-org/hello-world',
  html_url: 'https://github.com/octo-org/hello-world',
  description: 'A tiny web service',
  language: 'TypeScript',
  owner: { login: 'octo-org', id: 1, type: 'Organization' },
};
const releasePublished = {
  action: 'published',
  release: {
    id: 1,
    tag_name: 'v1.2.0',
    name: 'Faster start-up',
    body: '## Changes\n\n- Start-up in half the time\n* Smaller image\n\nThanks to all contributors',
    html_url: 'https://github.com/octo-org/hello-world/releases/tag/v1.2.0',
    draft: false,
    prerelease: false,
    published_at: '2026-11-30T18:04:05Z',
  },
  repository,
  sender: { login: 'octocat' },
};
const prMerged = {
  action: 'closed',
  number: 42,
  pull_request: {
    number: 42,
    title: 'Cache the settings',
    html_url: 'https://github.com/octo-org/hello-world/pull/42',
    state: 'closed',
    merged: true,
    merged_at: '2026-11-29T09:00:00Z',
  },
  repository,
};

describe('GitHub events', () => {
  it('turns a published release into a project named after the repository and tag', () => {
    expect(mapGitHubEvent('release', releasePublished, [])).toEqual({
      kind: 'apply',
      request: {
        externalRef: 'github:octo-org/hello-world/releases/v1.2.0',
        input: {
          type: 'project',
          title: 'octo-org/hello-world Faster start-up',
          organization: 'octo-org',
          description: 'A tiny web service',
          startDate: '2026-11-30',
          endDate: '2026-11-30',
          skills: ['TypeScript'],
          highlights: ['Faster start-up', 'Changes', 'Start-up in half the time', 'Smaller image'],
          links: [
            { label: 'Release', url: releasePublished.release.html_url },
            { label: 'Repository', url: repository.html_url },
          ],
        },
      },
    });
  });

  it('adds a merged pull request to the repository’s project, merging highlights', () => {
    const mapped = mapGitHubEvent('pull_request', prMerged, ['Octo-Org/Hello-World']);
    expect(mapped).toMatchObject({
      kind: 'apply',
      request: {
        externalRef: 'github:octo-org/hello-world',
        mergeHighlights: true,
        input: {
          type: 'project',
          title: 'octo-org/hello-world',
          endDate: '2026-11-29',
          skills: ['TypeScript'],
          highlights: ['Merged PR #42: Cache the settings'],
        },
      },
    });
  });

  it('ignores unmerged pull requests, other actions and events, and repositories not accepted', () => {
    const closed = { ...prMerged, pull_request: { ...prMerged.pull_request, merged: false } };
    expect(mapGitHubEvent('pull_request', closed, []).kind).toBe('ignore');
    expect(mapGitHubEvent('release', { ...releasePublished, action: 'created' }, []).kind).toBe(
      'ignore',
    );
    expect(mapGitHubEvent('push', { ref: 'refs/heads/main' }, []).kind).toBe('ignore');
    expect(mapGitHubEvent('release', releasePublished, ['octo-org/other'])).toEqual({
      kind: 'ignore',
      reason: 'repository octo-org/hello-world is not in the accepted list',
    });
  });

  it('fails for good on a payload that does not fit the event', () => {
    expect(() => mapGitHubEvent('release', { action: 'published' }, [])).toThrow(PermanentJobError);
  });

  it('keeps highlights short and leaves out a name that only repeats the tag', () => {
    const long = releaseHighlights('v2', 'v2', `- ${'x'.repeat(600)}`);
    expect(long).toHaveLength(1);
    expect(long[0]).toHaveLength(500);
  });
});

describe('generic events', () => {
  const at = new Date('2026-12-01T10:00:00Z');
  const event = {
    event: 'certificate.earned',
    occurredAt: '2026-11-28T15:30:00+01:00',
    issuer: { name: 'Open Learning', url: 'https://learn.example.org' },
    item: {
      id: 'cert-881',
      title: 'Data Analysis with SQL',
      url: 'https://learn.example.org/certificates/881',
      skills: ['SQL', 'PostgreSQL'],
      description: 'Forty hours, graded project.',
    },
  };

  it('turns an earned certificate into a certification the issuer verified', () => {
    expect(mapGenericEvent('c0ffee00-0000-4000-8000-000000000001', event, at)).toEqual({
      kind: 'apply',
      request: {
        externalRef: 'generic:c0ffee00-0000-4000-8000-000000000001:cert-881',
        input: {
          type: 'certification',
          title: 'Data Analysis with SQL',
          organization: 'Open Learning',
          description: 'Forty hours, graded project.',
          endDate: '2026-11-28',
          skills: ['SQL', 'PostgreSQL'],
          highlights: [],
          links: [
            { label: 'Certificate', url: event.item.url },
            { label: 'Open Learning', url: event.issuer.url },
          ],
        },
        verification: {
          state: 'verified',
          verifiedBy: 'Open Learning',
          verifiedAt: at.toISOString(),
        },
      },
    });
  });

  it('maps courses and badges to their kinds of record', () => {
    const kind = (name: string) => {
      const mapped = mapGenericEvent('id', { ...event, event: name }, at);
      return mapped.kind === 'apply' ? mapped.request.input.type : mapped.kind;
    };
    expect([kind('course.completed'), kind('badge.earned')]).toEqual(['course', 'award']);
  });
});
