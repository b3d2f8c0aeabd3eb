from datetime import datetime, date
dt = datetime(2024, 7, 4, 15, 9, 3)
for fmt in ['%Y-%m-%d', '%d/%m/%y', '%H:%M:%S', '%I:%M %p', '%A %B %d', '%a %b %e', '%j', '%w', '%%', '%Y%m%d_%H%M%S', '%U %W', '%c', '%x', '%X']:
    print(fmt, '->', dt.strftime(fmt))
print(date(2024, 1, 5).strftime('%A, %d. %B %Y'))
