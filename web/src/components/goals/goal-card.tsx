import { useQueryClient } from '@tanstack/react-query';
import { Briefcase, CalendarDays, CircleCheck, Pencil } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { TGoal } from '../../../../contracts/goals';
import { describeError } from '../../lib/errors';
import {
  formatDay,
  goalCategoryLabels,
  goalStatusLabels,
  refreshGoals,
  updateGoal,
} from '../../lib/goals';
import { FormMessage } from '../form-message';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '../ui/card';
import { DeleteGoalDialog } from './delete-goal-dialog';
import { GoalFormDialog } from './goal-form-dialog';
import { GoalProgress } from './goal-progress';
import { MilestoneList } from './milestone-list';

const statusVariant = {
  active: 'accent',
  completed: 'success',
  paused: 'secondary',
  abandoned: 'outline',
} as const;

export function GoalCard({ goal }: { goal: TGoal }) {
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string>();
  const complete = async () => {
    try {
      await updateGoal(goal.id, { status: 'completed' });
      await refreshGoals(queryClient);
    } catch (error) {
      const described = describeError(error);
      setMessage(`${described.title}. ${described.hint}`);
    }
  };

  return (
    <Card data-testid="goal-card" aria-labelledby={`goal-${goal.id}-title`} role="article">
      <CardHeader className="gap-3">
        <div className="flex flex-wrap items-center gap-2">
          <Badge variant={statusVariant[goal.status]}>{goalStatusLabels[goal.status]}</Badge>
          <Badge variant="outline">{goalCategoryLabels[goal.category]}</Badge>
        </div>
        <CardTitle id={`goal-${goal.id}-title`} className="text-lg break-words">
          {goal.title}
        </CardTitle>
        {goal.description ? (
          <p className="text-sm break-words text-muted-foreground">{goal.description}</p>
        ) : null}
        <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted-foreground">
          {goal.targetOccupation ? (
            <span className="flex items-center gap-1.5">
              <Briefcase className="size-4" aria-hidden="true" />
              <Link
                className="underline-offset-4 hover:underline"
                to={`/plan?occupation=${goal.targetOccupation.code}`}
              >
                {goal.targetOccupation.title}
              </Link>
            </span>
          ) : null}
          {goal.targetDate ? (
            <span className="flex items-center gap-1.5">
              <CalendarDays className="size-4" aria-hidden="true" />
              By {formatDay(goal.targetDate)}
            </span>
          ) : null}
        </div>
        <GoalProgress value={goal.progress} label={`Progress of ${goal.title}`} />
      </CardHeader>
      <CardContent className="grid gap-4">
        <MilestoneList goal={goal} />
        {goal.allMilestonesDone && goal.status === 'active' ? (
          <div className="flex flex-col gap-2 rounded-lg bg-success/10 p-3 text-sm sm:flex-row sm:items-center sm:justify-between">
            <p>Every milestone is done. Is the goal reached?</p>
            <Button size="sm" onClick={() => void complete()}>
              <CircleCheck aria-hidden="true" />
              Mark goal completed
            </Button>
          </div>
        ) : null}
        <FormMessage error={message} />
        <div className="flex flex-wrap justify-end gap-2 border-t pt-3">
          <GoalFormDialog
            goal={goal}
            trigger={
              <Button variant="ghost" size="sm">
                <Pencil aria-hidden="true" />
                Edit
              </Button>
            }
          />
          <DeleteGoalDialog goal={goal} />
        </div>
      </CardContent>
    </Card>
  );
}
