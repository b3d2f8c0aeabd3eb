applied = [('library', '0001_initial'), ('library', '0002_a'), ('library', '0002_b')]
leaves = {}
for app, name in applied:
    number = int(name.split('_')[0])
    leaves.setdefault(app, {}).setdefault(number, []).append(name)
for app, numbers in leaves.items():
    top = max(numbers)
    if len(numbers[top]) > 1:
        names = '; '.join(sorted(numbers[top]))
        print(f"Conflicting migrations detected; multiple leaf nodes in the migration graph: ({names} in {app}).")
        print("To fix them run 'python manage.py makemigrations --merge'")
