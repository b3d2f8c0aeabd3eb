def scale(values, factor):
    return [v * factor for v in values]
def main():
    return scale([1, None], 2)
main()
