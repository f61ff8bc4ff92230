#!/usr/bin/env bash
# Starts a throw-away InfluxDB 1.x on 127.0.0.1 and a free port; prints its URL on stdout.
#   .ci/influxd.sh start DIR   -> data, meta, wal, config and pid under DIR; URL printed
#   .ci/influxd.sh stop DIR
# Installs Debian's influxdb package when influxd is missing (needs root, as on CI).
# INFLUXD_AUTH=true starts it with authentication on (create the first admin user through /query).
set -euo pipefail
cmd=${1:?usage: influxd.sh start|stop DIR}
dir=${2:?usage: influxd.sh start|stop DIR}

install_influxd() {
  command -v influxd >/dev/null 2>&1 && return 0
  echo "influxd not found; installing Debian's influxdb package" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq influxdb >&2
  # the package may start a system service on 8086; this script runs its own server
  (command -v systemctl >/dev/null && systemctl stop influxdb) >/dev/null 2>&1 || true
  command -v influxd >/dev/null 2>&1 || { echo "influxd still not found after installing influxdb" >&2; exit 1; }
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

case "$cmd" in
  start)
    install_influxd
    mkdir -p "$dir"/{data,meta,wal}
    port=$(free_port)
    cat > "$dir/influxdb.conf" <<CONF
reporting-disabled = true
bind-address = "127.0.0.1:$(free_port)"
[meta]
  dir = "$dir/meta"
[data]
  dir = "$dir/data"
  wal-dir = "$dir/wal"
  query-log-enabled = false
[http]
  enabled = true
  bind-address = "127.0.0.1:$port"
  log-enabled = false
  max-body-size = 0
  auth-enabled = ${INFLUXD_AUTH:-false}
[monitor]
  store-enabled = false
[continuous_queries]
  enabled = false
CONF
    influxd -config "$dir/influxdb.conf" > "$dir/influxd.log" 2>&1 &
    echo $! > "$dir/influxd.pid"
    for _ in $(seq 1 100); do
      if curl -fs -o /dev/null "http://127.0.0.1:$port/ping" 2>/dev/null; then
        echo "http://127.0.0.1:$port"
        exit 0
      fi
      sleep 0.2
    done
    echo "influxd did not answer /ping on port $port within 20 s; log:" >&2
    tail -20 "$dir/influxd.log" >&2
    exit 1
    ;;
  stop)
    if [ -f "$dir/influxd.pid" ]; then
      kill "$(cat "$dir/influxd.pid")" 2>/dev/null || true
      rm -f "$dir/influxd.pid"
    fi
    ;;
  *) echo "usage: influxd.sh start|stop DIR" >&2; exit 2 ;;
esac
