import uuid
try:
    uuid.UUID('not-a-uuid')
except ValueError as e:
    print(e)
print(uuid.UUID(int=0), uuid.UUID(int=1))
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1)]))
