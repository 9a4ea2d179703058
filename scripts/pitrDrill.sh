#!/usr/bin/env bash
# Point-in-time recovery, rehearsed on a throwaway PostgreSQL cluster (docs/deploy.md § 5): WAL
# archiving on, a base backup (pg_basebackup -Ft -z -Xs), good writes, a noted moment, a bad
# delete; then the base backup is restored with restore_command + recovery_target_time and must
# come back promoted with the good rows and without the delete.
#   bash scripts/pitrDrill.sh        (Debian's postgresql; as root it runs the server as `postgres`)
set -euo pipefail
B=${PG_BIN_DIR:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
D=$(mktemp -d /tmp/yingjiang-pitr-XXXX); chmod 755 "$D"
trap 'rm -rf "$D"' EXIT
if [ "$(id -u)" = 0 ]; then R="runuser -u postgres --"; OWN="-o postgres -g postgres"; else R=""; OWN=""; fi
install -d $OWN -m 700 "$D/data" "$D/wal" "$D/base" "$D/restored" "$D/sock"
$R "$B/initdb" -D "$D/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
PORT=$(( 40000 + RANDOM % 20000 ))
cat >> "$D/data/postgresql.conf" <<CONF
port = $PORT
unix_socket_directories = '$D/sock'
listen_addresses = '127.0.0.1'
wal_level = replica
archive_mode = on
archive_timeout = 60
archive_command = 'test ! -f $D/wal/%f && cp %p $D/wal/%f'
CONF
$R "$B/pg_ctl" -D "$D/data" -l "$D/data/server.log" -w start >/dev/null
P="$R $B/psql -h 127.0.0.1 -p $PORT -U postgres -qAt"
stop() { $R "$B/pg_ctl" -D "$1" -m fast -w stop >/dev/null 2>&1 || true; }
trap 'stop "$D/data"; stop "$D/restored"; rm -rf "$D"' EXIT

$P -c "create table t (id int primary key, note text)"
$P -c "insert into t select g, 'before the base backup' from generate_series(1, 100) g"
$R "$B/pg_basebackup" -h 127.0.0.1 -p $PORT -U postgres -D "$D/base/b1" -Ft -z -Xs -c fast
$P -c "insert into t select g, 'after the base backup, good' from generate_series(101, 200) g"
sleep 1; TARGET=$($P -c "select now()"); sleep 1
$P -c "delete from t where id > 50"          # the mistake
$P -c "select pg_switch_wal()" >/dev/null; sleep 2
echo "recover to $TARGET; rows after the mistake: $($P -c 'select count(*) from t')"
stop "$D/data"

$R tar -xzf "$D/base/b1/base.tar.gz" -C "$D/restored"
$R tar -xzf "$D/base/b1/pg_wal.tar.gz" -C "$D/restored/pg_wal"
cat >> "$D/restored/postgresql.conf" <<CONF
archive_mode = off
restore_command = 'cp $D/wal/%f %p'
recovery_target_time = '$TARGET'
recovery_target_action = 'promote'
CONF
$R touch "$D/restored/recovery.signal"
started=$(date +%s%N)
$R "$B/pg_ctl" -D "$D/restored" -l "$D/restored/server.log" -w start >/dev/null
# pg_ctl returns once connections are accepted; the replay and the promotion finish after.
for _ in $(seq 1 60); do [ "$($P -c 'select pg_is_in_recovery()')" = f ] && break; sleep 0.5; done
rows=$($P -c 'select count(*) from t')
echo "recovered in $(( ($(date +%s%N) - started) / 1000000 )) ms: $rows rows, in recovery: $($P -c 'select pg_is_in_recovery()')"
[ "$rows" = 200 ] && $P -c "insert into t values (1000, 'writable again')" && echo "PITR drill passed"
