import { describe, expect, it } from 'vitest'
import { MemoryFiles } from '../../../src/engine/files'
import { manage } from '../../../src/engine/management/manage'
import { limitOutput, OUTPUT_LIMIT_CHARS } from '../../../src/engine/output-limit'
import { SqlJsConnection } from '../../../src/worker/sqljs-connection'
import { loadSqlJs } from '../../scenarios/replay'

function recorder(): { out: string[]; err: string[]; io: Parameters<typeof limitOutput>[0] } {
  const out: string[] = []
  const err: string[] = []
  return {
    out,
    err,
    io: { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), readLine: async () => null },
  }
}

describe('the output limit', () => {
  it('passes output through until stdout and stderr together reach the limit, then says so once and drops the rest', () => {
    const { out, err, io } = recorder()
    const limited = limitOutput(io, 10)
    limited.stdout('abcd')
    limited.stderr('efg')
    limited.stdout('hijklmn')
    limited.stdout('more')
    limited.stderr('more')
    expect({ out, err }).toEqual({
      out: ['abcd', 'hij'],
      err: ['efg', '\n[output stopped: this command wrote more than 10 characters; the rest is not shown]\n'],
    })
  })

  it('stops a shell script that prints more than the limit, and the command still ends normally', async () => {
    const { out, err, io } = recorder()
    const SQL = await loadSqlJs()
    const connection = SqlJsConnection.open(SQL, null)
    const rc = await manage(['shell', '-c', `print('x' * ${OUTPUT_LIMIT_CHARS + 10})\nprint('after')`], {
      files: new MemoryFiles({
        'shop/models.py': 'from django.db import models\n',
        'shop/migrations/__init__.py': '',
      }),
      connection: () => connection,
      io,
      clock: { now: () => new Date(Date.UTC(2026, 0, 1)) },
    })
    connection.close()
    expect({ rc, chars: out.join('').length, err: err.join('') }).toEqual({
      rc: 0,
      chars: OUTPUT_LIMIT_CHARS,
      err: `\n[output stopped: this command wrote more than ${OUTPUT_LIMIT_CHARS} characters; the rest is not shown]\n`,
    })
  })
})
