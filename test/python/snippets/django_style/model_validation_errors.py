class ValidationError(Exception):
    def __init__(self, message_dict):
        self.message_dict = message_dict
        super().__init__(message_dict)
def full_clean(data):
    errors = {}
    if not data.get('title'):
        errors.setdefault('title', []).append('This field cannot be blank.')
    if len(data.get('isbn', '')) != 13:
        errors.setdefault('isbn', []).append(f"Ensure this value has exactly 13 characters (it has {len(data.get('isbn', ''))}).")
    if errors:
        raise ValidationError(errors)
try:
    full_clean({'title': '', 'isbn': '123'})
except ValidationError as e:
    print(e.message_dict)
    print(e)
full_clean({'title': 'Dune', 'isbn': '9780441013593'})
print('valid')
full_clean({'title': 'x'})
