import {
  BadgeCheck,
  ClipboardCheck,
  ExternalLink,
  FolderGit2,
  GraduationCap,
  ThumbsUp,
  Trophy,
  type LucideIcon,
} from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { TEvidenceKind, TUserSkill } from '../../../../contracts/user-skills';
import { categoryNames } from '../../lib/skills';
import { evidenceKindLabels, proficiencyLabels } from '../../lib/user-skills';
import { Badge } from '../ui/badge';

const evidenceIcons: Record<TEvidenceKind, LucideIcon> = {
  achievement: Trophy,
  project_submission: FolderGit2,
  assessment: ClipboardCheck,
  mentor_endorsement: GraduationCap,
};

export function endorsementLabel(count: number): string {
  return `${count} ${count === 1 ? 'endorsement' : 'endorsements'}`;
}

/**
 * One of a user's skills: name, category, proficiency, endorsements and, when evidence backs
 * it, a "Verified" mark with the evidence listed. `actions` holds the controls of the page.
 */
export function UserSkillItem({
  item,
  showProficiency = true,
  actions,
}: {
  item: TUserSkill;
  /** Off where the proficiency is shown by a control in `actions` instead. */
  showProficiency?: boolean;
  actions?: ReactNode;
}) {
  const headingId = `skill-${item.skill.slug}`;
  return (
    <li
      aria-labelledby={headingId}
      className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0 sm:flex-row sm:items-start sm:justify-between"
    >
      <div className="min-w-0 space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <h3 id={headingId} className="text-base font-semibold">
            <Link to={`/skills/${item.skill.slug}`} className="hover:underline">
              {item.skill.name}
            </Link>
          </h3>
          {item.verified ? (
            <Badge variant="success">
              <BadgeCheck aria-hidden="true" />
              Verified
            </Badge>
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
          <Badge variant="outline">{categoryNames[item.skill.category]}</Badge>
          {showProficiency ? (
            <Badge variant="secondary">{proficiencyLabels[item.proficiency]}</Badge>
          ) : null}
          <span className="inline-flex items-center gap-1" data-testid="endorsement-count">
            <ThumbsUp className="size-3.5" aria-hidden="true" />
            {endorsementLabel(item.endorsementCount)}
          </span>
        </div>
        {item.evidence.length > 0 ? (
          <div className="text-sm">
            <p className="text-xs font-medium text-muted-foreground">Evidence</p>
            <ul className="mt-1 space-y-1" aria-label={`Evidence for ${item.skill.name}`}>
              {item.evidence.map((evidence) => {
                const Icon = evidenceIcons[evidence.kind];
                return (
                  <li
                    key={`${evidence.kind}-${evidence.referenceId ?? evidence.createdAt}`}
                    className="flex gap-2"
                  >
                    <Icon className="mt-0.5 size-4 shrink-0 text-success" aria-hidden="true" />
                    <span className="sr-only">{evidenceKindLabels[evidence.kind]}:</span>
                    {evidence.url ? (
                      <a
                        href={evidence.url}
                        target="_blank"
                        rel="noreferrer noopener"
                        className="min-w-0 break-words hover:underline"
                      >
                        {evidence.title}
                        <ExternalLink className="ml-1 inline size-3.5" aria-hidden="true" />
                      </a>
                    ) : (
                      <span className="min-w-0 break-words">{evidence.title}</span>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        ) : null}
      </div>
      {actions ? (
        <div className="flex shrink-0 flex-wrap items-center gap-2 sm:justify-end">{actions}</div>
      ) : null}
    </li>
  );
}
