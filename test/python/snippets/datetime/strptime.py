from datetime import datetime
print(datetime.strptime('2024-03-05 14:30', '%Y-%m-%d %H:%M'))
print(datetime.strptime('05/03/24', '%d/%m/%y'))
print(datetime.strptime('March 5, 2024', '%B %d, %Y').date())
try:
    datetime.strptime('2024-13-01', '%Y-%m-%d')
except ValueError as e:
    print(e)
