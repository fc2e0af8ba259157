import { LoaderCircle, Plus, X } from 'lucide-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import {
  achievementLimits,
  achievementTypes,
  ZCreateAchievementRequest,
  type TAchievement,
  type TAchievementEffects,
  type TAchievementType,
} from '../../../../contracts/achievements';
import {
  achievementTypeLabels,
  createAchievement,
  updateAchievement,
} from '../../lib/achievements';
import { Field, controlProps } from '../form-field';
import { FormMessage } from '../form-message';
import { SkillCombobox } from '../skills/skill-combobox';
import { Button } from '../ui/button';
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from '../ui/dialog';
import { Input } from '../ui/input';
import { NativeSelect } from '../ui/native-select';
import { Textarea } from '../ui/textarea';
import { pathErrors, saveFailure, type PathErrors } from './achievement-form-errors';

interface Draft {
  type: TAchievementType;
  title: string;
  organization: string;
  location: string;
  description: string;
  startDate: string;
  endDate: string;
  ongoing: boolean;
  skills: string[];
  highlights: string[];
  links: { label: string; url: string }[];
}

function draftOf(a: TAchievement | undefined): Draft {
  return {
    type: a?.type ?? 'project',
    title: a?.title ?? '',
    organization: a?.organization ?? '',
    location: a?.location ?? '',
    description: a?.description ?? '',
    startDate: a?.startDate ?? '',
    endDate: a?.endDate ?? '',
    ongoing: a?.ongoing ?? false,
    skills: a?.skills.map((s) => s.name) ?? [],
    highlights: a?.highlights ?? [],
    links: a?.links ?? [],
  };
}

/** Adds or edits a record; saving tells what it did to the skills and the resume. */
export function AchievementFormDialog({
  achievement,
  trigger,
  onSaved,
}: {
  achievement?: TAchievement;
  trigger: ReactNode;
  onSaved: (effects: TAchievementEffects) => Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>{achievement ? 'Edit achievement' : 'Add an achievement'}</DialogTitle>
          <DialogDescription>
            The skills you name are added to your profile, and your generated resume follows.
          </DialogDescription>
        </DialogHeader>
        {open ? (
          <AchievementForm
            achievement={achievement}
            onDone={async (effects) => {
              await onSaved(effects);
              setOpen(false);
            }}
          />
        ) : null}
      </DialogContent>
    </Dialog>
  );
}

function AchievementForm({
  achievement,
  onDone,
}: {
  achievement?: TAchievement;
  onDone: (effects: TAchievementEffects) => Promise<void>;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(achievement));
  const [skillText, setSkillText] = useState('');
  const [highlightText, setHighlightText] = useState('');
  const [errors, setErrors] = useState<PathErrors>({});
  const [suggestions, setSuggestions] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);

  const set = <K extends keyof Draft>(field: K, value: Draft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: '' }));
  };
  const error = (path: string) => errors[path] || undefined;

  const addSkill = (name: string) => {
    const text = name.trim();
    if (!text) return;
    if (!draft.skills.some((s) => s.toLowerCase() === text.toLowerCase())) {
      set('skills', [...draft.skills, text]);
    }
    setSkillText('');
  };
  const replaceSkill = (index: number, name: string) => {
    set(
      'skills',
      draft.skills.map((s, i) => (i === index ? name : s)),
    );
    setErrors((current) => ({ ...current, [`skills.${index}`]: '' }));
    setSuggestions((current) => ({ ...current, [`skills.${index}`]: [] }));
  };
  const removeSkill = (index: number) => {
    set(
      'skills',
      draft.skills.filter((_, i) => i !== index),
    );
    // Indexes move up; the server's messages name the old ones.
    setErrors({});
    setSuggestions({});
  };
  const addHighlight = () => {
    const text = highlightText.trim();
    if (!text) return;
    set('highlights', [...draft.highlights, text]);
    setHighlightText('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      type: draft.type,
      title: draft.title,
      organization: draft.organization,
      location: draft.location,
      description: draft.description,
      startDate: draft.startDate || null,
      endDate: draft.ongoing ? null : draft.endDate || null,
      ongoing: draft.ongoing,
      skills: [...draft.skills, ...(skillText.trim() ? [skillText.trim()] : [])],
      highlights: [...draft.highlights, ...(highlightText.trim() ? [highlightText.trim()] : [])],
      links: draft.links.filter((l) => l.label.trim() !== '' || l.url.trim() !== ''),
    };
    // Same wording as the server, before a round trip.
    const checked = ZCreateAchievementRequest.safeParse(body);
    if (!checked.success) {
      setErrors(
        pathErrors(
          checked.error.issues.map((i) => ({
            path: i.path.map(String).join('.'),
            message: i.message,
          })),
        ).fields,
      );
      setMessage('Check the highlighted fields.');
      return;
    }
    setPending(true);
    setMessage(undefined);
    try {
      const saved = achievement
        ? await updateAchievement(achievement.id, body)
        : await createAchievement(body);
      setSkillText('');
      setHighlightText('');
      await onDone(saved.effects);
    } catch (failed) {
      const failure = saveFailure(failed);
      setDraft((current) => ({ ...current, skills: body.skills, highlights: body.highlights }));
      setSkillText('');
      setHighlightText('');
      setErrors(failure.fields);
      setSuggestions(failure.suggestions);
      setMessage(failure.message);
    } finally {
      setPending(false);
    }
  };

  const skillsHint = 'Type a skill and press Enter; “JS” finds JavaScript.';
  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="grid gap-4">
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        <Field id="achievement-type" label="Type" error={error('type')}>
          <NativeSelect
            {...controlProps('achievement-type', { error: error('type') })}
            value={draft.type}
            onChange={(e) => set('type', e.target.value as TAchievementType)}
          >
            {achievementTypes.map((type) => (
              <option key={type} value={type}>
                {achievementTypeLabels[type]}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field id="achievement-title" label="Title" error={error('title')}>
          <Input
            {...controlProps('achievement-title', { error: error('title') })}
            value={draft.title}
            maxLength={achievementLimits.title}
            onChange={(e) => set('title', e.target.value)}
            placeholder="e.g. Software engineering intern"
            required
          />
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="achievement-organization"
          label="Organisation (optional)"
          error={error('organization')}
        >
          <Input
            {...controlProps('achievement-organization', { error: error('organization') })}
            value={draft.organization}
            maxLength={achievementLimits.organization}
            onChange={(e) => set('organization', e.target.value)}
          />
        </Field>
        <Field id="achievement-location" label="Location (optional)" error={error('location')}>
          <Input
            {...controlProps('achievement-location', { error: error('location') })}
            value={draft.location}
            maxLength={achievementLimits.location}
            onChange={(e) => set('location', e.target.value)}
          />
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="achievement-start" label="Start date (optional)" error={error('startDate')}>
          <Input
            {...controlProps('achievement-start', { error: error('startDate') })}
            type="date"
            value={draft.startDate}
            onChange={(e) => set('startDate', e.target.value)}
          />
        </Field>
        <Field id="achievement-end" label="End date (optional)" error={error('endDate')}>
          <Input
            {...controlProps('achievement-end', { error: error('endDate') })}
            type="date"
            value={draft.ongoing ? '' : draft.endDate}
            min={draft.startDate || undefined}
            disabled={draft.ongoing}
            onChange={(e) => set('endDate', e.target.value)}
          />
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-4 accent-primary"
          checked={draft.ongoing}
          onChange={(e) => set('ongoing', e.target.checked)}
        />
        I am still doing this (ongoing)
      </label>
      <Field
        id="achievement-description"
        label="Description (optional)"
        error={error('description')}
      >
        <Textarea
          {...controlProps('achievement-description', { error: error('description') })}
          value={draft.description}
          maxLength={achievementLimits.description}
          rows={3}
          onChange={(e) => set('description', e.target.value)}
        />
      </Field>

      <fieldset className="grid gap-2">
        <legend className="mb-2 text-sm font-medium">Skills</legend>
        {draft.skills.length > 0 ? (
          <ul className="flex flex-wrap gap-2" aria-label="Skills named">
            {draft.skills.map((skill, index) => {
              const problem = error(`skills.${index}`);
              return (
                <li key={`${skill}-${index}`} className="grid gap-1">
                  <span
                    className={
                      problem
                        ? 'inline-flex items-center gap-1 rounded-full border border-destructive bg-destructive/10 py-0.5 pr-1 pl-3 text-sm text-destructive'
                        : 'inline-flex items-center gap-1 rounded-full border bg-secondary py-0.5 pr-1 pl-3 text-sm'
                    }
                  >
                    {skill}
                    <Button
                      type="button"
                      variant="ghost"
                      size="icon"
                      className="size-6 rounded-full"
                      aria-label={`Remove ${skill}`}
                      onClick={() => removeSkill(index)}
                    >
                      <X aria-hidden="true" />
                    </Button>
                  </span>
                </li>
              );
            })}
          </ul>
        ) : null}
        {draft.skills.map((skill, index) => {
          const problem = error(`skills.${index}`);
          if (!problem) return null;
          const options = suggestions[`skills.${index}`] ?? [];
          return (
            <div key={`problem-${index}`} className="flex flex-wrap items-center gap-2 text-sm">
              <span className="text-destructive" role="alert">
                “{skill}”: {problem}
              </span>
              {options.length > 0 ? (
                <span className="text-muted-foreground">Did you mean</span>
              ) : null}
              {options.map((option) => (
                <Button
                  key={option}
                  type="button"
                  variant="outline"
                  size="sm"
                  onClick={() => replaceSkill(index, option)}
                >
                  {option}
                </Button>
              ))}
            </div>
          );
        })}
        {/* The button stays beside the field on phones too, so the suggestions never cover it. */}
        <div className="grid grid-cols-[1fr_auto] items-start gap-2">
          <div
            onKeyDown={(e) => {
              // Enter with no suggestion highlighted adds what was typed, not the whole form.
              if (e.key === 'Enter' && !e.defaultPrevented && skillText.trim()) {
                e.preventDefault();
                addSkill(skillText);
              }
            }}
          >
            <label htmlFor="achievement-skill" className="sr-only">
              Skill to add
            </label>
            <SkillCombobox
              id="achievement-skill"
              value={skillText}
              onChange={setSkillText}
              onPick={(picked) => addSkill(picked.name)}
              maxLength={achievementLimits.skillName}
              describedBy="achievement-skill-hint"
            />
          </div>
          <Button type="button" variant="outline" onClick={() => addSkill(skillText)}>
            <Plus aria-hidden="true" />
            Add skill
          </Button>
        </div>
        <p id="achievement-skill-hint" className="text-xs text-muted-foreground">
          {skillsHint}
        </p>
      </fieldset>

      <fieldset className="grid gap-2">
        <legend className="mb-2 text-sm font-medium">Highlights</legend>
        {draft.highlights.map((highlight, index) => (
          <div key={`${highlight}-${index}`} className="flex items-start gap-2 text-sm">
            <span className="flex-1 rounded-md border px-3 py-2">{highlight}</span>
            <Button
              type="button"
              variant="ghost"
              size="icon"
              aria-label={`Remove highlight ${index + 1}`}
              onClick={() =>
                set(
                  'highlights',
                  draft.highlights.filter((_, i) => i !== index),
                )
              }
            >
              <X aria-hidden="true" />
            </Button>
          </div>
        ))}
        <div className="grid gap-2 sm:grid-cols-[1fr_auto]">
          <Input
            aria-label="New highlight"
            value={highlightText}
            maxLength={achievementLimits.highlight}
            placeholder="e.g. Cut page load time by half"
            onChange={(e) => setHighlightText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addHighlight();
              }
            }}
          />
          <Button type="button" variant="outline" onClick={addHighlight}>
            <Plus aria-hidden="true" />
            Add highlight
          </Button>
        </div>
        {Object.entries(errors)
          .filter(([path, text]) => path.startsWith('highlights') && text)
          .map(([path, text]) => (
            <p key={path} className="text-sm text-destructive">
              {text}
            </p>
          ))}
      </fieldset>

      <fieldset className="grid gap-2">
        <legend className="mb-2 text-sm font-medium">Links</legend>
        {draft.links.map((link, index) => {
          const labelError = error(`links.${index}.label`);
          const urlError = error(`links.${index}.url`);
          const update = (changes: Partial<Draft['links'][number]>) =>
            set(
              'links',
              draft.links.map((l, i) => (i === index ? { ...l, ...changes } : l)),
            );
          return (
            <div
              key={index}
              className="grid gap-2 rounded-lg border p-3 sm:grid-cols-[10rem_1fr_auto]"
            >
              <Field id={`link-${index}-label`} label="Label" error={labelError}>
                <Input
                  {...controlProps(`link-${index}-label`, { error: labelError })}
                  value={link.label}
                  maxLength={achievementLimits.linkLabel}
                  placeholder="Code"
                  onChange={(e) => update({ label: e.target.value })}
                />
              </Field>
              <Field id={`link-${index}-url`} label="Address" error={urlError}>
                <Input
                  {...controlProps(`link-${index}-url`, { error: urlError })}
                  type="url"
                  value={link.url}
                  maxLength={achievementLimits.url}
                  placeholder="https://"
                  onChange={(e) => update({ url: e.target.value })}
                />
              </Field>
              <Button
                type="button"
                variant="ghost"
                size="icon"
                className="justify-self-end sm:mt-7"
                aria-label={`Remove link ${index + 1}`}
                onClick={() =>
                  set(
                    'links',
                    draft.links.filter((_, i) => i !== index),
                  )
                }
              >
                <X aria-hidden="true" />
              </Button>
            </div>
          );
        })}
        {draft.links.length < achievementLimits.links ? (
          <Button
            type="button"
            variant="outline"
            className="w-full sm:w-fit"
            onClick={() => set('links', [...draft.links, { label: '', url: '' }])}
          >
            <Plus aria-hidden="true" />
            Add a link
          </Button>
        ) : null}
      </fieldset>

      <FormMessage error={message} />
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            Cancel
          </Button>
        </DialogClose>
        <Button type="submit" disabled={pending}>
          {pending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
          {achievement ? 'Save changes' : 'Add achievement'}
        </Button>
      </DialogFooter>
    </form>
  );
}
