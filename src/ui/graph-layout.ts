import { Graph, type GraphLabel, layout, type NodeLabel } from '@dagrejs/dagre'
import type { GraphNode } from '../worker/migration-graph'

/** A node placed for drawing: its centre, size, and the migration it stands for. */
export interface PlacedNode {
  readonly node: GraphNode
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** A placed edge: the points of its polyline, and whether it shows "replaces" rather than a dependency. */
export interface PlacedEdge {
  readonly id: string
  readonly points: readonly { x: number; y: number }[]
  readonly replaces: boolean
}

/** A laid-out graph with its overall size. */
export interface GraphLayout {
  readonly nodes: readonly PlacedNode[]
  readonly edges: readonly PlacedEdge[]
  readonly width: number
  readonly height: number
}

const NODE_HEIGHT = 30

/** Takes one app's migrations, returns them laid out top to bottom by dagre (dependencies above dependants). */
export function layoutGraph(nodes: readonly GraphNode[]): GraphLayout {
  const graph = new Graph<GraphLabel, NodeLabel & { node: GraphNode }>({ multigraph: true })
  graph.setGraph({ rankdir: 'TB', nodesep: 20, ranksep: 30, marginx: 8, marginy: 8 })
  const ids = new Set(nodes.map((node) => node.id))
  for (const node of nodes) {
    graph.setNode(node.id, {
      width: Math.max(110, (node.name.length + (node.replaces.length > 0 ? 9 : 8)) * 7.5 + 20),
      height: NODE_HEIGHT,
      node,
    })
  }
  for (const node of nodes) {
    for (const parent of node.dependencies) if (ids.has(parent)) graph.setEdge(parent, node.id, {}, 'dep')
    for (const replaced of node.replaces)
      if (ids.has(replaced)) graph.setEdge(replaced, node.id, {}, 'replaces')
  }
  layout(graph)
  const placed = nodes.map((node) => {
    const label = graph.node(node.id)
    return { node, x: label.x ?? 0, y: label.y ?? 0, width: label.width, height: label.height }
  })
  const edges = graph.edges().map((edge) => ({
    id: `${edge.v}->${edge.w}:${edge.name ?? ''}`,
    points: graph.edge(edge).points ?? [],
    replaces: edge.name === 'replaces',
  }))
  const size = graph.graph()
  return { nodes: placed, edges, width: size.width ?? 0, height: size.height ?? 0 }
}
