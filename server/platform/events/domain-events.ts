import type { DbOrTx } from '../db/index.js';

/**
 * Things that happened in one module that others may react to. Add an event here with its
 * payload; modules subscribe at start.
 */
export interface DomainEventMap {
  /** A record was added; the counts are the user's, this one included (badges read them). */
  'achievement.created': {
    userId: string;
    achievementId: string;
    type: string;
    origin: string;
    verified: boolean;
    totalAchievements: number;
    totalOfType: number;
  };
  /** A record was deleted; the counts are the user's after it (badge progress follows them). */
  'achievement.deleted': {
    userId: string;
    achievementId: string;
    type: string;
    totalAchievements: number;
    totalOfType: number;
  };
  /** A record became verified (by an integration, an issuer, a mentor). */
  'achievement.verified': { userId: string; achievementId: string; type: string };
  'roadmap.milestone.completed': {
    userId: string;
    roadmapId: string;
    milestoneId: string;
    /** True when this completion finished the whole roadmap. */
    roadmapCompleted: boolean;
  };
  'roadmap.milestone.reopened': { userId: string; roadmapId: string; milestoneId: string };
  'skill.added': { userId: string; skillId: number; source: string };
  /** The user changed their own skills (added, set a level, removed) on the skills page. */
  'skills.changed': { userId: string };
  /** The user changed their profile (name, headline, links ...). */
  'profile.updated': { userId: string };
  'skill.verified': { userId: string; skillId: number };
}

export type DomainEventName = keyof DomainEventMap;
export type DomainEventHandler<K extends DomainEventName> = (
  tx: DbOrTx,
  payload: DomainEventMap[K],
) => Promise<void>;

/**
 * An in-process bus. Handlers run inside the transaction that emits the event, so what they
 * derive (badges, progress) commits or rolls back with the change itself.
 */
export interface DomainEvents {
  on<K extends DomainEventName>(name: K, handler: DomainEventHandler<K>): () => void;
  emit<K extends DomainEventName>(tx: DbOrTx, name: K, payload: DomainEventMap[K]): Promise<void>;
}

export function createDomainEvents(): DomainEvents {
  const handlers = new Map<DomainEventName, Set<DomainEventHandler<DomainEventName>>>();
  return {
    on(name, handler) {
      const set = handlers.get(name) ?? new Set();
      set.add(handler as unknown as DomainEventHandler<DomainEventName>);
      handlers.set(name, set);
      return () => set.delete(handler as unknown as DomainEventHandler<DomainEventName>);
    },
    async emit(tx, name, payload) {
      for (const handler of handlers.get(name) ?? []) await handler(tx, payload);
    },
  };
}
