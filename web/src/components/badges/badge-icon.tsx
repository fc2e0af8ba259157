import {
  Award,
  BadgeCheck,
  Briefcase,
  Flag,
  Flame,
  GraduationCap,
  Layers,
  Map,
  Medal,
  ScrollText,
  ShieldCheck,
  Sparkles,
  Trophy,
  type LucideIcon,
} from 'lucide-react';

// The icons badges name, imported one by one so the bundle carries only these.
const icons: Readonly<Record<string, LucideIcon>> = {
  Award,
  BadgeCheck,
  Briefcase,
  Flag,
  Flame,
  GraduationCap,
  Layers,
  Map,
  Medal,
  ScrollText,
  ShieldCheck,
  Sparkles,
  Trophy,
};

/** A badge's icon by its lucide name; an award for a name this version does not know. */
export function BadgeIcon({ name, className }: { name: string; className?: string }) {
  const Icon = icons[name] ?? Award;
  return <Icon className={className} aria-hidden="true" />;
}
