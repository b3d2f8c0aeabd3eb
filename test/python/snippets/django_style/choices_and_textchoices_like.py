class Choices:
    def __init_subclass__(cls):
        cls.choices = [(v, k.replace('_', ' ').title()) for k, v in vars(cls).items() if k.isupper()]
class Status(Choices):
    DRAFT = 'draft'
    IN_REVIEW = 'review'
    PUBLISHED = 'published'
print(Status.choices)
print(dict(Status.choices)[Status.IN_REVIEW])
STATUS_CHOICES = [
    ('d', 'Draft'),
    ('p', 'Published'),
]
print(max(len(k) for k, _ in STATUS_CHOICES), [label for _, label in STATUS_CHOICES])
