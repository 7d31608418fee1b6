#!/bin/bash
# capture-submit.sh [OUTDIR]
#   Runs every mutating argv the Engine sends (and Ganeti's refusals and no-TTY prompts) against
#   the lab over plain ssh, exactly as OpenSshShell does (one quoted command line, no TTY), and
#   writes one fixture per case: the argv, the exit code, stdout and stderr, and the submitted
#   job's final status. Starts and ends with tests/lab/reset.sh. Re-run after a Ganeti upgrade.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/../Engine.Tests/Fixtures/ganeti/submit}
mkdir -p "$out"
T=root@cluster.example.com

rsh() { ssh -o BatchMode=yes "$T" "$1"; }

idle() {
  for _ in $(seq 1 240); do
    if ! rsh 'gnt-job list --no-headers -o status' | grep -qE 'queued|waiting|running|canceling'; then return 0; fi
    sleep 0.5
  done
  echo "jobs still pending" >&2; return 1
}

# cap NAME ARGV... : run, record, wait for the job(s) it started.
cap() {
  local name=$1; shift
  local cmd; cmd=$(printf '%q ' "$@"); cmd=${cmd% }
  local so se rc=0
  so=$(mktemp); se=$(mktemp)
  ssh -o BatchMode=yes "$T" "$cmd" >"$so" 2>"$se" || rc=$?
  idle
  local ids; ids=$( (grep -ohE '^(JobID: )?[0-9]+' "$so" "$se" || true) | (grep -oE '[0-9]+' || true) | sort -un | tr '\n' ' ')
  {
    echo "# argv: $*"
    echo "# exit: $rc"
    for id in $ids; do echo "# job $id: $(rsh "gnt-job list --no-headers -o status $id")"; done
    echo "--- stdout"
    cat "$so"
    echo "--- stderr"
    cat "$se"
  } >"$out/$name.txt"
  rm -f "$so" "$se"
  echo "$name: exit $rc, jobs: $ids"
}

I1=inst1.example.com; I2=inst2.example.com; I3=inst3.example.com; I4=inst4.example.com
N1=node1.example.com; N2=node2.example.com; N3=node3.example.com; NX=nosuch.example.com

bash "$here/reset.sh" >/dev/null
cap instance-startup-running      gnt-instance startup --submit $I4
cap instance-shutdown             gnt-instance shutdown --submit --reason "lab capture" $I4
cap instance-shutdown-stopped     gnt-instance shutdown --submit $I4
cap instance-reboot-stopped       gnt-instance reboot --submit -t soft $I4
cap instance-startup              gnt-instance startup --submit $I4
cap instance-reboot               gnt-instance reboot --submit -t soft $I4
cap instance-reboot-hard          gnt-instance reboot --submit -t hard $I4
cap instance-shutdown-timeout     gnt-instance shutdown --submit --timeout 30 $I4
cap instance-startup-after        gnt-instance startup --submit $I4
cap instance-startup-unknown      gnt-instance startup --submit $NX
cap instance-shutdown-unknown     gnt-instance shutdown --submit $NX
cap instance-reboot-unknown       gnt-instance reboot --submit -t soft $NX
cap instance-migrate              gnt-instance migrate -f --submit -n $N3 $I1
cap instance-migrate-non-live     gnt-instance migrate -f --submit --non-live -n $N1 $I1
cap instance-migrate-cleanup      gnt-instance migrate -f --submit --cleanup $I1
cap instance-migrate-iallocator   gnt-instance migrate -f --submit -I hail $I3
cap instance-migrate-file         gnt-instance migrate -f --submit $I2
cap instance-migrate-unknown      gnt-instance migrate -f --submit $NX
cap instance-migrate-no-force     gnt-instance migrate --submit $I1
cap instance-failover             gnt-instance failover -f --submit -n $N2 $I1
cap instance-failover-file        gnt-instance failover -f --submit $I2
cap instance-failover-ignore-consistency-no-tty gnt-instance failover -f --submit --ignore-consistency $I1
cap instance-failover-no-force    gnt-instance failover --submit $I1
cap instance-replace-disks-auto   gnt-instance replace-disks --submit -a $I2
cap instance-replace-disks-primary gnt-instance replace-disks --submit -p $I2
cap instance-replace-disks-secondary gnt-instance replace-disks --submit -s $I2
cap instance-replace-disks-new-secondary gnt-instance replace-disks --submit -n $N3 $I2
cap instance-replace-disks-iallocator gnt-instance replace-disks --submit -I hail $I2
cap instance-activate-disks       gnt-instance activate-disks --submit $I2
cap instance-activate-disks-diskless gnt-instance activate-disks --submit $I4
cap instance-activate-disks-unknown gnt-instance activate-disks --submit $NX
bash "$here/reset.sh" >/dev/null
cap node-drain                    gnt-node modify -f --submit --drained yes $N3
cap node-undrain                  gnt-node modify -f --submit --drained no $N3
cap node-drain-unknown            gnt-node modify -f --submit --drained yes $NX
cap node-master-candidate-off     gnt-node modify -f --submit -C no $N3
cap node-master-candidate-on      gnt-node modify -f --submit -C yes $N3
cap node-master-candidate-off-master gnt-node modify -f --submit -C no $N1
cap node-offline                  gnt-node modify -f --submit -O yes $N3
cap node-online-no-force          gnt-node modify --submit -O no $N3
cap node-online                   gnt-node modify -f --submit -O no $N3
bash "$here/reset.sh" >/dev/null
cap node-migrate                  gnt-node migrate -f --submit $N3
cap node-migrate-non-live         gnt-node migrate -f --submit --non-live $N1
cap node-migrate-nothing          gnt-node migrate -f --submit $N1
cap node-migrate-unknown          gnt-node migrate -f --submit $NX
bash "$here/reset.sh" >/dev/null
cap node-evacuate-primary         gnt-node evacuate -f --submit -p $N1
cap node-evacuate-secondary       gnt-node evacuate -f --submit -s $N1
cap node-evacuate-unknown         gnt-node evacuate -f --submit -p $NX
bash "$here/reset.sh" >/dev/null
# A job that waits for a node lock held by a delay: the one thing `gnt-job cancel` can cancel.
ssh -o BatchMode=yes "$T" "gnt-debug delay --submit -n $N1 6" >/dev/null 2>&1
waiting=$(ssh -o BatchMode=yes "$T" "gnt-debug delay --submit -n $N1 1" 2>&1 | grep -oE '[0-9]+')
sleep 1
cap job-cancel-waiting            gnt-job cancel $waiting
last=$(rsh 'gnt-job list --no-headers -o id' | tail -1)
cap job-cancel-finished           gnt-job cancel $last
cap job-cancel-unknown            gnt-job cancel 999999
rate=$(rsh 'gnt-cluster info' | awk '/resync-rate:/ {print $2; exit}')
cap cluster-resync-rate           gnt-cluster modify --submit -D drbd:resync-rate=$rate
cap cluster-verify                gnt-cluster verify --error-codes
cap cluster-verify-ignore         gnt-cluster verify --error-codes --ignore-errors=ENODESETUP
bash "$here/reset.sh" >/dev/null
