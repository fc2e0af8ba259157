import { describe, expect, it } from 'vitest';
import { cacheGroups, cacheKeys } from './keys.js';

describe('cacheKeys', () => {
  it('builds the documented key shapes', () => {
    expect(cacheKeys.userProfile(42)).toBe('user:42:profile');
    expect(cacheKeys.userRoles('u-1')).toBe('user:u-1:roles');
    expect(cacheKeys.courseDetails(7)).toBe('course:7:details');
    expect(cacheKeys.platformStats()).toBe('analytics:platform:stats');
    expect(cacheGroups.user(42)).toBe('user:42');
  });

  it('escapes ids so they cannot forge another key', () => {
    expect(cacheKeys.userProfile('1:roles')).toBe('user:1%3Aroles:profile');
    expect(() => cacheKeys.userProfile('')).toThrow(/empty/);
  });
});
