tags = {'django', 'python', 'orm', 'sql'}
print(sorted(tags), len(tags), 'orm' in tags)
tags -= {'sql'}
print(sorted(tags))
