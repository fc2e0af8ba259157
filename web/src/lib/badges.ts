import { queryOptions } from '@tanstack/react-query';
import { ZListBadgesResponse, type TBadgeCategory } from '../../../contracts/badges';
import { apiGet } from './api';
import { ACCOUNT_QUERY_KEY } from './auth-context';

export const badgeCategoryLabels: Record<TBadgeCategory, string> = {
  roadmaps: 'Roadmaps',
  achievements: 'Achievements',
  skills: 'Skills',
  consistency: 'Consistency',
};

export function badgesQuery(userId: string) {
  return queryOptions({
    queryKey: [ACCOUNT_QUERY_KEY, userId, 'badges'],
    queryFn: ({ signal }) => apiGet('/api/badges', ZListBadgesResponse, { signal }),
  });
}
