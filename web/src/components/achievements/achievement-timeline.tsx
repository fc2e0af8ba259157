import { Pencil, ShieldCheck } from 'lucide-react';
import type { TAchievement, TAchievementEffects } from '../../../../contracts/achievements';
import { achievementTypeLabels, formatSpan, yearOf } from '../../lib/achievements';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { AchievementFormDialog } from './achievement-form-dialog';
import { AchievementTypeIcon } from './achievement-type-icon';
import { DeleteAchievementDialog } from './delete-achievement-dialog';

/** Ongoing records under "Now", the rest by the year they started, undated last. */
function groupsOf(items: readonly TAchievement[]): { heading: string; items: TAchievement[] }[] {
  const groups: { heading: string; items: TAchievement[] }[] = [];
  for (const item of items) {
    const heading = item.ongoing ? 'Now' : (yearOf(item) ?? 'Undated');
    const last = groups.at(-1);
    if (last?.heading === heading) last.items.push(item);
    else groups.push({ heading, items: [item] });
  }
  return groups;
}

export function AchievementTimeline({
  items,
  onChanged,
}: {
  items: readonly TAchievement[];
  onChanged: (effects: TAchievementEffects) => Promise<void>;
}) {
  return (
    <div className="grid gap-8">
      {groupsOf(items).map((group) => (
        <section key={group.heading} aria-labelledby={`year-${group.heading}`}>
          <h2
            id={`year-${group.heading}`}
            className="mb-3 text-sm font-semibold tracking-wide text-muted-foreground uppercase"
          >
            {group.heading}
          </h2>
          <ol className="grid gap-4 border-l pl-6">
            {group.items.map((item) => (
              <AchievementEntry key={item.id} item={item} onChanged={onChanged} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function AchievementEntry({
  item,
  onChanged,
}: {
  item: TAchievement;
  onChanged: (effects: TAchievementEffects) => Promise<void>;
}) {
  const span = formatSpan(item);
  const verification = item.verification;
  return (
    <li className="relative rounded-xl border bg-card p-4 text-card-foreground shadow-sm">
      <span className="absolute top-4 -left-[2.35rem] flex size-7 items-center justify-center rounded-full border bg-background text-primary">
        <AchievementTypeIcon type={item.type} className="size-4" />
      </span>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="font-semibold break-words">{item.title}</h3>
          <p className="text-sm text-muted-foreground">
            {achievementTypeLabels[item.type]}
            {item.organization ? ` · ${item.organization}` : ''}
            {item.location ? ` · ${item.location}` : ''}
          </p>
          {span ? <p className="text-sm text-muted-foreground tabular-nums">{span}</p> : null}
        </div>
        {verification.state === 'verified' ? (
          <Badge variant="success" title={verification.verifiedBy ?? undefined}>
            <ShieldCheck aria-hidden="true" className="size-3.5" />
            Verified{verification.verifiedBy ? ` by ${verification.verifiedBy}` : ''}
          </Badge>
        ) : verification.state === 'pending' ? (
          <Badge variant="outline">Verification pending</Badge>
        ) : null}
      </div>
      {item.description ? (
        <p className="mt-2 text-sm whitespace-pre-line">{item.description}</p>
      ) : null}
      {item.highlights.length > 0 ? (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {item.highlights.map((h, i) => (
            <li key={i}>{h}</li>
          ))}
        </ul>
      ) : null}
      {item.skills.length > 0 ? (
        <ul className="mt-3 flex flex-wrap gap-1.5" aria-label="Skills">
          {item.skills.map((skill) => (
            <li key={skill.slug}>
              <Badge variant="secondary">{skill.name}</Badge>
            </li>
          ))}
        </ul>
      ) : null}
      {item.links.length > 0 ? (
        <p className="mt-2 flex flex-wrap gap-3 text-sm">
          {item.links.map((link) => (
            <a
              key={link.url}
              href={link.url}
              target="_blank"
              rel="noreferrer noopener"
              className="text-primary underline-offset-4 hover:underline"
            >
              {link.label}
            </a>
          ))}
        </p>
      ) : null}
      <div className="mt-3 flex flex-wrap justify-end gap-1">
        <AchievementFormDialog
          achievement={item}
          onSaved={onChanged}
          trigger={
            <Button variant="ghost" size="sm" aria-label={`Edit ${item.title}`}>
              <Pencil aria-hidden="true" />
              Edit
            </Button>
          }
        />
        <DeleteAchievementDialog achievement={item} onDeleted={onChanged} />
      </div>
    </li>
  );
}
