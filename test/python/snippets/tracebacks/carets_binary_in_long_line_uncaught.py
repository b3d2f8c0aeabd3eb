width, height, depth = 10, 20, None
volume = width * height * depth
