#!/bin/sh
# The nbd target against nbdkit memory: over a unix socket (one queue)
# and over TCP via --uri with two queues (memory offers multi-conn: two
# connections), fio crc32c verify on each; the export's flags show on the
# device (write cache from SEND_FLUSH, discard from SEND_TRIM), and
# discard and zero-out reach the server as TRIM and WRITE_ZEROES.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/nbd-lib.inc"
nbd_setup
on_exit "$UBLK del -a"
s=/tmp/nbd600.sock
nl=/tmp/nbd600.log
on_exit "rm -f $nl"
nbdkit_start m1 -U $s --filter=log memory 64M logfile=$nl
nbd_add 60 --unix $s
$UBLK list -n 60 | grep -q '"name":"nbd"' || fail "list does not show the nbd target"
$UBLK list -n 60 | grep -q '"write_op":"SENDMSG"' ||
	fail "the copy path's writes not by SENDMSG"
[ "$(cat /sys/block/ublkb60/size)" = 131072 ] || fail "size $(cat /sys/block/ublkb60/size) sectors, not 64M"
grep -q "write back" /sys/block/ublkb60/queue/write_cache ||
	fail "no write cache (the export has SEND_FLUSH)"
[ "$(cat /sys/block/ublkb60/queue/discard_max_bytes)" -gt 0 ] ||
	fail "no discard (the export has SEND_TRIM)"
nbd_verify /dev/ublkb60 16M
$BLKDISCARD -o 0 -l 1M /dev/ublkb60 || fail "blkdiscard"
grep -q " Trim " $nl || fail "discard sent no NBD_CMD_TRIM"
$BLKDISCARD -z -o 1M -l 1M /dev/ublkb60 || fail "blkdiscard -z"
grep -q " Zero " $nl || fail "zero-out sent no NBD_CMD_WRITE_ZEROES"
[ "$(dd if=/dev/ublkb60 bs=1M skip=1 count=1 iflag=direct 2>/dev/null | tr -d '\0' | wc -c)" = 0 ] ||
	fail "zeroed range does not read back as zeroes"
nbd_del 60
info "unix socket ok"

nbdkit_start m2 -i 127.0.0.1 -p 10809 memory 64M
nbd_add 61 --uri nbd://127.0.0.1:10809/ -q 2
$UBLK list -n 61 | grep -q '"connections":2' || {
	$UBLK list -n 61
	fail "not two connections with -q 2"
}
nbd_verify /dev/ublkb61 8M --numjobs=2 --offset_increment=16M
nbd_del 61
pass
