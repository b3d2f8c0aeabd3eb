import { describe, expect, it } from 'vitest'
import {
  CircularDependencyError,
  type MigrationKey,
  NodeNotFoundError,
} from '../../../src/engine/migrations/exceptions'
import { MigrationGraph } from '../../../src/engine/migrations/graph'

const k = (app: string, name: string): MigrationKey => [app, name]

function graphOf(nodes: MigrationKey[], edges: [MigrationKey, MigrationKey][]): MigrationGraph<null> {
  const graph = new MigrationGraph<null>()
  for (const node of nodes) graph.addNode(node, null)
  for (const [child, parent] of edges) graph.addDependency(`${child[0]}.${child[1]}`, child, parent)
  return graph
}

// Expected plans recorded from Django 5.2's MigrationGraph on the same graphs.
describe('MigrationGraph', () => {
  const three = (): MigrationGraph<null> =>
    graphOf(
      [
        k('app_a', '0001'),
        k('app_a', '0002'),
        k('app_a', '0003'),
        k('app_a', '0004'),
        k('app_b', '0001'),
        k('app_b', '0002'),
        k('app_c', '0001'),
      ],
      [
        [k('app_a', '0004'), k('app_a', '0003')],
        [k('app_a', '0003'), k('app_a', '0002')],
        [k('app_a', '0002'), k('app_a', '0001')],
        [k('app_a', '0003'), k('app_b', '0002')],
        [k('app_b', '0002'), k('app_b', '0001')],
        [k('app_b', '0002'), k('app_c', '0001')],
        [k('app_a', '0003'), k('app_c', '0001')],
      ],
    )

  it('plans forwards visiting the last sorted parent first, dependencies before dependents', () => {
    expect(three().forwardsPlan(k('app_a', '0004'))).toEqual([
      k('app_c', '0001'),
      k('app_b', '0001'),
      k('app_b', '0002'),
      k('app_a', '0001'),
      k('app_a', '0002'),
      k('app_a', '0003'),
      k('app_a', '0004'),
    ])
  })

  it('plans backwards through every dependent, ending with the target', () => {
    const graph = three()
    expect(graph.backwardsPlan(k('app_c', '0001'))).toEqual([
      k('app_a', '0004'),
      k('app_a', '0003'),
      k('app_b', '0002'),
      k('app_c', '0001'),
    ])
    expect(graph.backwardsPlan(k('app_a', '0001'))).toEqual([
      k('app_a', '0004'),
      k('app_a', '0003'),
      k('app_a', '0002'),
      k('app_a', '0001'),
    ])
  })

  it('finds root and leaf nodes per app, sorted, and describes itself', () => {
    const graph = three()
    expect(graph.rootNodes()).toEqual([k('app_a', '0001'), k('app_b', '0001'), k('app_c', '0001')])
    expect(graph.leafNodes()).toEqual([k('app_a', '0004'), k('app_b', '0002'), k('app_c', '0001')])
    expect(graph.leafNodes('app_b')).toEqual([k('app_b', '0002')])
    expect(String(graph)).toBe('Graph: 7 nodes, 7 edges')
  })

  it('reports a dependency on a missing node with Django’s message', () => {
    const graph = three()
    expect(() => graph.addDependency('app_a.0001', k('app_a', '0001'), k('app_x', '0099'))).toThrow(
      NodeNotFoundError,
    )
    expect(() => graph.validateConsistency()).toThrow(
      "Migration app_a.0001 dependencies reference nonexistent parent node ('app_x', '0099')",
    )
  })

  it('refuses to plan for a node it does not hold', () => {
    expect(() => three().forwardsPlan(k('app_a', '9'))).toThrow("Node ('app_a', '9') not a valid node")
  })

  it('names the nodes of a cycle in dependency order', () => {
    const graph = new MigrationGraph<null>()
    for (const n of ['1', '2', '3']) graph.addNode(k('a', n), null)
    graph.addDependency('a.2', k('a', '2'), k('a', '1'), true)
    graph.addDependency('a.3', k('a', '3'), k('a', '2'), true)
    graph.addDependency('a.1', k('a', '1'), k('a', '3'), true)
    let error: unknown
    try {
      graph.ensureNotCyclic()
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(CircularDependencyError)
    // Django starts the cycle at a set-order-dependent node; the rotation is what matters.
    expect(['a.1, a.2, a.3', 'a.2, a.3, a.1', 'a.3, a.1, a.2']).toContain((error as Error).message)
  })

  it('rewires a squash in place of the migrations it replaces', () => {
    const graph = graphOf(
      [k('a', '1'), k('a', '2'), k('a', '3'), k('a', '1_squashed_2'), k('b', '1')],
      [
        [k('a', '2'), k('a', '1')],
        [k('a', '3'), k('a', '2')],
        [k('b', '1'), k('a', '2')],
      ],
    )
    graph.removeReplacedNodes(k('a', '1_squashed_2'), [k('a', '1'), k('a', '2')])
    expect(graph.forwardsPlan(k('b', '1'))).toEqual([k('a', '1_squashed_2'), k('b', '1')])
    expect(graph.forwardsPlan(k('a', '3'))).toEqual([k('a', '1_squashed_2'), k('a', '3')])
    expect(graph.leafNodes()).toEqual([k('a', '3'), k('b', '1')])
  })

  it('drops an unusable squash and points its dependents at the last replaced migration', () => {
    const graph = graphOf(
      [k('a', '1'), k('a', '2'), k('a', '3'), k('a', '1_squashed_2'), k('b', '1')],
      [
        [k('a', '2'), k('a', '1')],
        [k('a', '3'), k('a', '1_squashed_2')],
        [k('b', '1'), k('a', '1_squashed_2')],
      ],
    )
    graph.removeReplacementNode(k('a', '1_squashed_2'), [k('a', '1'), k('a', '2')])
    expect(graph.forwardsPlan(k('b', '1'))).toEqual([k('a', '1'), k('a', '2'), k('b', '1')])
    expect(graph.forwardsPlan(k('a', '3'))).toEqual([k('a', '1'), k('a', '2'), k('a', '3')])
    expect(graph.leafNodes()).toEqual([k('a', '3'), k('b', '1')])
  })
})
