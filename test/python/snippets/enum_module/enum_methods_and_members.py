from enum import Enum
class Planet(Enum):
    MERCURY = (3.3e23, 2.44e6)
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def label(self):
        return self.name.title()
print(Planet.EARTH.mass, Planet.EARTH.label, Planet.MERCURY.value)
print(Planet.__members__.keys(), [p.label for p in Planet])
class Alias(Enum):
    A = 1
    B = 1
print(Alias.B, list(Alias))
