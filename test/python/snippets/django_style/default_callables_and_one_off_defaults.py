import datetime
from datetime import timezone
import uuid
def default_slug():
    return 'untitled'
defaults = {
    'created': datetime.datetime(2024, 1, 1, tzinfo=timezone.utc),
    'slug': default_slug,
    'token': uuid.UUID(int=0),
    'count': 0,
    'tags': list,
}
for key, value in defaults.items():
    resolved = value() if callable(value) else value
    print(key, repr(resolved))
print(repr(datetime.date.today) != '', callable(datetime.datetime.now))
