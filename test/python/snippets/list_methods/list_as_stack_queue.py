stack = []
stack.append(1)
stack.append(2)
print(stack.pop(), stack)
from collections import deque
q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q.popleft(), q.pop(), q, len(q))
q.rotate(1)
print(q, list(q))
