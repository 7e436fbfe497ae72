#!/usr/bin/env bash
# Starts the local PostgreSQL and Redis that the integration tests (and stack mode) use, on 127.0.0.1.
# Installs them from Debian's packages when missing. Idempotent: running it again changes nothing.
# Also Chromium for the web UI's end-to-end suite. With --ci it also installs the tools the CI suites need
# (Prometheus and promtool, pgvector, nginx).
set -euo pipefail

ci=false
[ "${1:-}" = "--ci" ] && ci=true

sudo_() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=false
apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! $apt_updated; then sudo_ apt-get update -qq; apt_updated=true; fi
  echo "services: installing ${missing[*]}"
  sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# PostgreSQL
command -v pg_ctlcluster >/dev/null 2>&1 && [ -n "$(ls /etc/postgresql 2>/dev/null)" ] || apt_install postgresql
pg_version=$(ls /etc/postgresql | sort -V | tail -1)
if $ci; then apt_install "postgresql-${pg_version}-pgvector" || echo "services: pgvector not available for PostgreSQL ${pg_version}"; fi
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  sudo_ pg_ctlcluster --skip-systemctl-redirect "$pg_version" main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.5; done
fi
# Tests connect as postgres over TCP without a password; a fresh Debian install asks for one.
if ! psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1" >/dev/null 2>&1; then
  hba=$(sudo_ -u postgres psql -tAc "show hba_file" 2>/dev/null || su postgres -c "psql -tAc 'show hba_file'")
  sudo_ sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
  sudo_ pg_ctlcluster --skip-systemctl-redirect "$pg_version" main reload
fi
psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1" >/dev/null
echo "services: PostgreSQL ${pg_version} on 127.0.0.1:5432"

# Redis
command -v redis-server >/dev/null 2>&1 || apt_install redis-server
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  mkdir -p /tmp/cv-analyzer-redis
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
    --dir /tmp/cv-analyzer-redis --logfile /tmp/cv-analyzer-redis/redis.log
  for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.2; done
fi
redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null
echo "services: Redis on 127.0.0.1:6379"

# Chromium, headless, for the web UI's end-to-end suite (driven by playwright-core; no browser download)
command -v chromium >/dev/null 2>&1 || apt_install chromium
echo "services: $(chromium --version 2>/dev/null | head -1)"

if $ci; then
  apt_install prometheus prometheus-redis-exporter nginx
  echo "services: $(prometheus --version 2>&1 | head -1)"
fi
