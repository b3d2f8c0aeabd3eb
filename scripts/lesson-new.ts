/**
 * `npm run lesson:new -- <chapter> <slug>`: scaffolds lessons/<NN-chapter>/<NN-slug>/ with a lesson.md
 * template and solution/solution.txt. <chapter> names an existing chapter folder (`02-the-migration-system`,
 * or just `the-migration-system` or `02`) or a new one (`NN-words`, created with a chapter.md). The lesson
 * has no start/: it continues from the previous lesson's solution (add start/ to begin from other files).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..')
const LESSONS = join(ROOT, 'lessons')
const NAME = /^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/

const LESSON_MD = (title: string): string => `---
title: ${title}
summary: One sentence that says what the learner does and why.
goals:
  - What the learner can do after this lesson
checks:
  - { kind: no-pending-changes, label: "Every model change has a migration" }
hints:
  - The first hint, revealed on request.
---

Explain the idea in a few short paragraphs, then list the tasks:

1. Change \`library/models.py\`.
2. Run \`python manage.py makemigrations\`.

\`\`\`console
$ python manage.py showmigrations library
library
 [X] 0001_initial
\`\`\`
`

const SOLUTION = `The commands (and file writes) that solve the lesson, in the format of ../shared/oracle/scenario.py.
@@ write library/models.py
from django.db import models
@@ run makemigrations
@@ run migrate
`

function chapterFolder(name: string): string {
  const existing = existsSync(LESSONS) ? readdirSync(LESSONS).filter((entry) => NAME.test(entry)) : []
  const found = existing.find(
    (entry) => entry === name || entry.slice(3) === name || entry.slice(0, 2) === name,
  )
  if (found !== undefined) return found
  if (!NAME.test(name))
    throw new Error(
      `no chapter ${name}: name a new chapter NN-words (e.g. 09-tools); chapters: ${existing.join(', ')}`,
    )
  mkdirSync(join(LESSONS, name), { recursive: true })
  const title = name.slice(3).replace(/-/g, ' ')
  writeFileSync(
    join(LESSONS, name, 'chapter.md'),
    `---\ntitle: ${title.charAt(0).toUpperCase()}${title.slice(1)}\n---\n`,
  )
  return name
}

function main(args: string[]): number {
  const [chapterArg, slugArg] = args
  if (chapterArg === undefined || slugArg === undefined) {
    console.error(
      'usage: npm run lesson:new -- <chapter> <slug>   (e.g. npm run lesson:new -- 02 sqlmigrate)',
    )
    return 2
  }
  const slug = slugArg.replace(/^\d{2}-/, '')
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    console.error(`the slug is lower-case words joined by dashes, not ${slugArg}`)
    return 2
  }
  const chapter = chapterFolder(chapterArg)
  const numbers = readdirSync(join(LESSONS, chapter))
    .filter((entry) => NAME.test(entry))
    .map((entry) => Number(entry.slice(0, 2)))
  const number = String(Math.max(0, ...numbers) + 1).padStart(2, '0')
  const dir = join(LESSONS, chapter, `${number}-${slug}`)
  mkdirSync(join(dir, 'solution'), { recursive: true })
  const title = slug.replace(/-/g, ' ')
  writeFileSync(join(dir, 'lesson.md'), LESSON_MD(title.charAt(0).toUpperCase() + title.slice(1)))
  writeFileSync(join(dir, 'solution', 'solution.txt'), SOLUTION)
  const id = `${chapter}/${number}-${slug}`
  console.log(`Created lessons/${id}/ (lesson.md, solution/solution.txt).
Next: write lesson.md and solution.txt, then
  npm run lessons:check -- --update-solutions ${id}   (fills solution/ with the files the replay leaves)
  npm run lessons:check -- ${id}`)
  return 0
}

process.exitCode = main(process.argv.slice(2))
