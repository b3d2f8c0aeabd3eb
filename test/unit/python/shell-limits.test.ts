import initSqlJs from 'sql.js'
import { describe, expect, it } from 'vitest'
import { MemoryFiles } from '../../../src/engine/files'
import type { ManageContext } from '../../../src/engine/management/context'
import { manage } from '../../../src/engine/management/manage'
import type { SqliteConnection } from '../../../src/engine/connection'
import { SqlJsConnection } from '../../../src/worker/sqljs-connection'

/** Runs `manage.py shell` with `script` on stdin; `interrupt` is the host's interrupt hook. */
async function shell(script: string, interrupt?: () => boolean) {
  const SQL = await initSqlJs()
  const files = new MemoryFiles({ 'shop/models.py': 'from django.db import models\n' })
  let db: SqliteConnection | null = null
  const lines = script.split('\n')
  const out = { status: 0, stdout: '', stderr: '' }
  const ctx: ManageContext = {
    files,
    connection: () => (db ??= SqlJsConnection.open(SQL)),
    io: {
      stdout: (t) => void (out.stdout += t),
      stderr: (t) => void (out.stderr += t),
      readLine: async () => lines.shift() ?? null,
    },
    clock: { now: () => new Date(Date.UTC(2026, 10, 25, 12, 0)) },
    ...(interrupt !== undefined ? { interrupt } : {}),
  }
  out.status = await manage(['shell'], ctx)
  return out
}

describe('manage.py shell limits', () => {
  it('ends an endless loop with KeyboardInterrupt when the host interrupts', async () => {
    let polls = 0
    const result = await shell('print("start")\nwhile True:\n    pass\n', () => ++polls > 2)
    expect(result).toEqual({
      status: 1,
      stdout: 'start\n',
      stderr:
        'Traceback (most recent call last):\n  File "<string>", line 2, in <module>\nKeyboardInterrupt\n',
    })
  })

  it('runs an ordinary script to the end under the default step budget', async () => {
    const result = await shell('total = 0\nfor i in range(100_000):\n    total += i\nprint(total)\n')
    expect(result).toEqual({ status: 0, stdout: '4999950000\n', stderr: '' })
  })
})
