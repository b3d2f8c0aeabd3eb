from datetime import date, timedelta
start = date(2024, 2, 26)
days = [start + timedelta(days=i) for i in range(7)]
print([d.isoformat() for d in days])
print([d.strftime('%a') for d in days])
print(date(2024, 12, 30).isocalendar(), tuple(date(2021, 1, 1).isocalendar()))
print((date(2025, 1, 1) - date(2024, 1, 1)).days)
