def run(code):
    exec(code)
run("x = 1\ny = x / 0")
