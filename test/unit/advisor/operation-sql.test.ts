import { describe, expect, it } from 'vitest'
import { sqlByOperation } from '../../../src/engine/advisor'
import { importedModelModules } from '../../../src/engine/advisor/rules/model-imports'

describe('sqlByOperation', () => {
  it("splits collectSql's statements at sqlmigrate's comment lines, dropping the markers", () => {
    const statements = [
      '--',
      '-- Add field pages to book',
      '--',
      'ALTER TABLE "shop_book" ADD COLUMN "pages" integer NULL;',
      '--',
      '-- Raw Python operation',
      '--',
      '-- THIS OPERATION CANNOT BE WRITTEN AS SQL',
      '--',
      '-- Alter field title on book',
      '--',
      '-- (no-op)',
      'CREATE INDEX "x" ON "shop_book" ("pages");',
    ]
    expect(sqlByOperation(statements, 3)).toEqual([
      ['ALTER TABLE "shop_book" ADD COLUMN "pages" integer NULL;'],
      [],
      ['CREATE INDEX "x" ON "shop_book" ("pages");'],
    ])
  })

  it('gives an empty list to operations without SQL', () => {
    expect(sqlByOperation([], 2)).toEqual([[], []])
  })
})

describe('importedModelModules', () => {
  it("finds the app's models modules a migration imports, not Django's", () => {
    const source = [
      'from django.db import migrations, models',
      'from django.db.models import F',
      'from shop.models import Book',
      'from .models import Tag',
      'import library.models',
      'from shop import models as shop_models',
      'from . import models',
      'def forwards(apps, schema_editor):',
      '    from shop.models import Author',
    ].join('\n')
    expect(importedModelModules(source)).toEqual([
      'shop.models',
      '.models',
      'library.models',
      'shop.models',
      '.models',
      'shop.models',
    ])
  })
})
