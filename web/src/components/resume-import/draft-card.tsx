import { CircleAlert, CircleCheck, X } from 'lucide-react';
import { useId } from 'react';
import { achievementTypes, type TAchievementType } from '../../../../contracts/achievements';
import type { TProposedAchievement } from '../../../../contracts/resume-imports';
import { cn } from '../../lib/utils';
import { Badge } from '../ui/badge';
import { Card, CardContent } from '../ui/card';
import { Input } from '../ui/input';
import { Label } from '../ui/label';
import { NativeSelect } from '../ui/native-select';
import { Textarea } from '../ui/textarea';

export const achievementTypeLabels: Record<TAchievementType, string> = {
  job: 'Job',
  internship: 'Internship',
  project: 'Project',
  course: 'Course',
  certification: 'Certification',
  education: 'Education',
  award: 'Award',
  publication: 'Publication',
  volunteering: 'Volunteering',
  hackathon: 'Hackathon',
  other: 'Other',
};

export interface DraftCardState {
  key: string;
  section: string;
  confidence: number;
  include: boolean;
  value: TProposedAchievement;
  /** Skills the entry names that the catalog does not know yet (pick a suggestion below). */
  unmatched: string[];
  status: 'idle' | 'saving' | 'saved' | 'failed';
  errors: string[];
}

/** One proposed record, editable, with a checkbox to leave it out of the save. */
export function DraftCard({
  card,
  skillChoices,
  onChange,
}: {
  card: DraftCardState;
  /** Catalog names the resume's skills matched, to add to this record. */
  skillChoices: string[];
  onChange: (next: DraftCardState) => void;
}) {
  const id = useId();
  const { value } = card;
  const title = value.title || 'Untitled record';
  const set = (patch: Partial<TProposedAchievement>) =>
    onChange({ ...card, value: { ...value, ...patch }, status: 'idle', errors: [] });
  const saved = card.status === 'saved';
  const addable = skillChoices.filter((name) => !value.skills.includes(name));

  return (
    <Card
      role="article"
      aria-label={title}
      className={cn('transition-opacity', !card.include && 'opacity-60')}
    >
      <CardContent className="grid gap-4 p-5 sm:p-6">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <label className="flex items-center gap-3 font-semibold">
            <input
              type="checkbox"
              className="size-4 accent-primary"
              checked={card.include}
              disabled={saved}
              onChange={(event) => onChange({ ...card, include: event.target.checked })}
              aria-label={`Include “${title}”`}
            />
            {title}
          </label>
          <div className="flex items-center gap-2">
            <Badge variant="outline">{card.section}</Badge>
            <Badge variant={card.confidence >= 0.8 ? 'success' : 'secondary'}>
              {Math.round(card.confidence * 100)} % sure
            </Badge>
            {saved ? (
              <Badge variant="success">
                <CircleCheck aria-hidden="true" />
                Saved
              </Badge>
            ) : null}
          </div>
        </div>
        <fieldset disabled={!card.include || saved} className="grid gap-4 sm:grid-cols-2">
          <legend className="sr-only">Details of “{title}”</legend>
          <div className="grid content-start gap-2">
            <Label htmlFor={`${id}-type`}>Type</Label>
            <NativeSelect
              id={`${id}-type`}
              value={value.type}
              onChange={(event) => set({ type: event.target.value as TAchievementType })}
            >
              {achievementTypes.map((type) => (
                <option key={type} value={type}>
                  {achievementTypeLabels[type]}
                </option>
              ))}
            </NativeSelect>
          </div>
          <div className="grid content-start gap-2">
            <Label htmlFor={`${id}-title`}>Title</Label>
            <Input
              id={`${id}-title`}
              value={value.title}
              onChange={(event) => set({ title: event.target.value })}
            />
          </div>
          <div className="grid content-start gap-2 sm:col-span-2">
            <Label htmlFor={`${id}-org`}>Organisation</Label>
            <Input
              id={`${id}-org`}
              value={value.organization ?? ''}
              onChange={(event) => set({ organization: event.target.value || null })}
            />
          </div>
          <div className="grid content-start gap-2">
            <Label htmlFor={`${id}-start`}>Start date</Label>
            <Input
              id={`${id}-start`}
              type="date"
              value={value.startDate ?? ''}
              onChange={(event) => set({ startDate: event.target.value || null })}
            />
          </div>
          <div className="grid content-start gap-2">
            <Label htmlFor={`${id}-end`}>End date</Label>
            <Input
              id={`${id}-end`}
              type="date"
              value={value.endDate ?? ''}
              disabled={value.ongoing}
              onChange={(event) => set({ endDate: event.target.value || null })}
            />
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-4 accent-primary"
                checked={value.ongoing}
                onChange={(event) =>
                  set({
                    ongoing: event.target.checked,
                    endDate: event.target.checked ? null : value.endDate,
                  })
                }
              />
              Ongoing
            </label>
          </div>
          <div className="grid content-start gap-2 sm:col-span-2">
            <Label htmlFor={`${id}-highlights`}>Highlights (one a line)</Label>
            <Textarea
              id={`${id}-highlights`}
              rows={Math.max(2, value.highlights.length + 1)}
              value={value.highlights.join('\n')}
              onChange={(event) => set({ highlights: event.target.value.split('\n') })}
            />
          </div>
          <div className="grid content-start gap-2 sm:col-span-2">
            <span className="text-sm font-medium" id={`${id}-skills`}>
              Skills
            </span>
            <ul aria-labelledby={`${id}-skills`} className="flex flex-wrap gap-2">
              {value.skills.map((name) => (
                <li key={name}>
                  <Badge variant="secondary" className="gap-1 pr-1">
                    {name}
                    <button
                      type="button"
                      className="rounded-full p-0.5 hover:bg-background/60 disabled:hidden"
                      aria-label={`Remove ${name} from “${title}”`}
                      onClick={() => set({ skills: value.skills.filter((s) => s !== name) })}
                    >
                      <X aria-hidden="true" />
                    </button>
                  </Badge>
                </li>
              ))}
              {card.unmatched.map((text) => (
                <li key={text}>
                  <Badge variant="outline" title="Not in the catalog yet: pick a match below">
                    {text}?
                  </Badge>
                </li>
              ))}
              {value.skills.length === 0 && card.unmatched.length === 0 ? (
                <li className="text-sm text-muted-foreground">None found</li>
              ) : null}
            </ul>
            {addable.length > 0 ? (
              <NativeSelect
                aria-label={`Add a skill to “${title}”`}
                value=""
                className="sm:max-w-xs"
                onChange={(event) => {
                  if (event.target.value) set({ skills: [...value.skills, event.target.value] });
                }}
              >
                <option value="">Add a skill from your resume…</option>
                {addable.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </NativeSelect>
            ) : null}
          </div>
        </fieldset>
        {card.errors.length > 0 ? (
          <div role="alert" className="grid gap-1 text-sm text-destructive">
            {card.errors.map((error) => (
              <p key={error} className="flex gap-1.5">
                <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
                <span>{error}</span>
              </p>
            ))}
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
