import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CircleAlert, Route } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { TRoadmapQuestion, TRoadmapQuestionsResponse } from '../../../contracts/roadmaps';
import { controlProps, Field, fieldIds } from '../components/form-field';
import { FormMessage } from '../components/form-message';
import { PageContainer, PageHeader } from '../components/page';
import { EmptyState, ErrorState } from '../components/states';
import { Button } from '../components/ui/button';
import { Card, CardContent } from '../components/ui/card';
import { Input } from '../components/ui/input';
import { NativeSelect } from '../components/ui/native-select';
import { Skeleton } from '../components/ui/skeleton';
import { isApiError } from '../lib/api';
import { useAuth } from '../lib/auth-context';
import { describeError } from '../lib/errors';
import { createRoadmap, roadmapQuestionsQuery, roadmapsKey } from '../lib/roadmaps';
import { useDocumentTitle } from '../lib/use-document-title';
import { cn } from '../lib/utils';

/** Radio buttons read better than a menu for a few options. */
const MAX_RADIO_OPTIONS = 4;

export function RoadmapNewPage() {
  const [params] = useSearchParams();
  const code = params.get('occupation') ?? '';
  const { user } = useAuth();
  const query = useQuery({
    ...roadmapQuestionsQuery(user?.id ?? '', code),
    enabled: !!user && !!code,
  });
  useDocumentTitle('New roadmap');

  return (
    <PageContainer className="max-w-2xl">
      {!code ? (
        <EmptyState
          icon={<Route aria-hidden="true" />}
          title="Choose an occupation first"
          headingLevel={1}
        >
          A roadmap is built towards an occupation. Open an occupation’s skill gaps and choose
          “Build a roadmap”.
        </EmptyState>
      ) : query.data ? (
        <RoadmapForm questions={query.data} />
      ) : query.isError ? (
        <ErrorState
          error={query.error}
          title={
            isApiError(query.error) && query.error.code === 'NOT_FOUND'
              ? 'Occupation not found'
              : 'Couldn’t load the questions'
          }
          headingLevel={1}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        <div className="space-y-4" aria-busy="true">
          <Skeleton className="h-10 w-2/3" />
          <Skeleton className="h-72 w-full" />
        </div>
      )}
    </PageContainer>
  );
}

type Values = Record<string, string>;

function initialValues(questions: readonly TRoadmapQuestion[]): Values {
  return Object.fromEntries(
    questions.map((q) => [q.id, q.kind === 'number' ? String(q.default) : '']),
  );
}

function RoadmapForm({ questions }: { questions: TRoadmapQuestionsResponse }) {
  const { user } = useAuth();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(() => initialValues(questions.questions));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();

  const mutation = useMutation({
    mutationFn: () =>
      createRoadmap({
        occupation: questions.occupation.code,
        answers: Object.fromEntries(
          questions.questions
            .filter((q) => values[q.id] !== '')
            .map((q) => [q.id, q.kind === 'number' ? Number(values[q.id]) : (values[q.id] ?? '')]),
        ),
      }),
    onSuccess: async (roadmap) => {
      if (user) await queryClient.invalidateQueries({ queryKey: roadmapsKey(user.id) });
      void navigate(`/roadmaps/${roadmap.id}`);
    },
    onError: (error) => {
      const fields: Record<string, string> = {};
      const rest: string[] = [];
      if (isApiError(error)) {
        for (const detail of error.details) {
          const id = detail.path.replace(/^body\.answers\./, '');
          if (id !== detail.path && questions.questions.some((q) => q.id === id)) {
            fields[id] = sentence(detail.message);
          } else {
            rest.push(sentence(detail.message));
          }
        }
      }
      setErrors(fields);
      setFormError(
        Object.keys(fields).length > 0
          ? error instanceof Error && isApiError(error) && error.code === 'UNPROCESSABLE'
            ? 'The work does not fit in this timeline: see the timeline question.'
            : 'Some answers need another look.'
          : (rest[0] ?? describeError(error).hint),
      );
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    for (const q of questions.questions) {
      if (values[q.id] === '') missing[q.id] = 'Choose an answer.';
    }
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      setFormError('Some answers need another look.');
      return;
    }
    setFormError(undefined);
    mutation.mutate();
  };

  return (
    <>
      <PageHeader
        title="Build your roadmap"
        description={
          <>
            Towards <strong>{questions.occupation.title}</strong>. A few questions decide the pace,
            the order and the kind of resources it suggests.
          </>
        }
      />
      <Card>
        <CardContent className="pt-6">
          <form onSubmit={submit} noValidate className="space-y-6" aria-label="Roadmap questions">
            {questions.questions.map((q) => (
              <Question
                key={q.id}
                question={q}
                value={values[q.id] ?? ''}
                error={errors[q.id]}
                onChange={(value) => setValues((v) => ({ ...v, [q.id]: value }))}
              />
            ))}
            <FormMessage error={formError} />
            <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
              <Button asChild variant="outline">
                <Link to={`/careers/${encodeURIComponent(questions.occupation.code)}/gaps`}>
                  Back to the gaps
                </Link>
              </Button>
              <Button type="submit" disabled={mutation.isPending}>
                {mutation.isPending ? 'Building…' : 'Generate roadmap'}
              </Button>
            </div>
          </form>
        </CardContent>
      </Card>
    </>
  );
}

function sentence(message: string): string {
  const text = message.trim().replace(/\.$/, '');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function Question({
  question,
  value,
  error,
  onChange,
}: {
  question: TRoadmapQuestion;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const id = `q-${question.id}`;
  const hint = question.help ?? undefined;
  if (question.kind === 'number') {
    const range = `${question.min}–${question.max} ${question.unit}`;
    return (
      <Field id={id} label={question.label} error={error} hint={hint ?? range}>
        <Input
          {...controlProps(id, { hint: hint ?? range, error })}
          name={question.id}
          type="number"
          inputMode="numeric"
          min={question.min}
          max={question.max}
          step={1}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className="max-w-40"
        />
      </Field>
    );
  }
  if (question.options.length > MAX_RADIO_OPTIONS) {
    return (
      <Field id={id} label={question.label} error={error} hint={hint}>
        <NativeSelect
          {...controlProps(id, { hint, error })}
          name={question.id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        >
          <option value="">Choose…</option>
          {question.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </NativeSelect>
      </Field>
    );
  }
  const ids = fieldIds(id);
  return (
    <fieldset
      className="grid gap-2"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? ids.error : undefined}
    >
      <legend className="mb-2 text-sm font-medium">{question.label}</legend>
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        {question.options.map((o) => (
          <label
            key={o.value}
            className={cn(
              'flex cursor-pointer items-center gap-3 rounded-md border px-3 py-2.5 text-sm transition-colors hover:bg-accent/60',
              value === o.value && 'border-primary bg-accent/60',
            )}
          >
            <input
              type="radio"
              name={question.id}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              className="accent-[var(--color-primary)]"
            />
            {o.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={ids.error} className="flex gap-1.5 text-sm text-destructive">
          <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
          <span>{error}</span>
        </p>
      ) : null}
      {hint ? <p className="text-xs text-muted-foreground">{hint}</p> : null}
    </fieldset>
  );
}
