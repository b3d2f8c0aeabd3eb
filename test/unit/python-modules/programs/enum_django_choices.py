import enum
from enum import Enum, IntEnum, StrEnum, auto

class Choices(enum.Enum):
    def __new__(cls, value, label=None):
        obj = cls._member_type_.__new__(cls, value) if cls._member_type_ is not object else object.__new__(cls)
        obj._value_ = value
        obj._label_ = label
        return obj
    @property
    def label(self):
        return self._label_ or self.name.replace('_', ' ').title()
    @classmethod
    def choices(cls):
        return [(m.value, m.label) for m in cls]

class TextChoices(str, Choices):
    def __str__(self):
        return str(self.value)

class Status(TextChoices):
    DRAFT = 'draft', 'Draft'
    PUBLISHED = 'pub', 'Published'
    IN_REVIEW = 'review'

print(Status.choices())
print(Status.DRAFT, repr(Status.DRAFT), Status('pub'), Status.DRAFT == 'draft', Status.DRAFT.label, Status.IN_REVIEW.label)
print(isinstance(Status.DRAFT, str), Status['PUBLISHED'].value, [s.value for s in Status], len(Status), 'draft' in [s.value for s in Status])

class Color(str, Enum):
    RED = 'r'
    GREEN = 'g'
print(Color.RED, repr(Color.RED), Color('g'), f'{Color.RED}', Color.RED.upper(), Color.RED + 'x', sorted(Color))
class Size(IntEnum):
    S = 1
    M = 2
print(Size.S + 1, Size(2), [int(s) for s in Size], Size.M > Size.S, repr(Size.M))
try:
    Color('x')
except ValueError as e:
    print(e)
try:
    Status['NOPE']
except KeyError as e:
    print(repr(e))
