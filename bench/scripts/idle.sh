#!/usr/bin/env bash
# What an idle console costs: bytes written to the terminal and CPU time of the gnt-tui process
# over SECONDS, with nothing happening on the cluster. Run against a quiet cluster (the lab).
# Usage: bench/scripts/idle.sh BINARY SECONDS ARGS...   e.g. bench/scripts/idle.sh /tmp/pub-r2r/gnt-tui 60 --ssh root@cluster.example.com
set -euo pipefail
bin=$1; secs=$2; shift 2
sock=gnt-tui-idle-$$
home=$(mktemp -d)
out=$home/bytes
trap 'tmux -L $sock kill-server 2>/dev/null || true; rm -rf "$home"' EXIT
tmux -L "$sock" -f /dev/null new-session -d -x 160 -y 45 -s idle "env XDG_STATE_HOME=$home/s XDG_CONFIG_HOME=$home/c $bin $*"
until [[ "$(tmux -L "$sock" capture-pane -p -t idle)" == *"Nodes ["* ]]; do sleep 0.05; done
sleep 30  # let start-up work (first refresh, DRBD sampling, tiered re-JIT) settle
pid=$(pgrep -f "^$bin" | head -1)
tick=$(getconf CLK_TCK)
cpu0=$(awk '{print $14+$15}' "/proc/$pid/stat")
tmux -L "$sock" pipe-pane -o -t idle "cat > $out"
sleep "$secs"
tmux -L "$sock" pipe-pane -t idle
cpu1=$(awk '{print $14+$15}' "/proc/$pid/stat")
bytes=$(stat -c %s "$out")
awk -v b="$bytes" -v s="$secs" -v c0="$cpu0" -v c1="$cpu1" -v t="$tick" 'BEGIN {
  printf "over %d s: %d bytes to the terminal (%.1f bytes/s), CPU %.2f s (%.2f%% of one core)\n", s, b, b/s, (c1-c0)/t, 100*(c1-c0)/t/s }'
