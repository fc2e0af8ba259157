import type { ReactNode } from 'react';
import type { TProfileVisibility } from '../../../../contracts/profiles';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../ui/card';
import { VisibilitySelect } from './visibility-select';

/** One section of the profile form, with its own "who can see this" setting. */
export function SectionCard({
  id,
  title,
  description,
  visibility,
  onVisibilityChange,
  children,
}: {
  id: string;
  title: string;
  description: string;
  visibility: TProfileVisibility;
  onVisibilityChange: (value: TProfileVisibility) => void;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`}>
      <Card>
        <CardHeader className="gap-4 sm:flex-row sm:items-start sm:justify-between">
          <div className="space-y-1.5">
            <CardTitle id={`${id}-title`}>{title}</CardTitle>
            <CardDescription>{description}</CardDescription>
          </div>
          <VisibilitySelect
            id={`${id}-visibility`}
            sectionName={title}
            value={visibility}
            onChange={onVisibilityChange}
            className="shrink-0"
          />
        </CardHeader>
        <CardContent className="grid gap-5">{children}</CardContent>
      </Card>
    </section>
  );
}
