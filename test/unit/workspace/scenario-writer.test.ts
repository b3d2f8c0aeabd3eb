import { describe, expect, it } from 'vitest'
import { parseScenario, shellSplit, type ScenarioStep } from '../../../src/engine/lessons/scenario-file'
import { commandLine, writeScenario } from '../../../src/engine/workspace/scenario-writer'
import {
  recordEdits,
  recordRun,
  startRecording,
  UNREAD_LINE,
} from '../../../src/engine/workspace/session-recording'
import { ScenarioWriteError } from '../../../src/engine/workspace/workspace-error'
import { scenarioNames, scenarioText } from './round-trip'

describe('writing a scenario', () => {
  const names = scenarioNames('')

  it('finds the scenarios of test/scenarios', () => expect(names.length).toBeGreaterThan(100))

  it('gives back the same steps when the written text of every test/scenarios file is parsed', () => {
    const differing = names.filter((name) => {
      const steps = parseScenario(scenarioText(name), name)
      return JSON.stringify(parseScenario(writeScenario(steps), name)) !== JSON.stringify(steps)
    })
    expect(differing).toEqual([])
  })

  it('keeps a comment at the head of the file', () => {
    const text = writeScenario(
      [{ kind: 'write', arg: 'a/models.py', body: 'x = 1\n' }],
      'Shared from the playground.',
    )
    expect(text).toBe('Shared from the playground.\n@@ write a/models.py\nx = 1\n')
  })

  it('quotes command arguments so that shlex splits them back', () => {
    const argv = ['makemigrations', 'library', '--name', "it's a name", '--empty', '']
    expect(shellSplit(commandLine(argv))).toEqual(argv)
  })

  it('refuses a body line that would read as a directive, naming the step', () => {
    const steps: ScenarioStep[] = [{ kind: 'write', arg: 'a/notes.py', body: 'x = 1\n@@ run migrate\n' }]
    expect(() => writeScenario(steps)).toThrow(
      new ScenarioWriteError(
        'step 1 (@@ write a/notes.py): the line "@@ run migrate" would read as a directive',
      ),
    )
  })

  it('refuses answers that end with an empty line', () => {
    const steps: ScenarioStep[] = [{ kind: 'run', arg: 'makemigrations', body: '', stdin: '1\n\n' }]
    expect(() => writeScenario(steps)).toThrow(ScenarioWriteError)
  })
})

describe('recording a session', () => {
  it('records edits as deletes then writes, and the files a command wrote are not edits', () => {
    let recording = startRecording({ 'a/models.py': 'v1\n', 'a/old.py': '' })
    recording = recordEdits(recording, { 'a/models.py': 'v2\n', 'a/new.py': 'n\n' })
    recording = recordRun(recording, ['makemigrations'], [], {
      'a/models.py': 'v2\n',
      'a/new.py': 'n\n',
      'a/migrations/0001_initial.py': 'm\n',
    })
    recording = recordEdits(recording, {
      'a/models.py': 'v2\n',
      'a/new.py': 'n\n',
      'a/migrations/0001_initial.py': 'm\n',
    })
    expect(writeScenario(recording.steps)).toBe(
      '@@ delete a/old.py\n@@ write a/models.py\nv2\n@@ write a/new.py\nn\n@@ run makemigrations\n',
    )
  })

  it('keeps an empty last answer by writing a line the command never reads after it', () => {
    const recording = recordRun(startRecording(), ['makemigrations'], ['1', ''], {})
    const text = writeScenario(recording.steps)
    expect(text).toBe(`@@ run makemigrations\n@@ stdin\n1\n\n${UNREAD_LINE}\n`)
    expect(parseScenario(text, 'recording')).toEqual([
      { kind: 'run', arg: 'makemigrations', body: '', stdin: `1\n\n${UNREAD_LINE}\n` },
    ])
  })
})
