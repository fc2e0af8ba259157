import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { CircleCheck, SearchX } from 'lucide-react';
import { useCallback, useState } from 'react';
import { ZUserStatus, type TAdminUser } from '../../../../contracts/admin';
import { roles, ZRole, type TAuthUser } from '../../../../contracts/auth';
import { AccountStatusDialog } from '../../components/admin/account-status-dialog';
import { AdminTabs } from '../../components/admin/admin-tabs';
import { NotAllowed } from '../../components/admin/not-allowed';
import { Pagination, parsePage, PastLastPage } from '../../components/pagination';
import { RoleEditorDialog } from '../../components/admin/role-editor-dialog';
import { SearchField } from '../../components/search-field';
import { NativeSelect } from '../../components/ui/native-select';
import { useFilterParams } from '../../components/admin/use-filter-params';
import { UserList, type UserActions } from '../../components/admin/user-list';
import { PageContainer, PageHeader } from '../../components/page';
import { EmptyState, ErrorState } from '../../components/states';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Label } from '../../components/ui/label';
import { Skeleton } from '../../components/ui/skeleton';
import { meQuery } from '../../lib/account';
import {
  ADMIN_PAGE_SIZE,
  adminQueryKey,
  adminUsersQuery,
  can,
  roleLabels,
  type UserListParams,
} from '../../lib/admin';
import { isApiError } from '../../lib/api';
import { updateUser } from '../../lib/auth';
import { useAuth } from '../../lib/auth-context';
import { useDocumentTitle } from '../../lib/use-document-title';

const MAX_QUERY_LENGTH = 100;

/** Only rendered inside <RequireAuth> and <RequirePermission permission="users:list">. */
export function AdminUsersPage() {
  useDocumentTitle('Users · Administration');
  const { user } = useAuth();
  if (!user) return null;
  return <UsersContent viewer={user} />;
}

type Pending = { kind: 'roles' | 'status'; user: TAdminUser } | undefined;

function UsersContent({ viewer }: { viewer: TAuthUser }) {
  const queryClient = useQueryClient();
  const [searchParams, updateFilters] = useFilterParams();
  const q = (searchParams.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  const role = ZRole.safeParse(searchParams.get('role')).data;
  const status = ZUserStatus.safeParse(searchParams.get('status')).data;
  const page = parsePage(searchParams.get('page'));
  const params: UserListParams = {
    q: q || undefined,
    role,
    status,
    offset: (page - 1) * ADMIN_PAGE_SIZE,
  };
  const list = useQuery({
    ...adminUsersQuery(viewer.id, params),
    placeholderData: keepPreviousData,
  });
  const [pending, setPending] = useState<Pending>();
  const [notice, setNotice] = useState<string>();

  const setQuery = useCallback(
    (value: string) => updateFilters({ q: value }, { replace: true }),
    [updateFilters],
  );

  const changed = async (message: string, changedUser: TAdminUser) => {
    setPending(undefined);
    setNotice(message);
    await queryClient.invalidateQueries({ queryKey: adminQueryKey(viewer.id) });
    // Your own roles changed: the menus (and this page's access) follow at once.
    if (changedUser.id === viewer.id) updateUser(await queryClient.fetchQuery(meQuery(viewer.id)));
  };

  const actions: UserActions = {
    ...(can(viewer, 'users:manage-roles')
      ? { editRoles: (target) => setPending({ kind: 'roles', user: target }) }
      : {}),
    ...(can(viewer, 'users:suspend')
      ? {
          suspend: (target) => setPending({ kind: 'status', user: target }),
          reactivate: (target) => setPending({ kind: 'status', user: target }),
        }
      : {}),
    ...(can(viewer, 'audit:read')
      ? { auditHref: (target) => `/admin/audit?targetId=${encodeURIComponent(target.id)}` }
      : {}),
  };

  if (isApiError(list.error) && list.error.code === 'FORBIDDEN') {
    return <NotAllowed what="the user list" />;
  }

  const data = list.data;
  const totalPages = data ? Math.max(1, Math.ceil(data.total / ADMIN_PAGE_SIZE)) : 1;
  const filtered = Boolean(q || role || status);

  return (
    <PageContainer>
      <PageHeader
        title="Users"
        description={
          actions.editRoles
            ? 'Find accounts, change their roles, and suspend or reactivate them.'
            : 'Find accounts and see their roles and status.'
        }
      />
      <AdminTabs />

      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_11rem_11rem] sm:items-end">
        <SearchField
          id="user-search"
          label="Search"
          placeholder="Username or email"
          value={q}
          maxLength={MAX_QUERY_LENGTH}
          onSearch={setQuery}
        />
        <div className="grid grid-cols-2 gap-3 sm:contents">
          <div className="grid gap-2">
            <Label htmlFor="user-role">Role</Label>
            <NativeSelect
              id="user-role"
              value={role ?? ''}
              onChange={(event) => updateFilters({ role: event.target.value })}
            >
              <option value="">All roles</option>
              {roles.map((value) => (
                <option key={value} value={value}>
                  {roleLabels[value]}
                </option>
              ))}
            </NativeSelect>
          </div>
          <div className="grid gap-2">
            <Label htmlFor="user-status">Status</Label>
            <NativeSelect
              id="user-status"
              value={status ?? ''}
              onChange={(event) => updateFilters({ status: event.target.value })}
            >
              <option value="">Any status</option>
              <option value="active">Active</option>
              <option value="suspended">Suspended</option>
            </NativeSelect>
          </div>
        </div>
      </div>

      <div className="mt-6 space-y-4">
        <div role="status" className="empty:hidden">
          {notice ? (
            <Alert variant="success">
              <CircleCheck aria-hidden="true" />
              <p>{notice}</p>
            </Alert>
          ) : null}
        </div>
        <p aria-live="polite" className="min-h-5 text-sm text-muted-foreground">
          {data && data.items.length > 0
            ? `Showing ${params.offset + 1}–${params.offset + data.items.length} of ${data.total.toLocaleString()} ${data.total === 1 ? 'user' : 'users'}`
            : null}
        </p>

        {list.isError ? (
          <ErrorState
            error={list.error}
            title="Could not load the users"
            onRetry={() => void list.refetch()}
            retrying={list.isFetching}
          />
        ) : !data ? (
          <UsersSkeleton />
        ) : data.items.length === 0 && data.total > 0 ? (
          <PastLastPage totalPages={totalPages} />
        ) : data.items.length === 0 ? (
          <EmptyState
            icon={<SearchX aria-hidden="true" />}
            title={filtered ? 'No users match these filters' : 'No users yet'}
            action={
              filtered ? (
                <Button
                  variant="outline"
                  onClick={() =>
                    updateFilters({ q: undefined, role: undefined, status: undefined })
                  }
                >
                  Clear filters
                </Button>
              ) : undefined
            }
          />
        ) : (
          <UserList
            users={data.items}
            viewerId={viewer.id}
            actions={actions}
            busy={list.isPlaceholderData}
          />
        )}
        {data && data.items.length > 0 ? <Pagination page={page} totalPages={totalPages} /> : null}
      </div>

      {pending?.kind === 'roles' ? (
        <RoleEditorDialog
          user={pending.user}
          self={pending.user.id === viewer.id}
          onClose={() => setPending(undefined)}
          onSaved={(saved) => void changed(`Saved the roles of ${saved.username}.`, saved)}
        />
      ) : null}
      {pending?.kind === 'status' ? (
        <AccountStatusDialog
          user={pending.user}
          onClose={() => setPending(undefined)}
          onDone={(saved) =>
            void changed(
              saved.status === 'suspended'
                ? `Suspended ${saved.username}. They are signed out everywhere.`
                : `Reactivated ${saved.username}. They can log in again.`,
              saved,
            )
          }
        />
      ) : null}
    </PageContainer>
  );
}

function UsersSkeleton() {
  return (
    <div role="status" aria-label="Loading users" className="divide-y rounded-xl border">
      {Array.from({ length: 5 }, (_, index) => (
        <div key={index} className="flex items-center gap-3 p-4">
          <Skeleton className="size-9 rounded-full" />
          <div className="flex-1 space-y-2">
            <Skeleton className="h-4 w-40" />
            <Skeleton className="h-3.5 w-56 max-w-full" />
          </div>
          <Skeleton className="hidden h-5 w-20 rounded-full sm:block" />
        </div>
      ))}
    </div>
  );
}
