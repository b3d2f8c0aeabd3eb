import initSqlJs from 'sql.js'
import { describe, expect, it } from 'vitest'
import { createWorkerApi, type WorkerApi } from '../../../src/worker/api'
import type { Result } from '../../../src/worker/result'

const MODELS = `from django.db import models


class Book(models.Model):
    title = models.CharField(max_length=100)
`

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected a value, got ${result.error.name}: ${result.error.message}`)
  return result.value
}

async function workspace(models: string): Promise<WorkerApi> {
  const api = createWorkerApi(await initSqlJs())
  value(await api.setFiles({ 'library/models.py': models, 'library/migrations/__init__.py': '' }))
  return api
}

/** Runs each command and returns its status and output, in order. */
async function transcript(api: WorkerApi, commands: string[][]): Promise<string[]> {
  const lines: string[] = []
  for (const argv of commands) {
    const outcome = value(await api.manage(argv, []))
    lines.push(`$ ${argv.join(' ')} → ${outcome.status}\n${outcome.stdout}${outcome.stderr}`)
  }
  return lines
}

describe("the worker's project loader, which sets Django up once per version of the files", () => {
  it('gives a warmed and diagnosed workspace the same command outputs as a cold one', async () => {
    const commands = [
      ['makemigrations'],
      ['migrate'],
      ['showmigrations'],
      ['makemigrations', '--check'],
      ['sqlmigrate', 'library', '0001'],
    ]
    const cold = await workspace(MODELS)
    const warm = await workspace(MODELS)
    value(await warm.warm())
    value(await warm.diagnose({}))
    expect(await transcript(warm, commands)).toEqual(await transcript(cold, commands))
  })

  it('imports afresh a models.py that read the clock, as each manage.py process reads a new time', async () => {
    const api = await workspace(
      MODELS.replace(
        'from django.db import models',
        'from django.db import models\nfrom django.utils import timezone',
      ) + '    added = models.DateTimeField(default=timezone.now())\n',
    )
    value(await api.warm())
    const first = value(await api.manage(['makemigrations', '--dry-run', '-v', '3'], []))
    await new Promise((resolve) => setTimeout(resolve, 5))
    const second = value(await api.manage(['makemigrations', '--dry-run', '-v', '3'], []))
    const times = [first.stdout, second.stdout].map((out) => /datetime\.datetime\([^)]*\)/.exec(out)?.[0])
    expect(times[0]).toMatch(/^datetime\.datetime\(/)
    expect(times[1]).not.toBe(times[0])
  })

  it('reports a broken models.py to diagnose and to the next command alike', async () => {
    const api = await workspace(MODELS + '    pages = models.IntegerField(\n')
    const problems = value(await api.diagnose({}))
    const outcome = value(await api.manage(['makemigrations'], []))
    expect({ problem: problems[0]?.message, status: outcome.status, stderr: outcome.stderr }).toEqual({
      problem: "SyntaxError: '(' was never closed",
      status: 1,
      stderr: expect.stringContaining("SyntaxError: '(' was never closed"),
    })
  })
})
