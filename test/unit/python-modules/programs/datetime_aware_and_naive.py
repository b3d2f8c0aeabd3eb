from datetime import date, datetime, time, timedelta, timezone
utc = timezone.utc
cet = timezone(timedelta(hours=1), 'CET')
moment = datetime(2024, 3, 31, 1, 30, tzinfo=utc)
print(moment, repr(moment), moment.astimezone(cet), repr(moment.astimezone(cet)), moment.astimezone(cet).tzname())
print(moment == moment.astimezone(cet), moment - datetime(2024, 3, 30, tzinfo=cet), moment.timestamp())
naive = datetime(2024, 3, 31, 1, 30)
for op in ('<', '-'):
    try:
        print(naive < moment if op == '<' else naive - moment)
    except TypeError as e:
        print(e)
print(naive == moment, naive.replace(tzinfo=utc) == moment, hash(naive.replace(tzinfo=utc)) == hash(moment))
print(datetime.fromisoformat('2024-03-31T01:30:00+01:00'), datetime.fromisoformat('2024-03-31T01:30:00Z'), date.fromisoformat('20240331'))
print(moment.strftime('%Y-%m-%dT%H:%M:%S%z %Z %a %j'), format(moment, '%d.%m.%Y'), moment.isoformat(timespec='minutes'))
print(timedelta(days=1, hours=25, minutes=-30), timedelta(seconds=-1), repr(timedelta(weeks=1, microseconds=5)), timedelta(hours=1) * 2.5)
print(datetime(2024, 2, 28) + timedelta(days=1), date(2024, 12, 31).isocalendar(), date(2024, 1, 1).weekday(), time(23, 59, 59, 999999))
print(datetime.combine(date(2024, 1, 1), time(12, tzinfo=cet)).isoformat(), datetime(2024, 1, 1, tzinfo=cet).utcoffset())
try:
    datetime(2024, 2, 30)
except ValueError as e:
    print(e)
try:
    timezone(timedelta(hours=24))
except ValueError as e:
    print(e)
print(sorted([datetime(2024, 1, 2), datetime(2024, 1, 1, 23)]), min(date(2024, 5, 1), date(2023, 5, 1)))
