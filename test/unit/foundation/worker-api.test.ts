import initSqlJs from 'sql.js'
import { describe, expect, it } from 'vitest'
import { createWorkerApi } from '../../../src/worker/api'

describe('the worker API in Node', () => {
  it('reports the SQLite version of the loaded sql.js', async () => {
    const api = createWorkerApi(await initSqlJs())
    const status = await api.status()
    expect(status.ok && status.value.sqliteVersion).toMatch(/^3\.\d+\.\d+$/)
  })

  it('returns a command outcome as plain data instead of throwing', async () => {
    const api = createWorkerApi(await initSqlJs())
    expect(await api.manage(['nosuchcommand'], [])).toEqual({
      ok: true,
      value: {
        status: 1,
        stdout: '',
        stderr: "Unknown command: 'nosuchcommand'\nType 'manage.py help' for usage.\n",
      },
    })
  })
})
