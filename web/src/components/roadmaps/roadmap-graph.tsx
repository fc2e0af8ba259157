import {
  Background,
  Controls,
  Handle,
  MarkerType,
  Position,
  ReactFlow,
  type Edge,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Check, Flag } from 'lucide-react';
import { useMemo } from 'react';
import type { TRoadmapGraph, TRoadmapNode } from '../../../../contracts/roadmaps';
import { nodeKindLabels } from '../../lib/roadmaps';
import { cn } from '../../lib/utils';

type RoadmapFlowNode = Node<{ node: TRoadmapNode; completed: boolean }, 'roadmap'>;

const kindStyles: Record<TRoadmapNode['kind'], string> = {
  skill: 'border-sky-500/70 bg-sky-50 dark:bg-sky-950/60',
  topic: 'border-violet-500/70 bg-violet-50 dark:bg-violet-950/60',
  project: 'border-amber-500/70 bg-amber-50 dark:bg-amber-950/60',
  milestone: 'border-primary bg-primary text-primary-foreground',
};

function RoadmapNodeView({ data }: NodeProps<RoadmapFlowNode>) {
  const { node, completed } = data;
  const milestone = node.kind === 'milestone';
  return (
    <div
      className={cn(
        'w-[200px] rounded-lg border-2 px-3 py-2 text-left shadow-sm',
        kindStyles[node.kind],
        milestone && 'rounded-full text-center',
        completed && !milestone && 'opacity-60',
        completed && milestone && 'border-success bg-success',
      )}
      data-kind={node.kind}
    >
      <Handle
        type="target"
        position={Position.Top}
        className="!size-1.5 !min-h-0 !min-w-0 !border-0 !bg-muted-foreground"
      />
      <div
        className={cn(
          'flex items-center gap-1 text-[10px] font-semibold tracking-wide uppercase',
          milestone ? 'justify-center opacity-90' : 'text-muted-foreground',
        )}
      >
        {milestone ? (
          completed ? (
            <Check className="size-3" aria-hidden="true" />
          ) : (
            <Flag className="size-3" aria-hidden="true" />
          )
        ) : completed ? (
          <Check className="size-3 text-success" aria-hidden="true" />
        ) : null}
        {milestone ? `Milestone ${node.milestone}` : nodeKindLabels[node.kind]}
        {node.hours > 0 ? (
          <span className="ml-auto font-normal normal-case">{node.hours} h</span>
        ) : null}
      </div>
      <div className="line-clamp-2 text-xs leading-snug font-medium">{node.label}</div>
      <Handle
        type="source"
        position={Position.Bottom}
        className="!size-1.5 !min-h-0 !min-w-0 !border-0 !bg-muted-foreground"
      />
    </div>
  );
}

const nodeTypes = { roadmap: RoadmapNodeView };

/** The roadmap as a graph: the server's layout, drawn with pan, zoom and fit-to-view. */
export default function RoadmapGraph({
  graph,
  completedMilestones,
}: {
  graph: TRoadmapGraph;
  /** Positions (1-based) of the completed milestones. */
  completedMilestones: ReadonlySet<number>;
}) {
  const nodes = useMemo<RoadmapFlowNode[]>(
    () =>
      graph.nodes.map((node) => ({
        id: node.id,
        type: 'roadmap',
        position: node.position,
        data: { node, completed: completedMilestones.has(node.milestone) },
        draggable: false,
        connectable: false,
      })),
    [graph, completedMilestones],
  );
  const edges = useMemo<Edge[]>(
    () =>
      graph.edges.map((edge) => ({
        id: edge.id,
        source: edge.source,
        target: edge.target,
        markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14 },
        style:
          edge.kind === 'prerequisite'
            ? { strokeDasharray: '5 4', stroke: 'var(--color-primary)' }
            : { stroke: 'var(--color-muted-foreground)', opacity: 0.5 },
      })),
    [graph],
  );
  // A long roadmap fitted whole is too small to read: start on the next open milestone and
  // the one after; the fit-view control shows everything.
  const focus = useMemo(() => {
    const milestones = graph.nodes.filter((n) => n.kind === 'milestone').map((n) => n.milestone);
    const next = milestones.find((m) => !completedMilestones.has(m)) ?? 1;
    return graph.nodes
      .filter((n) => n.milestone === next || n.milestone === next + 1)
      .map((n) => ({ id: n.id }));
    // Only on first render: completing a milestone should not move the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph]);
  return (
    <div
      className="h-[70vh] min-h-[420px] w-full overflow-hidden rounded-xl border bg-card"
      data-testid="roadmap-graph"
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        fitView
        fitViewOptions={{ padding: 0.1, maxZoom: 1, nodes: focus }}
        minZoom={0.2}
        maxZoom={2}
        nodesDraggable={false}
        nodesConnectable={false}
        proOptions={{ hideAttribution: false }}
      >
        <Background gap={24} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
