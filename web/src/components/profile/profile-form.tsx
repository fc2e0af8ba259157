import { CircleAlert, CircleCheck, LoaderCircle } from 'lucide-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import {
  careerStatuses,
  ZUpdateProfileRequest,
  type TGetProfileResponse,
  type TProfilePrivacy,
  type TProfileSection,
  type TProfileVisibility,
} from '../../../../contracts/profiles';
import { formFailure, validateFields, type FieldErrors } from '../../lib/form-errors';
import { careerStatusLabels, updateProfile } from '../../lib/profiles';
import { Field, controlProps } from '../form-field';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { Input } from '../ui/input';
import { NativeSelect } from '../ui/native-select';
import { Textarea } from '../ui/textarea';
import {
  formValuesOf,
  maxLengths,
  profileFieldNouns,
  profileFieldOrder,
  requestOf,
  type ProfileField,
} from './profile-form-values';
import { SectionCard } from './section-card';

const controlId = (field: ProfileField) => `profile-${field}`;

/** Every profile field and each section's visibility, saved together. */
export function ProfileForm({
  profile,
  privacy: initialPrivacy,
  onSaved,
}: {
  profile: TGetProfileResponse;
  privacy: TProfilePrivacy;
  onSaved: (profile: TGetProfileResponse) => void;
}) {
  const [values, setValues] = useState(() => formValuesOf(profile));
  const [privacy, setPrivacy] = useState(initialPrivacy);
  const [errors, setErrors] = useState<FieldErrors<ProfileField>>({});
  const [message, setMessage] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);

  const update = (field: ProfileField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setSaved(false);
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  };
  const setVisibility = (section: TProfileSection) => (value: TProfileVisibility) => {
    setPrivacy((current) => ({ ...current, [section]: value }));
    setSaved(false);
  };
  const showErrors = (fields: FieldErrors<ProfileField>) => {
    setErrors(fields);
    const first = profileFieldOrder.find((field) => fields[field]);
    if (first) document.getElementById(controlId(first))?.focus();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const request = requestOf(values, privacy);
    setMessage(undefined);
    setSaved(false);
    const invalid = validateFields(ZUpdateProfileRequest, request, profileFieldNouns);
    if (Object.keys(invalid).length > 0) return showErrors(invalid);
    setErrors({});
    setPending(true);
    try {
      const result = await updateProfile(profile.id, request);
      setValues(formValuesOf(result));
      setSaved(true);
      onSaved(result);
    } catch (error) {
      const failure = formFailure(error, profileFieldNouns);
      setMessage(failure.message);
      showErrors(failure.fields);
    } finally {
      setPending(false);
    }
  };

  const text = (field: ProfileField, label: string, extra: { hint?: ReactNode } = {}) => (
    <Field id={controlId(field)} label={label} hint={extra.hint} error={errors[field]}>
      <Input
        {...controlProps(controlId(field), { error: errors[field], hint: extra.hint })}
        name={field}
        maxLength={maxLengths[field]}
        value={values[field]}
        onChange={(event) => update(field, event.target.value)}
      />
    </Field>
  );
  const address = (field: ProfileField, label: string, placeholder: string) => (
    <Field id={controlId(field)} label={label} error={errors[field]}>
      <Input
        {...controlProps(controlId(field), { error: errors[field] })}
        name={field}
        type="url"
        inputMode="url"
        autoComplete="url"
        autoCapitalize="none"
        spellCheck={false}
        placeholder={placeholder}
        maxLength={maxLengths[field]}
        value={values[field]}
        onChange={(event) => update(field, event.target.value)}
      />
    </Field>
  );
  const coordinate = (field: 'latitude' | 'longitude', label: string, placeholder: string) => (
    <Field id={controlId(field)} label={label} error={errors[field]}>
      <Input
        {...controlProps(controlId(field), { error: errors[field] })}
        name={field}
        inputMode="decimal"
        placeholder={placeholder}
        value={values[field]}
        onChange={(event) => update(field, event.target.value)}
      />
    </Field>
  );

  return (
    <form noValidate onSubmit={onSubmit} aria-label="Profile" className="space-y-6">
      <SectionCard
        id="basics"
        title="Basics"
        description="Your name, a one-line headline and your photo."
        visibility={privacy.basics}
        onVisibilityChange={setVisibility('basics')}
      >
        {text('fullName', 'Full name')}
        {text('headline', 'Headline', {
          hint: 'One line about you, e.g. “Computer science student moving into data engineering”.',
        })}
      </SectionCard>

      <SectionCard
        id="about"
        title="About"
        description="A few words about who you are and what you are after."
        visibility={privacy.about}
        onVisibilityChange={setVisibility('about')}
      >
        <Field
          id={controlId('bio')}
          label="Bio"
          hint={`${values.bio.length} of ${maxLengths.bio} characters`}
          error={errors.bio}
        >
          <Textarea
            {...controlProps(controlId('bio'), { error: errors.bio, hint: true })}
            name="bio"
            rows={5}
            maxLength={maxLengths.bio}
            value={values.bio}
            onChange={(event) => update('bio', event.target.value)}
          />
        </Field>
      </SectionCard>

      <SectionCard
        id="background"
        title="Education and work"
        description="Where you study or work, where you stand and what you are working towards."
        visibility={privacy.background}
        onVisibilityChange={setVisibility('background')}
      >
        {text('institution', 'School, university or employer')}
        <Field id={controlId('currentStatus')} label="Current status" error={errors.currentStatus}>
          <NativeSelect
            {...controlProps(controlId('currentStatus'), { error: errors.currentStatus })}
            name="currentStatus"
            value={values.currentStatus}
            onChange={(event) => update('currentStatus', event.target.value)}
          >
            <option value="">Not set</option>
            {careerStatuses.map((status) => (
              <option key={status} value={status}>
                {careerStatusLabels[status]}
              </option>
            ))}
          </NativeSelect>
        </Field>
        {text('mainFocus', 'Main focus', {
          hint: 'What you are working towards, e.g. “Becoming a UX designer”.',
        })}
      </SectionCard>

      <SectionCard
        id="location"
        title="Location"
        description="Where you are based. Coordinates are optional and place you on a map."
        visibility={privacy.location}
        onVisibilityChange={setVisibility('location')}
      >
        {text('locationName', 'City or region')}
        <div className="grid gap-5 sm:grid-cols-2">
          {coordinate('latitude', 'Latitude', 'e.g. 51.5072')}
          {coordinate('longitude', 'Longitude', 'e.g. -0.1276')}
        </div>
      </SectionCard>

      <SectionCard
        id="links"
        title="Links"
        description="Where people can find more of your work."
        visibility={privacy.links}
        onVisibilityChange={setVisibility('links')}
      >
        {address('linkedinUrl', 'LinkedIn', 'https://www.linkedin.com/in/your-name')}
        {address('githubUrl', 'GitHub', 'https://github.com/your-name')}
        {address('websiteUrl', 'Website', 'https://example.org')}
      </SectionCard>

      <div className="sticky bottom-0 z-10 -mx-4 flex flex-col gap-3 border-t bg-background/95 px-4 py-4 backdrop-blur sm:mx-0 sm:flex-row sm:items-center sm:justify-between sm:rounded-xl sm:border sm:px-5">
        <div role="status" className="min-w-0 empty:hidden">
          {saved ? (
            <p className="flex items-center gap-2 text-sm">
              <CircleCheck className="size-4 shrink-0 text-success" aria-hidden="true" />
              <span>
                Profile saved.{' '}
                <Link
                  to={`/u/${profile.username}`}
                  className="font-medium text-primary underline-offset-4 hover:underline"
                >
                  See how it looks
                </Link>
              </span>
            </p>
          ) : null}
        </div>
        {message ? (
          <Alert variant="destructive" role="alert" className="sm:flex-1">
            <CircleAlert aria-hidden="true" />
            <p>{message}</p>
          </Alert>
        ) : null}
        <Button
          type="submit"
          aria-disabled={pending || undefined}
          className="w-full sm:ml-auto sm:w-auto"
        >
          {pending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
          {pending ? 'Saving…' : 'Save profile'}
        </Button>
      </div>
    </form>
  );
}
