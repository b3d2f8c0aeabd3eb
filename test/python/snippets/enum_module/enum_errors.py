from enum import Enum
class Status(Enum):
    DRAFT = 'draft'
    LIVE = 'live'
try:
    Status('gone')
except ValueError as e:
    print(e)
try:
    Status['GONE']
except KeyError as e:
    print('KeyError', e)
try:
    Status.DRAFT = 'x'
except AttributeError as e:
    print(e)
