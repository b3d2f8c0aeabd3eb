import json
from sys import NoSuchThing
