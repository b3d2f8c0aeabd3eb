import { CircularDependencyError, type MigrationKey, NodeNotFoundError, reprKey } from './exceptions'

/** Takes a key, returns the text Django prints for it (`library.0001_initial`). */
export function keyLabel(key: MigrationKey): string {
  return `${key[0]}.${key[1]}`
}

const sep = '\u0000'
const idOf = (key: MigrationKey): string => key[0] + sep + key[1]

/** Orders keys as Python orders `(app, name)` tuples: by app, then by name, by code point. */
export function compareKeys(a: MigrationKey, b: MigrationKey): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1
  return 0
}

interface GraphNode {
  readonly key: MigrationKey
  readonly parents: Map<string, GraphNode>
  readonly children: Map<string, GraphNode>
  /** Set for a placeholder standing in for a missing node: the error raised when it is still there. */
  readonly dummy: NodeNotFoundError | null
}

function sortedNodes(nodes: Map<string, GraphNode>): GraphNode[] {
  return [...nodes.values()].sort((a, b) => compareKeys(a.key, b.key))
}

/**
 * The directed graph of migrations: an edge goes from a dependency (parent) to the migration that
 * needs it (child). Nodes carry their migration value `M`. Missing parents become placeholder nodes
 * until `validateConsistency` reports them, as Django's DummyNode does.
 */
export class MigrationGraph<M> {
  readonly #nodes = new Map<string, GraphNode>()
  readonly #migrations = new Map<string, M>()

  /** Adds a migration node. */
  addNode(key: MigrationKey, migration: M): void {
    const id = idOf(key)
    const existing = this.#nodes.get(id)
    if (existing === undefined || existing.dummy !== null) {
      const node: GraphNode = {
        key: [key[0], key[1]],
        parents: existing?.parents ?? new Map(),
        children: existing?.children ?? new Map(),
        dummy: null,
      }
      this.#nodes.set(id, node)
      for (const parent of node.parents.values()) parent.children.set(id, node)
      for (const child of node.children.values()) child.parents.set(id, node)
    }
    this.#migrations.set(id, migration)
  }

  /** Adds a placeholder for a node that `origin` refers to but nobody defines. */
  addDummyNode(key: MigrationKey, origin: string, message: string): void {
    const id = idOf(key)
    if (this.#nodes.has(id)) return
    this.#nodes.set(id, {
      key: [key[0], key[1]],
      parents: new Map(),
      children: new Map(),
      dummy: new NodeNotFoundError(message, key, origin),
    })
  }

  /**
   * Adds the edge parent → child on behalf of migration `origin` (`app.name`). Missing ends become
   * placeholders; unless `skipValidation`, the graph is validated at once.
   */
  addDependency(origin: string, child: MigrationKey, parent: MigrationKey, skipValidation = false): void {
    if (!this.#nodes.has(idOf(child))) {
      this.addDummyNode(
        child,
        origin,
        `Migration ${origin} dependencies reference nonexistent child node ${reprKey(child)}`,
      )
    }
    if (!this.#nodes.has(idOf(parent))) {
      this.addDummyNode(
        parent,
        origin,
        `Migration ${origin} dependencies reference nonexistent parent node ${reprKey(parent)}`,
      )
    }
    const childNode = this.#nodes.get(idOf(child))!
    const parentNode = this.#nodes.get(idOf(parent))!
    childNode.parents.set(idOf(parent), parentNode)
    parentNode.children.set(idOf(child), childNode)
    if (!skipValidation) this.validateConsistency()
  }

  /**
   * Uses a squashed migration in place of the migrations it replaces: the replaced nodes disappear and
   * their outside parents and children attach to `replacement`.
   */
  removeReplacedNodes(replacement: MigrationKey, replaced: readonly MigrationKey[]): void {
    const target = this.#nodes.get(idOf(replacement))
    if (target === undefined || target.dummy !== null) {
      throw new NodeNotFoundError(
        `Unable to find replacement node ${reprKey(replacement)}. It was either never added to the migration graph, or has been removed.`,
        replacement,
      )
    }
    const replacedIds = new Set(replaced.map(idOf))
    for (const key of replaced) {
      const id = idOf(key)
      const node = this.#nodes.get(id)
      this.#migrations.delete(id)
      if (node === undefined) continue
      this.#nodes.delete(id)
      for (const [childId, child] of node.children) {
        child.parents.delete(id)
        if (!replacedIds.has(childId)) {
          target.children.set(childId, child)
          child.parents.set(idOf(replacement), target)
        }
      }
      for (const [parentId, parent] of node.parents) {
        parent.children.delete(id)
        if (!replacedIds.has(parentId)) {
          target.parents.set(parentId, parent)
          parent.children.set(idOf(replacement), target)
        }
      }
    }
  }

  /**
   * Drops a squashed migration that cannot be used (part of what it replaces is applied): its children
   * now depend on the last of the replaced nodes instead.
   */
  removeReplacementNode(replacement: MigrationKey, replaced: readonly MigrationKey[]): void {
    const id = idOf(replacement)
    const node = this.#nodes.get(id)
    this.#migrations.delete(id)
    if (node === undefined) {
      throw new NodeNotFoundError(
        `Unable to remove replacement node ${reprKey(replacement)}. It was either never added to the migration graph, or has been removed already.`,
        replacement,
      )
    }
    this.#nodes.delete(id)
    const present = replaced.map((key) => this.#nodes.get(idOf(key))).filter((n) => n !== undefined)
    const parentsOfReplaced = new Set(present.flatMap((n) => [...n.parents.keys()]))
    const last = present.filter((n) => !parentsOfReplaced.has(idOf(n.key)))
    for (const [childId, child] of node.children) {
      child.parents.delete(id)
      for (const lastNode of last) {
        lastNode.children.set(childId, child)
        child.parents.set(idOf(lastNode.key), lastNode)
      }
    }
    for (const parent of node.parents.values()) parent.children.delete(id)
  }

  /** Throws the NodeNotFoundError of the first placeholder still in the graph. */
  validateConsistency(): void {
    for (const node of this.#nodes.values()) if (node.dummy !== null) throw node.dummy
  }

  /** Whether the graph holds a real (not placeholder) node for `key`. */
  has(key: MigrationKey): boolean {
    return this.#migrations.has(idOf(key))
  }

  /** The migration at `key`, or undefined. */
  migration(key: MigrationKey): M | undefined {
    return this.#migrations.get(idOf(key))
  }

  /** Every real node's key, in insertion order. */
  keys(): MigrationKey[] {
    return [...this.#nodes.values()]
      .filter((n) => n.dummy === null && this.#migrations.has(idOf(n.key)))
      .map((n) => n.key)
  }

  /** The keys of the node's parents, sorted. */
  parents(key: MigrationKey): MigrationKey[] {
    return sortedNodes(this.#node(key).parents).map((n) => n.key)
  }

  /** The keys of the node's children, sorted. */
  children(key: MigrationKey): MigrationKey[] {
    return sortedNodes(this.#node(key).children).map((n) => n.key)
  }

  #node(key: MigrationKey): GraphNode {
    const node = this.#nodes.get(idOf(key))
    if (node === undefined || !this.#migrations.has(idOf(key))) {
      throw new NodeNotFoundError(`Node ${reprKey(key)} not a valid node`, key)
    }
    return node
  }

  /** The migrations to apply to reach `target`, dependencies first, ending with `target` itself. */
  forwardsPlan(target: MigrationKey): MigrationKey[] {
    return this.#depthFirst(this.#node(target), true)
  }

  /** The migrations to unapply to undo `target`, dependents first, ending with `target` itself. */
  backwardsPlan(target: MigrationKey): MigrationKey[] {
    return this.#depthFirst(this.#node(target), false)
  }

  #depthFirst(start: GraphNode, forwards: boolean): MigrationKey[] {
    const visited: MigrationKey[] = []
    const seen = new Set<GraphNode>()
    const stack: [GraphNode, boolean][] = [[start, false]]
    while (stack.length > 0) {
      const [node, expanded] = stack.pop()!
      if (seen.has(node)) continue
      if (expanded) {
        seen.add(node)
        visited.push(node.key)
        continue
      }
      stack.push([node, true])
      for (const next of sortedNodes(forwards ? node.parents : node.children)) stack.push([next, false])
    }
    return visited
  }

  /** Nodes without a parent in their own app (of `app` only, when given), sorted. */
  rootNodes(app?: string): MigrationKey[] {
    return this.keys()
      .filter(
        (key) =>
          (app === undefined || key[0] === app) &&
          ![...this.#node(key).parents.values()].some((p) => p.key[0] === key[0]),
      )
      .sort(compareKeys)
  }

  /** Nodes without a child in their own app (of `app` only, when given), sorted. */
  leafNodes(app?: string): MigrationKey[] {
    return this.keys()
      .filter(
        (key) =>
          (app === undefined || key[0] === app) &&
          ![...this.#node(key).children.values()].some((c) => c.key[0] === key[0]),
      )
      .sort(compareKeys)
  }

  /** Throws CircularDependencyError naming the nodes of the first cycle found. */
  ensureNotCyclic(): void {
    const todo = new Set(this.#nodes.keys())
    for (const startId of this.#nodes.keys()) {
      if (!todo.has(startId)) continue
      todo.delete(startId)
      const stack: string[] = [startId]
      while (stack.length > 0) {
        const top = this.#nodes.get(stack[stack.length - 1]!)!
        let descended = false
        for (const childId of top.children.keys()) {
          const at = stack.indexOf(childId)
          if (at >= 0) {
            const cycle = stack.slice(at).map((id) => keyLabel(this.#nodes.get(id)!.key))
            throw new CircularDependencyError(cycle.join(', '))
          }
          if (todo.has(childId)) {
            stack.push(childId)
            todo.delete(childId)
            descended = true
            break
          }
        }
        if (!descended) stack.pop()
      }
    }
  }

  /** Django's `str(graph)`: `Graph: N nodes, M edges`. */
  toString(): string {
    const nodes = this.keys().length
    let edges = 0
    for (const node of this.#nodes.values()) edges += node.parents.size
    return `Graph: ${nodes} nodes, ${edges} edges`
  }
}
