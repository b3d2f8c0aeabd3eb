import json
from collections import NoSuchThing
