class Choices:
    DRAFT = 'draft'
    PUBLISHED = 'published'
    ALL = [DRAFT, PUBLISHED]
    LABELS = {DRAFT: 'Draft', PUBLISHED: 'Published'}
print(Choices.ALL, Choices.LABELS[Choices.DRAFT])
print(sorted(k for k in vars(Choices) if k.isupper()))
