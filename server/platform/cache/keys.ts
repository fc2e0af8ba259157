/** Global namespace for every cache key, so a shared Redis can hold other data too. */
export const DEFAULT_CACHE_KEY_PREFIX = 'careeros:';

type Id = string | number;

/** Escapes ':' (and anything else URI-special) so an id can never forge another key's shape. */
function segment(id: Id): string {
  const value = String(id);
  if (value === '') throw new Error('cache key segment must not be empty');
  return encodeURIComponent(value);
}

/** Builders for the cache keys used across the product; keep key shapes in one place. */
export const cacheKeys = {
  userProfile: (userId: Id) => `user:${segment(userId)}:profile`,
  userRoles: (userId: Id) => `user:${segment(userId)}:roles`,
  courseDetails: (courseId: Id) => `course:${segment(courseId)}:details`,
  platformStats: () => 'analytics:platform:stats',
} as const;

/** Invalidation groups: everything derived from one user or one course. */
export const cacheGroups = {
  user: (userId: Id) => `user:${segment(userId)}`,
  course: (courseId: Id) => `course:${segment(courseId)}`,
  analytics: () => 'analytics',
} as const;
