from datetime import date, datetime, timedelta
events = {date(2024, 1, 2): 'b', date(2024, 1, 1): 'a'}
print(events)
print([datetime(2024, 1, 1, h) for h in (0, 12)])
print({'delta': timedelta(minutes=90)})
