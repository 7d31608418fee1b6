#!/usr/bin/env python3
"""Idle CPU and RSS of the published gnt-tui over minutes (issue 10: no growth over time).

Starts the console in a pseudo-terminal like pty-bench.py, sends a few keys (instances view, 20 j/k,
the failover dialog and Esc), then every 30 s prints RSS, peak RSS and the process's own CPU time
(utime+stime from /proc/PID/stat) as a share of one core since the keys, with the load average.

Usage: bench/scripts/pty-soak.py MINUTES BINARY ARGS...
  e.g. bench/scripts/pty-soak.py 10 /tmp/gnt-tui-pub/gnt-tui --demo --demo-size nodes=1000,instances=20000
"""
import importlib.util
import os
import sys
import time

spec = importlib.util.spec_from_file_location("pty_bench", os.path.join(os.path.dirname(os.path.abspath(__file__)), "pty-bench.py"))
pty_bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pty_bench)


def main():
    minutes = float(sys.argv[1])
    c = pty_bench.Console(sys.argv[2:], 160, 45)
    try:
        while b"Nodes [" not in c.text_since(0):
            if not c.alive:
                sys.exit("the console ended before its first frame")
            time.sleep(0.02)
        time.sleep(5)
        c.settle(quiet=0.5, timeout=30)
        c.key("2")
        c.settle(0.5, 60)
        for n in range(20):
            c.key("j" if n % 2 == 0 else "k")
            c.settle(0.25, 60)
        c.key("f")
        c.settle(0.5, 20)
        c.key("\x1b")
        c.settle(0.5, 20)
        t0, cpu0 = time.monotonic(), c.cpu_seconds()
        last_t, last_cpu = t0, cpu0
        print("after keys", c.memory(), flush=True)
        while time.monotonic() - t0 < minutes * 60:
            time.sleep(30)
            now, cpu = time.monotonic(), c.cpu_seconds()
            m = c.memory()
            print(f"{now - t0:5.0f} s  RSS {m['VmRSS']:>10}  peak {m['VmHWM']:>10}  CPU since keys {100 * (cpu - cpu0) / (now - t0):4.1f} %"
                  f"  last 30 s {100 * (cpu - last_cpu) / (now - last_t):4.1f} %  load {os.getloadavg()[0]:.0f}", flush=True)
            last_t, last_cpu = now, cpu
    finally:
        c.kill()


if __name__ == "__main__":
    main()
