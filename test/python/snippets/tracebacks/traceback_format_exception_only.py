import traceback
try:
    {}['missing']
except KeyError as e:
    print(traceback.format_exception_only(type(e), e))
    print(''.join(traceback.format_exception_only(e)).strip())
