import type { TAdminUser } from '../../../../contracts/admin';
import { roleLabels } from '../../lib/admin';
import { Badge } from '../ui/badge';

export function RoleBadges({ roles }: { roles: TAdminUser['roles'] }) {
  return (
    <span className="flex flex-wrap gap-1.5">
      {roles.map((role) => (
        <Badge
          key={role}
          variant={role === 'admin' || role === 'moderator' ? 'accent' : 'secondary'}
        >
          {roleLabels[role]}
        </Badge>
      ))}
    </span>
  );
}

export function StatusBadge({ status }: { status: TAdminUser['status'] }) {
  return status === 'active' ? (
    <Badge variant="success">Active</Badge>
  ) : (
    <Badge variant="destructive">Suspended</Badge>
  );
}
