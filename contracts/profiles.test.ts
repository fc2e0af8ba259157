import { describe, expect, it } from 'vitest';
import { ZGithubUrl, ZLinkedinUrl, ZUpdateProfileRequest, ZWebsiteUrl } from './profiles.js';

const accepts = (schema: typeof ZWebsiteUrl, value: string) => schema.safeParse(value).success;

describe('profile link rules', () => {
  it('takes LinkedIn profile, company and school pages on any LinkedIn host', () => {
    for (const url of [
      'https://www.linkedin.com/in/ada-lovelace',
      'https://linkedin.com/in/ada-lovelace/',
      'https://uk.linkedin.com/in/ada',
      'http://www.linkedin.com/company/careeros',
      'https://www.linkedin.com/school/university-of-london/',
    ]) {
      expect(accepts(ZLinkedinUrl, url), url).toBe(true);
    }
    for (const url of [
      'https://www.linkedin.com/',
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/in/',
      'https://notlinkedin.com/in/ada',
      'https://linkedin.com.evil.example/in/ada',
      'javascript://www.linkedin.com/in/ada',
    ]) {
      expect(accepts(ZLinkedinUrl, url), url).toBe(false);
    }
  });

  it('takes a GitHub account page, not a repository or another host', () => {
    expect(accepts(ZGithubUrl, 'https://github.com/ada')).toBe(true);
    expect(accepts(ZGithubUrl, 'https://github.com/ada-lovelace-1/')).toBe(true);
    for (const url of [
      'https://github.com/',
      'https://github.com/ada/engine',
      'https://github.com/-ada',
      'https://gist.github.com/ada',
      `https://github.com/${'a'.repeat(40)}`,
    ]) {
      expect(accepts(ZGithubUrl, url), url).toBe(false);
    }
  });

  it('takes any http(s) site with a domain, without credentials', () => {
    expect(accepts(ZWebsiteUrl, 'https://ada.example.org/notes?page=2')).toBe(true);
    expect(accepts(ZWebsiteUrl, 'http://example.org')).toBe(true);
    for (const url of [
      'example.org',
      'https://localhost:3000',
      'mailto:ada@example.org',
      'data:text/html,hi',
      'https://ada:pw@example.org',
    ]) {
      expect(accepts(ZWebsiteUrl, url), url).toBe(false);
    }
  });

  it('reads an empty address as "not set"', () => {
    expect(ZUpdateProfileRequest.parse({ websiteUrl: '  ', fullName: '' })).toEqual({
      websiteUrl: null,
      fullName: null,
    });
  });
});
