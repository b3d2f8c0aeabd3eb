import type { Migration } from '../migration'
import type { ProjectState } from '../project-state'
import type { Questioner } from '../questioner'
import {
  arrangeForGraph,
  buildMigrationList,
  freezeDraft,
  type GraphLeaves,
  optimizeMigrations,
  sortOperations,
  type SwappableSettings,
  trimToApps,
} from './arrange'
import { Detection } from './detection'
import {
  createRenamedFields,
  generateAddedFields,
  generateAlteredFields,
  generateRemovedFields,
  generateRenamedFields,
} from './fields'
import {
  classifyModels,
  generateCreatedModels,
  generateCreatedProxies,
  generateDeletedModels,
  generateDeletedProxies,
  generateRenamedModels,
  prepareFieldLists,
} from './models'
import {
  createAlteredConstraints,
  createAlteredIndexes,
  generateAddedConstraints,
  generateAddedIndexes,
  generateAlteredConstraints,
  generateAlteredDbTable,
  generateAlteredDbTableComment,
  generateAlteredManagers,
  generateAlteredOptions,
  generateAlteredOrderWithRespectTo,
  generateAlteredUniqueTogether,
  generateRemovedAlteredUniqueTogether,
  generateRemovedConstraints,
  generateRemovedIndexes,
  generateRenamedIndexes,
} from './options'

/** The migrations to write, per app, in the order Django produces them. */
export type Changes = ReadonlyMap<string, readonly Migration[]>

/** Options of one autodetector run (Django's `MigrationAutodetector.changes` arguments). */
export interface ChangesOptions {
  /** The leaves of the migration graph on disk. */
  readonly graph: GraphLeaves
  /** Restricts the result to these apps and the apps they need (`makemigrations app…`). */
  readonly trimToApps?: ReadonlySet<string>
  /** Unmigrated apps whose models should get migrations anyway (the app labels given to makemigrations). */
  readonly convertApps?: ReadonlySet<string>
  /** `--name`: replaces the suggested names. */
  readonly migrationName?: string
  /** The time for `auto_<timestamp>` names. */
  readonly now: Date
  /** Swappable settings, `{ AUTH_USER_MODEL: 'auth.User' }` by default. */
  readonly settings?: SwappableSettings
}

/**
 * Compares two project states and returns the migrations that turn `from` into `to`, as Django 5.2's
 * MigrationAutodetector does: renames asked first, operations generated in Django's order, sorted,
 * chopped into migrations across apps, optimized, named after the graph's leaves. The questioner may
 * throw QuestionerExit.
 */
export async function detectChanges(
  from: ProjectState,
  to: ProjectState,
  questioner: Questioner,
  options: ChangesOptions,
): Promise<Changes> {
  const settings = options.settings ?? { AUTH_USER_MODEL: 'auth.User' }
  const d = new Detection(from, to, questioner)
  classifyModels(d, options.convertApps)
  await generateRenamedModels(d)
  prepareFieldLists(d)
  generateDeletedModels(d)
  generateCreatedModels(d)
  generateDeletedProxies(d)
  generateCreatedProxies(d)
  generateAlteredOptions(d)
  generateAlteredManagers(d)
  generateAlteredDbTableComment(d)
  const renamedFields = await createRenamedFields(d)
  const alteredIndexes = createAlteredIndexes(d)
  const alteredConstraints = createAlteredConstraints(d)
  generateRemovedConstraints(d, alteredConstraints)
  generateRemovedIndexes(d, alteredIndexes)
  generateRenamedFields(d, renamedFields)
  generateRenamedIndexes(d, alteredIndexes)
  generateRemovedAlteredUniqueTogether(d)
  generateRemovedFields(d)
  await generateAddedFields(d)
  await generateAlteredFields(d)
  generateAlteredOrderWithRespectTo(d)
  generateAlteredUniqueTogether(d)
  generateAddedIndexes(d, alteredIndexes)
  generateAddedConstraints(d, alteredConstraints)
  generateAlteredConstraints(d, alteredConstraints)
  generateAlteredDbTable(d)
  sortOperations(d, settings)
  const drafts = buildMigrationList(d, options.graph, settings)
  optimizeMigrations(drafts)
  arrangeForGraph(drafts, options.graph, questioner, options.migrationName, options.now)
  if (options.trimToApps !== undefined && options.trimToApps.size > 0) trimToApps(drafts, options.trimToApps)
  return new Map([...drafts].map(([app, list]) => [app, list.map(freezeDraft)]))
}
