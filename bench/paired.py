#!/usr/bin/env python3
# paired.py N CMD...: runs the commands in turn (A B C A B C ...), N rounds
# after one warm-up round, straight through posix_spawn (no shell), output
# to /dev/null; prints per command the median wall and CPU (user+sys from
# wait4) in ms, and per command the median of its per-round ratio to the
# first command's wall time (min-max over the rounds), and of its CPU time.
# The fastest wall time of each command (min) is what load adds least to.
# On Linux it also counts the CPU time other processes took during each
# round (/proc/stat's busy time less the commands' own) and prints the
# same ratios over the "quiet" rounds, where the others took less than a
# tenth of one core: on a shared machine, what the commands do when the
# cores are theirs.
import os, sys, time, shlex, statistics
n = int(sys.argv[1]); cmds = [shlex.split(c) for c in sys.argv[2:]]
fa = [(os.POSIX_SPAWN_OPEN, 1, '/dev/null', os.O_WRONLY, 0),
      (os.POSIX_SPAWN_OPEN, 2, '/dev/null', os.O_WRONLY, 0)]
hz = os.sysconf('SC_CLK_TCK')
def busy():  # seconds of CPU the whole machine has spent busy, or None
    try:
        with open('/proc/stat') as f:
            v = [int(x) for x in f.readline().split()[1:]]
    except OSError:
        return None
    return (sum(v) - v[3] - v[4]) / hz  # less idle and iowait
def run(argv):
    b = busy()
    t = time.perf_counter()
    pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=fa)
    _, st, ru = os.wait4(pid, 0)
    assert os.waitstatus_to_exitcode(st) == 0, argv
    w, cpu = time.perf_counter() - t, ru.ru_utime + ru.ru_stime
    other = busy() - b - cpu if b is not None else 0.0
    return w, cpu, other
for c in cmds: run(c)
r = [[run(c) for c in cmds] for _ in range(n)]
quiet = [x for x in r if sum(y[2] for y in x) < 0.1 * sum(y[0] for y in x)]
def show(rounds, i):
    q = [x[i][0]/x[0][0] for x in rounds]
    return "/first %.3f (%.3f-%.3f) cpu %.3f" % (
        statistics.median(q), min(q), max(q),
        statistics.median(x[i][1]/x[0][1] for x in rounds))
for i, c in enumerate(cmds):
    w = sorted(x[i][0] for x in r)
    print("%-70s wall %6.2f ms (min %5.2f p10 %5.2f p90 %6.2f)  cpu %5.2f ms  %s" % (
        ' '.join(c)[:70], 1e3*statistics.median(w), 1e3*w[0], 1e3*w[len(w)//10], 1e3*w[len(w)*9//10],
        1e3*statistics.median(x[i][1] for x in r), show(r, i)))
print("quiet rounds (others took < 0.1 core): %d of %d" % (len(quiet), n))
for i, c in enumerate(cmds):
    if quiet and i:
        print("%-70s quiet: wall %6.2f ms  %s" % (' '.join(c)[:70],
              1e3*statistics.median(x[i][0] for x in quiet), show(quiet, i)))
