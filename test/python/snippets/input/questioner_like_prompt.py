def ask_not_null_addition(field_name, model_name):
    print(f"It is impossible to add a non-nullable field '{field_name}' to {model_name} without specifying a default. This is because the database needs something to populate existing rows.")
    print('Please select a fix:')
    print(' 1) Provide a one-off default now (will be set on all existing rows with a null value for this column)')
    print(' 2) Quit and manually define a default value in models.py.')
    while True:
        choice = input('Select an option: ')
        if choice in ('1', '2'):
            return int(choice)
        print('Please select a valid option: ', end='')
        print()
choice = ask_not_null_addition('isbn', 'book')
print('chosen', choice)
default = input('>>> ')
import datetime
value = eval(default, {'datetime': datetime})
print(repr(value))
