#!/bin/sh
# The legacy (non ioctl-encoded) opcodes, forced: the 6.12 kernel still
# accepts them. Smoke: add, fio verify, list, del.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
require_cmd fio
on_exit "$UBLK del -a"
export UBLKD_LEGACY_OPCODES=1

out=$($UBLK add -t mem -n 21 -q 2 --size 32M) || fail "legacy add: $out"
echo "$out"
# The kernel reports CMD_IOCTL_ENCODE on every device whatever opcodes
# created it: the daemon's log says which ones it used.
grep -q "control opcodes legacy" "${UBLKD_RUN_DIR:-/run/ublkd}/ublkb21.log" ||
	fail "daemon log does not say it used the legacy opcodes"
wait_dev /dev/ublkb21 5 || fail "no device"
run_fio --name=v --filename=/dev/ublkb21 --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --size=8M --verify=crc32c \
	--do_verify=1 --verify_fatal=1 || fail "fio verify (legacy)"
$UBLK list -n 21 | grep -q 'state LIVE' || fail "list (legacy)"
$UBLK del -n 21 || fail "del (legacy)"
wait_gone /dev/ublkb21 5 || fail "not gone"

unset UBLKD_LEGACY_OPCODES
$UBLK add -t null -n 22 >/dev/null || fail "ioctl add"
grep -q "control opcodes ioctl" "${UBLKD_RUN_DIR:-/run/ublkd}/ublkb22.log" ||
	fail "daemon log does not say it used the ioctl-encoded opcodes"
pass
