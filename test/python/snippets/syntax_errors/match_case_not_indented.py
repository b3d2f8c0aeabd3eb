command = 'go'
match command:
case 'go':
    pass
