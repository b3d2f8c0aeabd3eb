import { describe, expect, it } from 'vitest'
import { createProjectLoader } from '../../../src/engine/django/project-loader'
import { MemoryFiles } from '../../../src/engine/files'
import type { ModelsLoaded } from '../../../src/engine/migrations/project-loader'

async function load(models: string): Promise<ModelsLoaded> {
  const result = await createProjectLoader().modelsState(new MemoryFiles({ 'shop/models.py': models }))
  if (result.kind === 'failure') throw new Error(result.stderr)
  return result
}

function summary(loaded: ModelsLoaded): unknown {
  return loaded.state.models.map((m) => ({
    name: m.name,
    fields: m.fields.map(
      ([name, f]) => `${name}:${f.path.split('.').pop()}(${Object.keys(f.kwargs).sort().join(',')})`,
    ),
    options: Object.keys(m.options),
    bases: m.bases.map((b) =>
      b.kind === 'str' ? b.value : b.kind === 'reference' ? `${b.module}.${b.qualname}` : b.kind,
    ),
  }))
}

const HEAD = 'from django.db import models\n\n'

describe('models.py becomes the ProjectState Django builds with ProjectState.from_apps', () => {
  it('adds the automatic id first and keeps fields in definition order, many-to-many last', async () => {
    const loaded = await load(
      HEAD +
        'class Tag(models.Model):\n    name = models.CharField(max_length=10)\n\n' +
        'class Item(models.Model):\n    tags = models.ManyToManyField(Tag)\n    title = models.CharField(max_length=20)\n',
    )
    expect(summary(loaded)).toEqual([
      {
        name: 'Tag',
        fields: [
          'id:BigAutoField(auto_created,primary_key,serialize,verbose_name)',
          'name:CharField(max_length)',
        ],
        options: ['indexes', 'constraints'],
        bases: ['django.db.models.Model'],
      },
      {
        name: 'Item',
        fields: [
          'id:BigAutoField(auto_created,primary_key,serialize,verbose_name)',
          'title:CharField(max_length)',
          'tags:ManyToManyField(to)',
        ],
        options: ['indexes', 'constraints'],
        bases: ['django.db.models.Model'],
      },
    ])
  })

  it('copies abstract fields and Meta into each child, with abstract=False, and leaves the abstract base out', async () => {
    const loaded = await load(
      HEAD +
        'class Stamped(models.Model):\n    created = models.DateTimeField(auto_now_add=True)\n\n    class Meta:\n        abstract = True\n        ordering = ["created"]\n\n' +
        'class Article(Stamped):\n    body = models.TextField()\n',
    )
    expect(summary(loaded)).toEqual([
      {
        name: 'Article',
        fields: [
          'id:BigAutoField(auto_created,primary_key,serialize,verbose_name)',
          'created:DateTimeField(auto_now_add)',
          'body:TextField()',
        ],
        options: ['ordering', 'abstract', 'indexes', 'constraints'],
        bases: ['django.db.models.Model'],
      },
    ])
  })

  it('links a multi-table child to its parent with an automatic parent_ptr primary key', async () => {
    const loaded = await load(
      HEAD +
        'class Place(models.Model):\n    name = models.CharField(max_length=5)\n\nclass Shop(Place):\n    open = models.BooleanField(default=True)\n',
    )
    const shop = loaded.state.get('shop', 'shop')!
    expect(shop.fields.map(([n]) => n)).toEqual(['place_ptr', 'open'])
    expect(Object.keys(shop.fields[0]![1].kwargs).sort()).toEqual([
      'auto_created',
      'on_delete',
      'parent_link',
      'primary_key',
      'serialize',
      'to',
    ])
    expect(shop.bases).toEqual([{ kind: 'str', value: 'shop.place' }])
  })

  it('gives a proxy model no fields, proxy=True and its concrete model as base', async () => {
    const loaded = await load(
      HEAD +
        'class Person(models.Model):\n    name = models.CharField(max_length=5)\n\nclass Boss(Person):\n    class Meta:\n        proxy = True\n',
    )
    expect(summary(loaded)).toContainEqual({
      name: 'Boss',
      fields: [],
      options: ['proxy', 'indexes', 'constraints'],
      bases: ['shop.person'],
    })
  })
})

describe("system checks stop the command with Django's SystemCheckError text", () => {
  it('reports DecimalField without its attributes', async () => {
    const result = await createProjectLoader().modelsState(
      new MemoryFiles({
        'shop/models.py': HEAD + 'class P(models.Model):\n    price = models.DecimalField()\n',
      }),
    )
    expect(result).toEqual({
      kind: 'failure',
      exitCode: 1,
      stderr:
        "SystemCheckError: System check identified some issues:\n\nERRORS:\nshop.P.price: (fields.E130) DecimalFields must define a 'decimal_places' attribute.\nshop.P.price: (fields.E132) DecimalFields must define a 'max_digits' attribute.\n",
    })
  })

  it('ends with the traceback of an import error', async () => {
    const result = await createProjectLoader().modelsState(
      new MemoryFiles({
        'shop/models.py': HEAD + 'class P(models.Model):\n    a = models.ForeignKey("P")\n',
      }),
    )
    expect(result.kind === 'failure' && result.stderr.trimEnd().split('\n').pop()).toBe(
      "TypeError: ForeignKey.__init__() missing 1 required positional argument: 'on_delete'",
    )
  })
})
