import { ChevronRight, type LucideIcon } from 'lucide-react';
import { Link } from 'react-router';
import { Card } from '../ui/card';

/** A card that leads to another settings page. */
export function SettingsLinkCard({
  to,
  icon: Icon,
  title,
  description,
}: {
  to: string;
  icon: LucideIcon;
  title: string;
  description: string;
}) {
  return (
    <Card className="transition-colors focus-within:ring-2 focus-within:ring-ring hover:bg-accent/40">
      <Link to={to} className="flex items-center gap-4 p-5 outline-none sm:p-6">
        <span className="flex size-10 shrink-0 items-center justify-center rounded-lg bg-muted text-muted-foreground">
          <Icon className="size-5" aria-hidden="true" />
        </span>
        <span className="min-w-0 flex-1 space-y-1">
          <span className="block font-semibold">{title}</span>
          <span className="block text-sm text-muted-foreground">{description}</span>
        </span>
        <ChevronRight className="size-5 shrink-0 text-muted-foreground" aria-hidden="true" />
      </Link>
    </Card>
  );
}
