import uuid
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'example.com'))
print(uuid.uuid3(uuid.NAMESPACE_URL, 'https://www.djangoproject.com/'))
print(uuid.NAMESPACE_DNS, uuid.uuid5(uuid.NAMESPACE_OID, '1.2.3').version)
