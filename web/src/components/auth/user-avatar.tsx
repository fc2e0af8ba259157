import { cn } from '../../lib/utils';

/** The first letter of the username in a circle. */
export function UserAvatar({ username, className }: { username: string; className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        'inline-flex size-8 shrink-0 items-center justify-center rounded-full bg-primary text-sm font-semibold text-primary-foreground uppercase select-none',
        className,
      )}
    >
      {username.charAt(0)}
    </span>
  );
}
