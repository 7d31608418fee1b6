#!/usr/bin/env bash
# The README's test command. On a fresh machine, as root, it installs what the tests need
# (Debian packages), brings up the Ganeti lab (idempotent: fast when it is already up) and runs
# every test project with `dotnet test GntTui.sln`. Without root it runs what it can; lab tests then
# say why they did not run (and fail instead when GNTTUI_LAB_REQUIRED=1, as in CI).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" = 0 ]; then
  missing=()
  command -v tmux >/dev/null || missing+=(tmux)
  command -v ssh >/dev/null || missing+=(openssh-client)
  # The loopback sshd of Engine.Tests and Faults.Tests (hostile names, host keys): required in CI.
  [ -x /usr/sbin/sshd ] || missing+=(openssh-server)
  # hcheck/hinfo: the oracle of the N+1 differential test (Engine.Tests), lab or not. The package
  # `ganeti` (tests/lab/up.sh) depends on this one, so the two agree.
  command -v hcheck >/dev/null || missing+=(ganeti-htools-3.0)
  if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  if [ "${GNTTUI_SKIP_LAB:-0}" != 1 ]; then
    bash tests/lab/up.sh
  fi
else
  echo "tests/run.sh: not root: the Ganeti lab cannot be brought up here (lab tests will report why)" >&2
fi

# -m:1: one test project at a time; Lab.Tests and EndToEnd.Tests both drive the one lab cluster.
dotnet test GntTui.sln -m:1 "$@"
