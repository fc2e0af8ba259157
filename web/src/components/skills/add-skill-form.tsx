import { useMutation } from '@tanstack/react-query';
import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { TFieldError } from '../../../../contracts/errors';
import {
  proficiencies,
  userSkillLimits,
  type TProficiency,
  type TSaveUserSkillResponse,
} from '../../../../contracts/user-skills';
import { isApiError } from '../../lib/api';
import { formFailure } from '../../lib/form-errors';
import { addMySkill, proficiencyLabels } from '../../lib/user-skills';
import { controlProps, Field } from '../form-field';
import { FormMessage } from '../form-message';
import { Button } from '../ui/button';
import { NativeSelect } from '../ui/native-select';
import { SkillCombobox } from './skill-combobox';

/** What the server said about the typed name, in a sentence that quotes it. */
interface NameProblem {
  message: string;
  suggestions: string[];
}

function nameProblem(error: unknown, typed: string): NameProblem | undefined {
  if (!isApiError(error)) return undefined;
  const detail: TFieldError | undefined = error.details.find((d) => d.path === 'body.name');
  if (!detail) return undefined;
  return {
    message: `“${typed.trim()}” ${detail.message.replace(/\.$/, '')}.`,
    suggestions: detail.suggestions ?? [],
  };
}

function savedMessage(saved: TSaveUserSkillResponse): string {
  const { name } = saved.item.skill;
  const level = proficiencyLabels[saved.item.proficiency].toLowerCase();
  if (saved.change === 'created') return `${name} added as ${level}.`;
  if (saved.change === 'unchanged') return `${name} is already on your list as ${level}.`;
  return `${name} was already on your list; it is now ${level}.`;
}

/** Adds a skill by name, with suggestions as you type, at a chosen proficiency. */
export function AddSkillForm({ onSaved }: { onSaved: () => void }) {
  const [name, setName] = useState('');
  const [proficiency, setProficiency] = useState<TProficiency>('intermediate');
  const [localError, setLocalError] = useState<string>();
  const [submitted, setSubmitted] = useState('');
  const add = useMutation({
    mutationFn: addMySkill,
    onSuccess: () => {
      setName('');
      onSaved();
    },
  });

  const problem = add.isError ? nameProblem(add.error, submitted) : undefined;
  const failure =
    add.isError && !problem
      ? formFailure(add.error, { proficiency: 'proficiency' }).message
      : undefined;
  const nameError = localError ?? problem?.message;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setLocalError('Enter a skill, such as JavaScript or teamwork.');
      return;
    }
    setLocalError(undefined);
    setSubmitted(name);
    add.mutate({ name: name.trim(), proficiency });
  };

  const nameHint = 'Type a name or an abbreviation; “JS” finds JavaScript.';
  // The level comes first and the button sits beside the skill field, on phones too: the
  // suggestions open below the field and would otherwise cover the button.
  return (
    <form onSubmit={submit} noValidate className="grid gap-4">
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr] sm:items-start">
        <Field id="skill-proficiency" label="Proficiency">
          <NativeSelect
            id="skill-proficiency"
            value={proficiency}
            onChange={(event) => setProficiency(event.target.value as TProficiency)}
          >
            {proficiencies.map((level) => (
              <option key={level} value={level}>
                {proficiencyLabels[level]}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <div className="grid gap-3">
          <Field id="skill-name" label="Skill" hint={nameHint} error={nameError}>
            <div className="grid grid-cols-[1fr_auto] items-start gap-2">
              <SkillCombobox
                id="skill-name"
                value={name}
                onChange={(text) => {
                  setName(text);
                  setLocalError(undefined);
                }}
                maxLength={userSkillLimits.name}
                invalid={nameError !== undefined}
                describedBy={
                  controlProps('skill-name', { hint: nameHint, error: nameError })[
                    'aria-describedby'
                  ]
                }
              />
              <Button type="submit" disabled={add.isPending}>
                <Plus aria-hidden="true" />
                {add.isPending ? 'Adding…' : 'Add skill'}
              </Button>
            </div>
          </Field>
          {problem && problem.suggestions.length > 0 ? (
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <span className="text-muted-foreground">Did you mean</span>
              {problem.suggestions.map((suggestion) => (
                <Button
                  key={suggestion}
                  type="button"
                  variant="outline"
                  size="sm"
                  onClick={() => {
                    setName(suggestion);
                    add.reset();
                  }}
                >
                  {suggestion}
                </Button>
              ))}
            </div>
          ) : null}
        </div>
      </div>
      <FormMessage error={failure} success={add.isSuccess ? savedMessage(add.data) : undefined} />
    </form>
  );
}
