from enum import IntEnum, auto, Enum, unique
class Priority(IntEnum):
    LOW = 1
    HIGH = 2
print(Priority.LOW < Priority.HIGH, Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW]), int(Priority.LOW))
class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
print(Shape.CIRCLE.value, Shape.SQUARE.value, Shape.SQUARE)
class Text(str, Enum):
    A = 'a'
print(Text.A == 'a', Text.A.value, f'{Text.A.value}')
