import type { TAchievement, TAchievementEffects } from '../../../../contracts/achievements';
import { deleteAchievement } from '../../lib/achievements';
import { ConfirmDeleteDialog } from '../confirm-delete-dialog';

export function DeleteAchievementDialog({
  achievement,
  onDeleted,
}: {
  achievement: TAchievement;
  onDeleted: (effects: TAchievementEffects) => Promise<void>;
}) {
  return (
    <ConfirmDeleteDialog
      title="Delete this achievement?"
      description={
        <>
          “{achievement.title}” leaves your timeline and your generated resume. Skills only it added
          to your profile go with it; skills you added yourself or others back stay.
        </>
      }
      confirmLabel="Delete achievement"
      triggerLabel={`Delete ${achievement.title}`}
      onConfirm={async () => onDeleted((await deleteAchievement(achievement.id)).effects)}
    />
  );
}
