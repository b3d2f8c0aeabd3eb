import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import type { SqlJsStatic } from 'sql.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { djangoProjectZip } from '../../../src/engine/workspace/django-project-zip'
import { readDjangoProject, readDjangoProjectZip } from '../../../src/engine/workspace/project-reader'
import { WorkspaceInputError } from '../../../src/engine/workspace/workspace-error'
import type { Snapshot, WorkerApi } from '../../../src/worker/api'
import { loadSqlJs, snapshotDatabase } from '../../scenarios/replay'
import { fixedClockApi, value } from './round-trip'

const DJANGO_PATH =
  process.env['DJANGO_ORACLE_PATH'] ?? '/root/.cache/django-oracle/root/usr/lib/python3/dist-packages'

/** True when `python3` imports Django from the oracle's folder. */
function djangoInstalled(): boolean {
  const probe = spawnSync('python3', ['-c', 'import django'], {
    env: { ...process.env, PYTHONPATH: DJANGO_PATH },
  })
  return probe.status === 0
}

const SCENARIO = `@@ write library/migrations/__init__.py
@@ write library/models.py
from django.db import models


class Book(models.Model):
    title = models.CharField(max_length=100)
@@ run makemigrations library
@@ run migrate
@@ sql
INSERT INTO library_book (title) VALUES ('Dune');
@@ write library/models.py
from django.db import models


class Book(models.Model):
    title = models.CharField(max_length=100)
    pages = models.IntegerField(default=0)
@@ run makemigrations library
`

let SQL: SqlJsStatic
let api: WorkerApi
let state: Snapshot
let zip: Uint8Array
const folders: string[] = []

beforeAll(async () => {
  SQL = await loadSqlJs()
  api = fixedClockApi(SQL)
  value(await api.replay(SCENARIO, 'scenario'))
  state = value(await api.snapshot())
  zip = djangoProjectZip(state, 'bookshop')
})

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

function unzipToFolder(bytes: Uint8Array): string {
  const folder = mkdtempSync(join(tmpdir(), 'playground-export-'))
  folders.push(folder)
  for (const [path, data] of Object.entries(unzipSync(bytes))) {
    mkdirSync(join(folder, dirname(path)), { recursive: true })
    writeFileSync(join(folder, path), data)
  }
  return join(folder, 'bookshop')
}

describe('downloading the workspace as a Django project', () => {
  it('zips manage.py, settings.py, a README, the apps with their migrations, and db.sqlite3', () => {
    const entries = unzipSync(zip)
    expect(Object.keys(entries).sort()).toEqual([
      'bookshop/README.md',
      'bookshop/db.sqlite3',
      'bookshop/library/__init__.py',
      'bookshop/library/migrations/0001_initial.py',
      'bookshop/library/migrations/0002_book_pages.py',
      'bookshop/library/migrations/__init__.py',
      'bookshop/library/models.py',
      'bookshop/manage.py',
      'bookshop/settings.py',
    ])
    const settings = strFromU8(entries['bookshop/settings.py']!)
    expect(settings).toContain("INSTALLED_APPS = ['library']")
    expect(settings).toContain("DEFAULT_AUTO_FIELD = 'django.db.models.BigAutoField'")
    expect(settings).toContain("'NAME': BASE_DIR / 'db.sqlite3'")
    expect(strFromU8(entries['bookshop/library/models.py']!)).toBe(state.files['library/models.py'])
    expect(entries['bookshop/db.sqlite3']).toEqual(state.database)
    expect(strFromU8(entries['bookshop/README.md']!)).toContain('python manage.py showmigrations')
  })

  it('gives the same bytes for the same workspace', () => {
    expect(djangoProjectZip(state, 'bookshop')).toEqual(zip)
  })

  it("has real Django show the playground's migration state (when the Django oracle is installed)", async () => {
    const ours = value(await api.manage(['showmigrations'], []))
    const oursCheck = value(await api.manage(['migrate', '--check'], []))
    expect({ status: ours.status, stdout: ours.stdout }).toEqual({
      status: 0,
      stdout: 'library\n [X] 0001_initial\n [ ] 0002_book_pages\n',
    })
    expect(oursCheck.status).toBe(1)
    if (!djangoInstalled()) return
    const project = unzipToFolder(zip)
    const env = { ...process.env, PYTHONPATH: DJANGO_PATH, PYTHONDONTWRITEBYTECODE: '1' }
    const shown = execFileSync('python3', ['manage.py', 'showmigrations'], {
      cwd: project,
      env,
      encoding: 'utf8',
    })
    expect(shown).toBe(ours.stdout)
    const check = spawnSync('python3', ['manage.py', 'migrate', '--check'], {
      cwd: project,
      env,
      encoding: 'utf8',
    })
    expect({ status: check.status, stdout: check.stdout }).toEqual({
      status: oursCheck.status,
      stdout: oursCheck.stdout,
    })
  })
})

describe('opening a Django project', () => {
  it('reads a downloaded project back into the same files and database', () => {
    const opened = readDjangoProjectZip(zip, 'bookshop.zip')
    expect(opened.files).toEqual({ ...state.files, 'library/__init__.py': '' })
    expect(opened.apps).toEqual(['library'])
    expect(snapshotDatabase(SQL, opened.database)).toEqual(snapshotDatabase(SQL, state.database))
    expect(opened.skipped).toEqual(['bookshop/README.md', 'bookshop/manage.py', 'bookshop/settings.py'])
  })

  it('reads a dropped folder of apps without manage.py, leaving out bytecode and non-Python files', () => {
    const opened = readDjangoProject(
      [
        { path: 'shop\\models.py', bytes: strToU8('from django.db import models\n') },
        { path: 'shop/migrations/__init__.py', bytes: new Uint8Array(0) },
        { path: 'shop/__pycache__/models.cpython-311.pyc', bytes: new Uint8Array([1, 2]) },
        { path: 'shop/templates/index.html', bytes: strToU8('<p>') },
        { path: 'notes.txt', bytes: strToU8('hi') },
      ],
      'folder',
    )
    expect(opened).toEqual({
      files: { 'shop/migrations/__init__.py': '', 'shop/models.py': 'from django.db import models\n' },
      database: null,
      apps: ['shop'],
      skipped: ['notes.txt', 'shop/templates/index.html'],
    })
  })

  it('refuses entries that point outside the project, a fake database and a folder without apps', () => {
    const models = { path: 'a/models.py', bytes: strToU8('') }
    expect(() =>
      readDjangoProject([models, { path: '../evil/models.py', bytes: strToU8('') }], 'drop'),
    ).toThrow(new WorkspaceInputError('drop: the entry "../evil/models.py" points outside the project'))
    expect(() =>
      readDjangoProject([models, { path: 'db.sqlite3', bytes: strToU8('not a database at all') }], 'drop'),
    ).toThrow(new WorkspaceInputError('drop: db.sqlite3 is not an SQLite database'))
    expect(() => readDjangoProject([{ path: 'x/views.py', bytes: strToU8('') }], 'drop')).toThrow(
      new WorkspaceInputError('drop: no Django app found (an app is a folder holding models.py)'),
    )
    expect(() => readDjangoProjectZip(strToU8('PK not really a zip'), 'x.zip')).toThrow(WorkspaceInputError)
  })

  it('refuses a zip whose entries claim to unpack past the limit', () => {
    const entries: Record<string, Uint8Array> = {}
    for (let i = 0; i < 8; i++) entries[`a/f${i}.py`] = strToU8('x = 1\n')
    const bomb = zipSync(entries)
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength)
    for (let at = 0; at + 4 <= bomb.length; at++)
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 9_000_000, true)
    expect(() => readDjangoProjectZip(bomb, 'big.zip')).toThrow(
      new WorkspaceInputError('big.zip: unpacks to more than 60000000 bytes'),
    )
  })
})
