import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

function manage(...argv: string[]): { status: number | null; stdout: string; stderr: string } {
  const project = mkdtempSync(join(tmpdir(), 'mp-cli-'))
  const run = spawnSync('npx', ['tsx', 'src/cli/manage.ts', '--project', project, ...argv], {
    encoding: 'utf8',
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('the manage CLI', () => {
  it('answers an unknown command as Django 5.2 does: on stderr, with exit status 1', () => {
    expect(manage('nosuchcommand')).toEqual({
      status: 1,
      stdout: '',
      stderr: "Unknown command: 'nosuchcommand'\nType 'manage.py help' for usage.\n",
    })
  })

  it('suggests the closest command for a typo, as Django does', () => {
    expect(manage('makemigraton').stderr).toBe(
      "Unknown command: 'makemigraton'. Did you mean makemigrations?\nType 'manage.py help' for usage.\n",
    )
  })

  it('lists the subcommands for help, on stdout with exit status 0', () => {
    const run = manage('help')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain("Type 'manage.py help <subcommand>' for help on a specific subcommand.")
    expect(run.stdout).toContain('\n[django]\n    check\n')
  })
})
