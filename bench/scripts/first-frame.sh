#!/usr/bin/env bash
# Time from process start to the first frame the user sees (the nodes table), for a published
# build, measured from outside as a person would: gnt-tui runs in tmux and the screen is polled
# every 5 ms until the table is there. Usage: bench/scripts/first-frame.sh PUBLISHED_BINARY [RUNS] [ARGS...]
set -euo pipefail
bin=$1; runs=${2:-10}; shift 2 || true
args=${*:---demo}
sock=gnt-tui-ff-$$
home=$(mktemp -d)
trap 'tmux -L $sock kill-server 2>/dev/null || true; rm -rf "$home"' EXIT
times=()
for i in $(seq "$runs"); do
  tmux -L "$sock" -f /dev/null new-session -d -x 160 -y 45 -s ff "sleep 3600"
  start=$(date +%s%N)
  tmux -L "$sock" respawn-pane -k -t ff "env XDG_STATE_HOME=$home/s XDG_CONFIG_HOME=$home/c $bin $args"
  until [[ "$(tmux -L "$sock" capture-pane -p -t ff)" == *"Nodes ["* ]]; do sleep 0.005; done
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
  tmux -L "$sock" kill-server; sleep 0.3
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "runs %d  min %d ms  median %d ms  max %d ms\n", NR, a[1], a[int((NR+1)/2)], a[NR]}'
