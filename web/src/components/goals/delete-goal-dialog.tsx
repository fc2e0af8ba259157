import { useQueryClient } from '@tanstack/react-query';
import type { TGoal } from '../../../../contracts/goals';
import { deleteGoal, refreshGoals } from '../../lib/goals';
import { ConfirmDeleteDialog } from '../confirm-delete-dialog';

export function DeleteGoalDialog({ goal }: { goal: TGoal }) {
  const queryClient = useQueryClient();
  const milestones = goal.milestones.length;
  return (
    <ConfirmDeleteDialog
      title="Delete this goal?"
      description={
        <>
          “{goal.title}” and its {milestones} {milestones === 1 ? 'milestone' : 'milestones'} will
          be gone for good. To keep it without working on it, pause or abandon it instead.
        </>
      }
      confirmLabel="Delete goal"
      onConfirm={async () => {
        await deleteGoal(goal.id);
        await refreshGoals(queryClient);
      }}
    />
  );
}
