#!/usr/bin/env python3
# paired.py N CMD...: runs the commands in turn (A B C A B C ...), N rounds
# after one warm-up round, straight through posix_spawn (no shell), output
# to /dev/null; prints per command the median wall and CPU (user+sys from
# wait4) in ms, and per command the median of its per-round ratio to the
# first command's wall time (min-max over the rounds), and of its CPU time.
import os, sys, time, shlex, statistics
n = int(sys.argv[1]); cmds = [shlex.split(c) for c in sys.argv[2:]]
fa = [(os.POSIX_SPAWN_OPEN, 1, '/dev/null', os.O_WRONLY, 0),
      (os.POSIX_SPAWN_OPEN, 2, '/dev/null', os.O_WRONLY, 0)]
def run(argv):
    t = time.perf_counter()
    pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=fa)
    _, st, ru = os.wait4(pid, 0)
    assert os.waitstatus_to_exitcode(st) == 0, argv
    return time.perf_counter() - t, ru.ru_utime + ru.ru_stime
for c in cmds: run(c)
r = [[run(c) for c in cmds] for _ in range(n)]
for i, c in enumerate(cmds):
    w = sorted(x[i][0] for x in r)
    q = [x[i][0]/x[0][0] for x in r]
    print("%-70s wall %6.2f ms (p10 %5.2f p90 %6.2f)  cpu %5.2f ms  /first %.3f (%.3f-%.3f) cpu %.3f" % (
        ' '.join(c)[:70], 1e3*statistics.median(w), 1e3*w[len(w)//10], 1e3*w[len(w)*9//10],
        1e3*statistics.median(x[i][1] for x in r),
        statistics.median(q), min(q), max(q),
        statistics.median(x[i][1]/x[0][1] for x in r)))
