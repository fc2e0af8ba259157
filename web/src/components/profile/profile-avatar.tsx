import type { TAvatar } from '../../../../contracts/profiles';
import { cn } from '../../lib/utils';

/** The profile photo, or the first letter of the name in a circle when there is none. */
export function ProfileAvatar({
  avatar,
  name,
  className,
}: {
  avatar: TAvatar | null | undefined;
  name: string;
  className?: string;
}) {
  const classes = cn('size-24 shrink-0 rounded-full', className);
  if (avatar) {
    return (
      <img
        src={avatar.url}
        alt=""
        className={cn(classes, 'bg-muted object-cover')}
        decoding="async"
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      className={cn(
        classes,
        'inline-flex items-center justify-center bg-primary text-3xl font-semibold text-primary-foreground uppercase select-none',
      )}
    >
      {name.trim().charAt(0)}
    </span>
  );
}
