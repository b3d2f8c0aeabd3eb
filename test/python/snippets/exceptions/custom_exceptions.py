class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f'{field}: {message}')
        self.field = field
try:
    raise ValidationError('email', 'invalid address')
except AppError as e:
    print(type(e).__name__, e, e.field, e.args)
print(issubclass(ValidationError, Exception), isinstance(ValidationError('a', 'b'), AppError))
