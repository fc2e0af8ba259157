import {
  Award,
  BookOpen,
  Briefcase,
  BriefcaseBusiness,
  FileText,
  FolderGit2,
  GraduationCap,
  HeartHandshake,
  Medal,
  Sparkles,
  Zap,
  type LucideIcon,
} from 'lucide-react';
import type { TAchievementType } from '../../../../contracts/achievements';

const icons: Record<TAchievementType, LucideIcon> = {
  job: Briefcase,
  internship: BriefcaseBusiness,
  project: FolderGit2,
  course: BookOpen,
  certification: Medal,
  education: GraduationCap,
  award: Award,
  publication: FileText,
  volunteering: HeartHandshake,
  hackathon: Zap,
  other: Sparkles,
};

export function AchievementTypeIcon({
  type,
  className,
}: {
  type: TAchievementType;
  className?: string;
}) {
  const Icon = icons[type];
  return <Icon aria-hidden="true" className={className} />;
}
