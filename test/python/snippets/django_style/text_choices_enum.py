import enum
class Choices(enum.Enum):
    @property
    def label(self):
        return self._label_
    def __new__(cls, value, label=None):
        obj = object.__new__(cls)
        obj._value_ = value
        obj._label_ = label if label is not None else value.replace('_', ' ').title()
        return obj
    @classmethod
    def choices(cls):
        return [(m.value, m.label) for m in cls]
class Status(Choices):
    DRAFT = 'draft', 'Draft copy'
    PUBLISHED = 'published'
    IN_REVIEW = 'in_review'
print(Status.choices())
print(Status('draft'), Status.DRAFT.label, Status.IN_REVIEW.value, Status['PUBLISHED'].label)
