#!/usr/bin/env python3
"""The whole console as a user runs it: the published gnt-tui in a pseudo-terminal (160x45), keys
sent, bytes and times read back. Reports key -> screen p50/p95 (j), view switch (2, 1), dialog open
(f, m on an instance), resize, idle CPU, RSS, bytes per key, bytes per one-row change and the time q
takes to end the process.

A one-row change is caused the way an operator would: s then y on the 11th instance by name (away
from the instances the demo's own jobs hold, whose locks would keep the job waiting) shuts it down
(or starts it); the demo runs the job, and the refresh after it changes that one row's
status. The frame that shows it is the burst holding the new status text; its bytes are reported
(it also carries the header's "updated" age, reset by the refresh). Then the instance is put back.

A response is the first burst of output after the key (bytes closer than GAP to each other); its
end is when the screen has settled for that key. The header clock repaints once a second, so a
single sample can absorb a tick (~90 bytes); the percentiles over many samples are what to read.

Usage: bench/scripts/pty-bench.py BINARY [--idle SECONDS] [--samples N] -- ARGS...
  e.g. bench/scripts/pty-bench.py /tmp/gnt-tui-pub/gnt-tui -- --demo --demo-size nodes=1000,instances=20000
"""
import argparse
import fcntl
import os
import pty
import select
import signal
import struct
import sys
import tempfile
import termios
import threading
import time

GAP = 0.06        # bytes closer than this belong to one frame burst
TIMEOUT = 30.0    # a key that gets no answer within this is reported as a timeout


class Console:
    def __init__(self, argv, cols, rows):
        self.chunks = []  # (monotonic time, bytes)
        self.lock = threading.Lock()
        home = tempfile.mkdtemp(prefix="gnt-bench-")
        env = dict(os.environ, TERM="xterm-256color", XDG_STATE_HOME=home + "/s", XDG_CONFIG_HOME=home + "/c")
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execve(argv[0], argv, env)
        self.set_size(cols, rows)
        self.alive = True
        threading.Thread(target=self._read, daemon=True).start()

    def set_size(self, cols, rows):
        # TIOCSWINSZ on the master makes the kernel send SIGWINCH to the console, as a terminal would.
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))

    def _read(self):
        while True:
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                break
            if not data:
                break
            with self.lock:
                self.chunks.append((time.monotonic(), data))
        self.alive = False

    def mark(self):
        with self.lock:
            return len(self.chunks)

    def send(self, keys):
        os.write(self.fd, keys.encode() if isinstance(keys, str) else keys)

    def response(self, start_index, t0, timeout=TIMEOUT):
        """Seconds from t0 to the end of the first output burst after start_index, and its bytes."""
        deadline = t0 + timeout
        while time.monotonic() < deadline:
            with self.lock:
                got = self.chunks[start_index:]
            if got:
                last = got[0][0]
                n = 0
                for t, d in got:
                    if t - last > GAP:
                        break
                    last = t
                    n += len(d)
                else:
                    if time.monotonic() - last <= GAP:
                        time.sleep(0.01)
                        continue
                return last - t0, n
            time.sleep(0.005)
        return None, 0

    def key(self, keys, timeout=TIMEOUT):
        i = self.mark()
        t0 = time.monotonic()
        self.send(keys)
        return self.response(i, t0, timeout)

    def settle(self, quiet=0.5, timeout=300.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                last = self.chunks[-1][0] if self.chunks else 0
            if self.chunks and time.monotonic() - last >= quiet:
                return True
            time.sleep(0.02)
        return False

    def text_since(self, index):
        with self.lock:
            return b"".join(d for _, d in self.chunks[index:])

    def cpu_seconds(self):
        with open(f"/proc/{self.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def memory(self):
        values = {}
        with open(f"/proc/{self.pid}/status") as f:
            for line in f:
                if line.startswith(("VmRSS", "VmHWM", "Threads")):
                    k, v = line.split(":", 1)
                    values[k] = v.strip()
        return values

    def wait_exit(self, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return True
            time.sleep(0.01)
        return False

    def kill(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass


def pct(values, p):
    values = sorted(v for v in values if v is not None)
    if not values:
        return None
    k = min(len(values) - 1, int(round(p / 100.0 * (len(values) - 1))))
    return values[k]


def ms(v):
    return "timeout" if v is None else f"{v * 1000:.0f} ms"


def report(name, samples):
    timeouts = sum(1 for s in samples if s is None)
    extra = f" ({timeouts} timed out)" if timeouts else ""
    print(f"{name:<28} p50 {ms(pct(samples, 50)):>9}  p95 {ms(pct(samples, 95)):>9}  max {ms(pct(samples, 100)):>9}  n={len(samples)}{extra}", flush=True)


def one_row_change(c, status, timeout):
    """s, y on the selected instance; the bytes of the first frame after that shows `status`."""
    c.key("s", timeout=timeout)
    c.settle(quiet=0.5, timeout=timeout)
    c.key("y", timeout=timeout)
    # The dialog's closing frame repaints the rows it covered (statuses among them): not the change.
    c.settle(quiet=0.3, timeout=timeout)
    start = c.mark()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with c.lock:
            got = list(c.chunks[start:])
        # Split what came after the confirmation into frame bursts; the first that holds the new status is the change.
        bursts, current, last = [], b"", None
        for t, d in got:
            if last is not None and t - last > GAP:
                bursts.append(current)
                current = b""
            current += d
            last = t
        if last is not None and time.monotonic() - last > GAP:
            bursts.append(current)
        for burst in bursts:
            if status in burst:
                c.settle(quiet=0.5, timeout=30)
                return len(burst)
        time.sleep(0.05)
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--idle", type=float, default=30.0)
    ap.add_argument("--samples", type=int, default=40)
    ap.add_argument("--cols", type=int, default=160)
    ap.add_argument("--rows", type=int, default=45)
    ap.add_argument("--dialog-timeout", type=float, default=20.0)
    ap.add_argument("--row-changes", type=int, default=4, help="shutdowns/startups of the first instance, for bytes per one-row change")
    argv = sys.argv[1:]
    rest = argv[argv.index("--") + 1:] if "--" in argv else []
    a = ap.parse_args(argv[:argv.index("--")] if "--" in argv else argv)
    a.args = rest

    t_start = time.monotonic()
    c = Console([a.binary] + a.args, a.cols, a.rows)
    try:
        while b"Nodes [" not in c.text_since(0):
            if not c.alive:
                sys.exit("the console ended before its first frame")
            time.sleep(0.02)
        print(f"start-up until the nodes table {time.monotonic() - t_start:.1f} s", flush=True)
        time.sleep(5)  # let the first refresh and sampling settle
        c.settle(quiet=0.5, timeout=30)
        print(f"after start: {c.memory()}", flush=True)

        t0 = c.cpu_seconds()
        w0 = time.monotonic()
        i0 = c.mark()
        time.sleep(a.idle)
        idle_cpu = (c.cpu_seconds() - t0) / (time.monotonic() - w0)
        idle_bytes = len(c.text_since(i0))
        print(f"idle over {a.idle:.0f} s: {100 * idle_cpu:.1f} % of one core, {idle_bytes} bytes to the terminal", flush=True)

        c.key("2")
        c.settle(quiet=0.5, timeout=60)
        js, jbytes = [], []
        for n in range(a.samples):
            t, b = c.key("j" if n % 2 == 0 else "k")
            js.append(t)
            jbytes.append(b)
            c.settle(quiet=0.25, timeout=60)
        report("key j/k -> screen", js)
        print(f"{'bytes per key':<28} p50 {pct(jbytes, 50)} B", flush=True)

        switches = []
        for n in range(6):
            t, _ = c.key("1" if n % 2 == 0 else "2", timeout=60)
            switches.append(t)
            c.settle(quiet=0.5, timeout=60)
        report("view switch 1/2", switches)

        resizes = []
        for n in range(6):
            i = c.mark()
            t0r = time.monotonic()
            c.set_size(120, 40) if n % 2 == 0 else c.set_size(a.cols, a.rows)
            t, _ = c.response(i, t0r, timeout=60)
            resizes.append(t)
            c.settle(quiet=0.5, timeout=60)
        report("resize", resizes)

        for key, name in (("f", "failover"), ("m", "migrate")):
            opens = []
            for _ in range(3):
                t, _ = c.key(key, timeout=a.dialog_timeout)
                opens.append(t)
                if t is None:
                    break
                c.settle(quiet=0.5, timeout=a.dialog_timeout)
                c.key("\x1b")
                c.settle(quiet=0.5, timeout=60)
            report(f"dialog open ({key}, {name})", opens)
            if opens[-1] is None:
                c.send("\x1b")
                break

        changes = []
        for _ in range(10):
            c.key("j")
            c.settle(quiet=0.25, timeout=60)
        for n in range(a.row_changes):
            target = b"ADMIN_down" if n % 2 == 0 else b"running"
            size = one_row_change(c, target, a.dialog_timeout)
            changes.append(size)
            if size is None:
                break
        sizes = [s for s in changes if s is not None]
        print(f"{'bytes per one-row change':<28} p50 {pct(sizes, 50)} B  max {pct(sizes, 100)} B  n={len(sizes)}"
              + ("" if len(sizes) == len(changes) else " (a change never showed)"), flush=True)

        print(f"after keys: {c.memory()}", flush=True)
        t0q = time.monotonic()
        c.send("q")
        if c.wait_exit(10):
            print(f"q -> process ended in {ms(time.monotonic() - t0q)}", flush=True)
        else:
            print("q -> still running after 10 s", flush=True)
            t0s = time.monotonic()
            os.kill(c.pid, signal.SIGTERM)
            print("SIGTERM -> " + (f"ended in {ms(time.monotonic() - t0s)}" if c.wait_exit(10) else "still running after 10 s; killed"), flush=True)
    finally:
        c.kill()


if __name__ == "__main__":
    main()
