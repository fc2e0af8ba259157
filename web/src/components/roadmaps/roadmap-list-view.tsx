import {
  BookOpen,
  Check,
  ChevronRight,
  Hammer,
  ListChecks,
  PlayCircle,
  RotateCcw,
  Wrench,
} from 'lucide-react';
import type { ReactNode } from 'react';
import type { TRoadmapGraph, TRoadmapResource } from '../../../../contracts/roadmaps';
import { formatDate, nodeKindLabels } from '../../lib/roadmaps';
import { cn } from '../../lib/utils';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { Card, CardContent, CardHeader } from '../ui/card';

export interface MilestoneView {
  id: string;
  position: number;
  title: string;
  description: string;
  hours: number;
  dueDate: string;
  nodeIds: string[];
  completed: boolean;
}

const resourceIcons: Record<TRoadmapResource['kind'], ReactNode> = {
  reading: <BookOpen aria-hidden="true" />,
  video: <PlayCircle aria-hidden="true" />,
  practice: <Hammer aria-hidden="true" />,
  task: <ListChecks aria-hidden="true" />,
  technology: <Wrench aria-hidden="true" />,
};

/** Milestones in order with their nodes and resources; Complete / Reopen when `onToggle`. */
export function RoadmapListView({
  graph,
  milestones,
  onToggle,
  pendingId,
}: {
  graph: TRoadmapGraph;
  milestones: readonly MilestoneView[];
  onToggle?: (milestone: MilestoneView) => void;
  pendingId?: string;
}) {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  return (
    <ol className="space-y-4" aria-label="Milestones">
      {milestones.map((m) => (
        <li key={m.id} data-testid="milestone">
          <Card className={cn(m.completed && 'border-success/40')}>
            <CardHeader className="gap-3 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0 space-y-1">
                <p className="text-xs font-medium text-muted-foreground">
                  Milestone {m.position} · {m.hours} h · due {formatDate(m.dueDate)}
                </p>
                <h3 className="font-semibold break-words">{m.title}</h3>
                {m.completed ? (
                  <Badge variant="success">
                    <Check aria-hidden="true" />
                    Completed
                  </Badge>
                ) : null}
              </div>
              {onToggle ? (
                <Button
                  variant={m.completed ? 'outline' : 'default'}
                  size="sm"
                  disabled={pendingId === m.id}
                  onClick={() => onToggle(m)}
                  aria-label={`${m.completed ? 'Reopen' : 'Complete'} milestone ${m.position}: ${m.title}`}
                >
                  {m.completed ? <RotateCcw aria-hidden="true" /> : <Check aria-hidden="true" />}
                  {m.completed ? 'Reopen' : 'Complete'}
                </Button>
              ) : null}
            </CardHeader>
            <CardContent>
              <ul className="divide-y">
                {m.nodeIds.map((id) => {
                  const node = nodes.get(id);
                  if (!node) return null;
                  return (
                    <li key={id} className="py-3 first:pt-0 last:pb-0">
                      <details className="group">
                        <summary className="flex cursor-pointer list-none items-start gap-2 [&::-webkit-details-marker]:hidden">
                          <ChevronRight
                            className="mt-1 size-4 shrink-0 text-muted-foreground transition-transform group-open:rotate-90"
                            aria-hidden="true"
                          />
                          <Badge variant="outline" className="mt-0.5">
                            {nodeKindLabels[node.kind]}
                          </Badge>
                          <span className="min-w-0 flex-1 text-sm font-medium break-words">
                            {node.label}
                          </span>
                          <span className="shrink-0 text-xs text-muted-foreground tabular-nums">
                            {node.hours} h
                          </span>
                        </summary>
                        <div className="mt-2 space-y-2 pl-1 text-sm">
                          {node.why ? <p className="text-muted-foreground">{node.why}</p> : null}
                          {node.resources.length > 0 ? (
                            <ul className="space-y-1" aria-label="Resources">
                              {node.resources.map((r) => (
                                <li
                                  key={`${r.kind}:${r.title}`}
                                  className="flex gap-2 [&_svg]:mt-0.5 [&_svg]:size-4 [&_svg]:shrink-0 [&_svg]:text-primary"
                                >
                                  {resourceIcons[r.kind]}
                                  <span className="break-words">{r.title}</span>
                                </li>
                              ))}
                            </ul>
                          ) : null}
                        </div>
                      </details>
                    </li>
                  );
                })}
              </ul>
            </CardContent>
          </Card>
        </li>
      ))}
    </ol>
  );
}
