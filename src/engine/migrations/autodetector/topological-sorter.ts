/** Raised when the nodes given to staticOrder form a cycle (Python's `graphlib.CycleError`). */
export class CycleError extends Error {
  override readonly name = 'CycleError'
}

interface NodeInfo<T> {
  readonly node: T
  predecessors: number
  readonly successors: T[]
}

/**
 * Orders nodes as Python's `graphlib.TopologicalSorter` does with `add(node, *predecessors)` calls in
 * the given order followed by `static_order()`: ready nodes come out in batches, each batch in the
 * order nodes became ready. Nodes are compared by identity.
 */
export class TopologicalSorter<T> {
  readonly #info = new Map<T, NodeInfo<T>>()

  #get(node: T): NodeInfo<T> {
    let info = this.#info.get(node)
    if (info === undefined) {
      info = { node, predecessors: 0, successors: [] }
      this.#info.set(node, info)
    }
    return info
  }

  /** Adds a node and the nodes that must come before it. */
  add(node: T, ...predecessors: T[]): void {
    const info = this.#get(node)
    info.predecessors += predecessors.length
    for (const pred of predecessors) this.#get(pred).successors.push(node)
  }

  /** Every node, predecessors first. Throws CycleError when some nodes can never become ready. */
  staticOrder(): T[] {
    const remaining = new Map([...this.#info].map(([node, info]) => [node, info.predecessors]))
    let ready = [...this.#info.values()].filter((i) => i.predecessors === 0).map((i) => i.node)
    const out: T[] = []
    while (ready.length > 0) {
      const batch = ready
      ready = []
      out.push(...batch)
      for (const node of batch) {
        for (const successor of this.#info.get(node)!.successors) {
          const left = remaining.get(successor)! - 1
          remaining.set(successor, left)
          if (left === 0) ready.push(successor)
        }
      }
    }
    if (out.length !== this.#info.size) throw new CycleError('nodes are in a cycle')
    return out
  }
}
