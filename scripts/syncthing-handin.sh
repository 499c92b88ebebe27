#!/usr/bin/env bash
# Proof that hand-ins arrive by themselves through a real sync engine: two
# Syncthing instances on this machine play "laptop A" (a facilitator's kit
# with an outbox) and "laptop B" (the organiser's master, running
# `innspill merge MASTER --watch DIR`). They talk over 127.0.0.1 only:
# separate homes, global and local discovery, relays, NAT traversal and usage
# reporting off, GUIs on 127.0.0.1 random ports, each device introduced to the
# other by ID in config.xml. A kit on A gets two new groups and writes a
# hand-in copy to its outbox (`innspill kit KIT --outbox DIR`); Syncthing
# carries it to B; the test passes when B's master has both groups within
# 60 s, and the watch then stops cleanly on SIGINT (exit 0).
#
# Usage: scripts/syncthing-handin.sh [path/to/innspill]
# Exit 77 (CTest: skipped) when syncthing is not installed.
set -euo pipefail
cd "$(dirname "$0")/.."
innspill=$(realpath "${1:-build/src/cli/innspill}")
deadline_seconds=${SYNCTHING_DEADLINE:-60}

if ! command -v syncthing >/dev/null 2>&1; then
  echo "syncthing-handin: SKIPPED: syncthing is not installed (apt-get install syncthing; scripts/setup.sh does)"
  exit 77
fi

work=$(mktemp -d /tmp/innspill-syncthing.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  if [[ ${KEEP:-0} == 1 ]]; then
    echo "syncthing-handin: kept $work"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

export STNODEFAULTFOLDER=1 STNOUPGRADE=1 STNORESTART=1
for side in a b; do
  mkdir -p "$work/$side/sync"
  syncthing generate --home="$work/$side/home" --no-default-folder >"$work/$side/generate.log" 2>&1
done
id_a=$(syncthing serve --home="$work/a/home" --device-id)
id_b=$(syncthing serve --home="$work/b/home" --device-id)
port_a=$(free_port)
port_b=$(free_port)
gui_a=$(free_port)
gui_b=$(free_port)

# One config per side: loopback only, the other device by ID, one shared folder.
configure() {
  python3 - "$@" <<'PY'
import sys
import xml.etree.ElementTree as ET
home, me, port, gui, other, other_port, folder = sys.argv[1:]
path = home + "/config.xml"
tree = ET.parse(path)
root = tree.getroot()
for old in root.findall("folder"):
    root.remove(old)
options = root.find("options")
for old in options.findall("listenAddress"):
    options.remove(old)
ET.SubElement(options, "listenAddress").text = "tcp://127.0.0.1:" + port
for name, value in {"globalAnnounceEnabled": "false", "localAnnounceEnabled": "false",
                    "relaysEnabled": "false", "natEnabled": "false", "urAccepted": "-1",
                    "urSeen": "3", "startBrowser": "false", "crashReportingEnabled": "false",
                    "autoUpgradeIntervalH": "0", "announceLANAddresses": "false"}.items():
    element = options.find(name)
    if element is None:
        element = ET.SubElement(options, name)
    element.text = value
gui_element = root.find("gui")
gui_element.set("tls", "false")
gui_element.find("address").text = "127.0.0.1:" + gui
device = ET.SubElement(root, "device", {"id": other, "name": "other", "compression": "metadata",
                                        "introducer": "false", "skipIntroductionRemovals": "false",
                                        "introducedBy": ""})
ET.SubElement(device, "address").text = "tcp://127.0.0.1:" + other_port
ET.SubElement(device, "paused").text = "false"
ET.SubElement(device, "autoAcceptFolders").text = "false"
shared = ET.SubElement(root, "folder", {"id": "innlevering", "label": "innlevering",
                                        "path": folder, "type": "sendreceive",
                                        "rescanIntervalS": "2", "fsWatcherEnabled": "true",
                                        "fsWatcherDelayS": "1", "ignorePerms": "false",
                                        "autoNormalize": "true"})
for device_id in (me, other):
    ET.SubElement(shared, "device", {"id": device_id, "introducedBy": ""})
ET.SubElement(shared, "minDiskFree", {"unit": "%"}).text = "0"
tree.write(path)
PY
}
configure "$work/a/home" "$id_a" "$port_a" "$gui_a" "$id_b" "$port_b" "$work/a/sync"
configure "$work/b/home" "$id_b" "$port_b" "$gui_b" "$id_a" "$port_a" "$work/b/sync"

for side in a b; do
  gui_var=gui_$side
  syncthing serve --home="$work/$side/home" --no-browser --no-restart --no-upgrade \
    --gui-address="http://127.0.0.1:${!gui_var}" --logfile="$work/$side/syncthing.log" \
    >"$work/$side/serve.log" 2>&1 &
  pids+=($!)
done

# The organiser (B) makes a master and a kit for Kari, who takes it to laptop A.
"$innspill" import-json "$work/b/master.innspill" tests/fixtures/small-event.json >/dev/null
"$innspill" kit "$work/b/master.innspill" -o "$work/a/kari.innspill" --facilitator Kari >/dev/null
groups_before=$("$innspill" stats "$work/b/master.innspill" | awk '$1 == "groups" {print $2}')

# B watches its copy of the shared folder.
"$innspill" merge "$work/b/master.innspill" --watch "$work/b/sync" >"$work/b/watch.out" 2>"$work/b/watch.err" &
watch_pid=$!
pids+=("$watch_pid")

# Kari captures two groups on A and hands in through the outbox.
cat >"$work/a/notes.txt" <<'NOTES'
DAG 1, gruppesesjon 1

1.20 Ny gruppe fra Kari
Initiativtaker: Per Persen
Innspill til strategien:
• Et innspill fra Karis gruppe
• Et til

1.21 Enda en gruppe fra Kari
Initiativtaker: Eva Li
Innspill til strategien:
• Tredje innspill
NOTES
"$innspill" import-notes "$work/a/kari.innspill" "$work/a/notes.txt" >/dev/null
start=$(date +%s.%N)
"$innspill" kit "$work/a/kari.innspill" --outbox "$work/a/sync"

expected=$((groups_before + 2))
groups=$groups_before
while :; do
  groups=$("$innspill" stats "$work/b/master.innspill" | awk '$1 == "groups" {print $2}')
  elapsed=$(python3 -c "import time; print(f'{time.time() - $start:.1f}')")
  if [[ $groups -ge $expected ]]; then
    break
  fi
  if python3 -c "import sys; sys.exit(0 if $elapsed > $deadline_seconds else 1)"; then
    echo "syncthing-handin: FAIL: the master has $groups groups after ${elapsed} s (expected $expected)" >&2
    echo "--- watch output" >&2
    cat "$work/b/watch.out" "$work/b/watch.err" >&2
    echo "--- laptop B's folder" >&2
    ls -la "$work/b/sync" >&2
    exit 1
  fi
  sleep 0.5
done

kill -INT "$watch_pid"
status=0
wait "$watch_pid" || status=$?
cat "$work/b/watch.out"
if [[ $status -ne 0 ]]; then
  echo "syncthing-handin: FAIL: merge --watch exited $status on SIGINT" >&2
  cat "$work/b/watch.err" >&2
  exit 1
fi
grep -q "Kari" "$work/b/watch.out"
"$innspill" check "$work/b/master.innspill" >/dev/null
echo "syncthing-handin: ok: laptop B merged Kari's 2 new groups ${elapsed} s after laptop A wrote the copy (limit ${deadline_seconds} s)"
