import { migrationNameTimestamp, parseNumber } from '../../migrations/autodetector/arrange'
import { MigrationValueError, pyRepr } from '../../migrations/exceptions'
import type { MigrationLoader } from '../../migrations/loader'
import { migration, type Migration } from '../../migrations/migration'
import { formattedDescription } from '../../migrations/operations/describe'
import type { Questioner } from '../../migrations/questioner'
import { migrationFileText } from '../../migrations/writer/migration-writer'
import type { ManageContext } from '../context'

/** What `--merge` needs from the makemigrations run. */
export interface MergeOptions {
  readonly verbosity: number
  readonly dryRun: boolean
  readonly name: string | undefined
  readonly includeHeader: boolean
  readonly scriptable: boolean
  readonly log: (line: string) => void
}

/**
 * `makemigrations --merge` (Django's `handle_merge`): for each app with several leaves, prints each
 * branch's operations since the common ancestor, asks the questioner, and writes an empty migration
 * depending on every leaf, named `NNNN_merge_<leaves>` (or `NNNN_merge_<timestamp>` past 47 characters).
 */
export async function handleMerge(
  loader: MigrationLoader,
  conflicts: ReadonlyMap<string, readonly string[]>,
  questioner: Questioner,
  opts: MergeOptions,
  ctx: ManageContext,
): Promise<number> {
  for (const [app, names] of conflicts) {
    const ancestries = names.map((name) =>
      loader.graph.forwardsPlan([app, name]).filter(([nodeApp]) => nodeApp === app),
    )
    let common = 0
    while (
      ancestries.every((a) => a.length > common) &&
      ancestries.every((a) => a[common]![1] === ancestries[0]![common]![1])
    ) {
      common++
    }
    if (common === 0) {
      const shown = names.map((name) => pyRepr(name)).join(', ')
      throw new MigrationValueError(`Could not find common ancestor of [${shown}]`)
    }
    if (opts.verbosity > 0) {
      opts.log(`Merging ${app}`)
      names.forEach((name, i) => {
        opts.log(`  Branch ${name}`)
        for (const [nodeApp, nodeName] of ancestries[i]!.slice(common)) {
          for (const op of loader.graph.migration([nodeApp, nodeName])?.operations ?? []) {
            opts.log(`    ${formattedDescription(op)}`)
          }
        }
      })
    }
    if (!(await questioner.askMerge(app))) continue
    const numbers = names.map(parseNumber).filter((n): n is number => n !== null)
    const biggest = numbers.length > 0 ? Math.max(...numbers) : 1
    const parts = [String(biggest + 1).padStart(4, '0')]
    if (opts.name !== undefined && opts.name !== '') parts.push(opts.name)
    else {
      parts.push('merge')
      const leafNames = [...names].sort().join('_')
      parts.push(leafNames.length > 47 ? migrationNameTimestamp(ctx.clock.now()) : leafNames)
    }
    const merge: Migration = migration({
      appLabel: app,
      name: parts.join('_'),
      dependencies: names.map((name) => ({ appLabel: app, name })),
    })
    const path = `${app}/migrations/${merge.name}.py`
    const text = migrationFileText(merge, { generatedAt: opts.includeHeader ? ctx.clock.now() : null })
    if (!opts.dryRun) {
      ctx.files.write(path, text)
      if (opts.verbosity > 0) {
        opts.log(`\nCreated new merge migration ${path}`)
        if (opts.scriptable) ctx.io.stdout(`${path}\n`)
      }
    } else if (opts.verbosity === 3) {
      opts.log(`Full merge migrations file '${merge.name}.py':`)
      opts.log(text)
    }
  }
  return 0
}
