import { Globe, Lock, Users, type LucideIcon } from 'lucide-react';
import { profileVisibilities, type TProfileVisibility } from '../../../../contracts/profiles';
import { visibilityLabels } from '../../lib/profiles';
import { cn } from '../../lib/utils';
import { Badge } from '../ui/badge';
import { Label } from '../ui/label';
import { NativeSelect } from '../ui/native-select';

export const visibilityIcons: Record<TProfileVisibility, LucideIcon> = {
  public: Globe,
  signed_in: Users,
  only_me: Lock,
};

/** "Who can see this" for one profile section. */
export function VisibilitySelect({
  id,
  sectionName,
  value,
  onChange,
  className,
}: {
  id: string;
  /** Names the section for screen readers, e.g. "About". */
  sectionName: string;
  value: TProfileVisibility;
  onChange: (value: TProfileVisibility) => void;
  className?: string;
}) {
  const Icon = visibilityIcons[value];
  return (
    <div className={cn('grid gap-1.5 sm:w-48', className)}>
      <Label htmlFor={id} className="flex items-center gap-1.5 text-xs text-muted-foreground">
        <Icon className="size-3.5" aria-hidden="true" />
        Who can see this<span className="sr-only"> ({sectionName})</span>
      </Label>
      <NativeSelect
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value as TProfileVisibility)}
      >
        {profileVisibilities.map((visibility) => (
          <option key={visibility} value={visibility}>
            {visibilityLabels[visibility]}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}

/** Tells the owner who sees a section of their profile. */
export function VisibilityBadge({ value }: { value: TProfileVisibility }) {
  const Icon = visibilityIcons[value];
  return (
    <Badge variant="outline" className="font-normal text-muted-foreground">
      <Icon aria-hidden="true" />
      <span className="sr-only">Visible to: </span>
      {visibilityLabels[value]}
    </Badge>
  );
}
