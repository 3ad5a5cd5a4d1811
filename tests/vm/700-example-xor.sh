#!/bin/sh
# The out-of-tree example (examples/ublk-xor.c, built against the staged
# `make install` with pkg-config, running on libublkd.so.0): its device
# serves fio verify, its sectors are stored scrambled, the same key reads
# them back after a restart and another key does not, and `ublk list` /
# `ublk del` manage it like any other device.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
XOR=$UBLKD_ROOT/build/vm-bins/ublk-xor
require_cmd "$XOR" fio
# its rpath names the host's build/stage; where that is hidden (a tree
# under /tmp, which the guest mounts a tmpfs on), the image's copy of it
lib=$(find "$UBLKD_ROOT/build/stage" -name libublkd.so.0 2>/dev/null | head -n 1)
[ -n "$lib" ] && export LD_LIBRARY_PATH=${lib%/*}${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
on_exit "$UBLK del -a"
on_exit "rm -f /tmp/xor.img"
RUN=${UBLKD_RUN_DIR:-/run/ublkd}

dd if=/dev/zero of=/tmp/xor.img bs=1M count=32 2>/dev/null || fail "backing file"
"$XOR" -f /tmp/xor.img -k 0x5eed -q 2 -d 32 -n 20 >/tmp/xor.out 2>&1 ||
	fail "ublk-xor: $(cat /tmp/xor.out)"
grep -q '^dev id 20: /dev/ublkb20$' /tmp/xor.out || fail "ublk-xor printed: $(cat /tmp/xor.out)"
wait_dev /dev/ublkb20 5 || fail "no /dev/ublkb20"
[ "$($BLOCKDEV --getsize64 /dev/ublkb20)" = 33554432 ] || fail "size is not the file's"
$UBLK list -n 20 >/tmp/xor.list 2>&1 || fail "ublk list -n 20: $(cat /tmp/xor.list)"
grep -q '"name":"xor"' /tmp/xor.list && grep -q 'nr_hw_queues 2' /tmp/xor.list ||
	fail "list does not show the xor target with 2 queues: $(cat /tmp/xor.list)"
pid=$(sed -n 's/.*daemon pid \([0-9]*\).*/\1/p' /tmp/xor.list)
[ -n "$pid" ] && kill -0 "$pid" || fail "no live daemon pid in list"

# zeros written to the device are not zeros in the file
dd if=/dev/zero of=/dev/ublkb20 bs=4k count=1 oflag=direct 2>/dev/null || fail "write"
z=$(dd if=/dev/ublkb20 bs=4k count=1 iflag=direct 2>/dev/null | od -An -v | tr -d ' \n')
[ ${#z} -gt 1000 ] && [ -z "$(echo "$z" | tr -d 0)" ] ||
	fail "zeros did not read back as zeros"
raw=$(dd if=/tmp/xor.img bs=4k count=1 2>/dev/null | od -An -v | sort -u | wc -l)
[ "$raw" -gt 100 ] || fail "the file holds the data unscrambled ($raw distinct lines)"

FIO="--name=xor --filename=/dev/ublkb20 --direct=1 --ioengine=psync --size=24M --bsrange=4k-64k --verify=crc32c --verify_state_save=0 --randseed=7"
run_fio $FIO --rw=randwrite --numjobs=1 --iodepth=1 --do_verify=1 ||
	fail "fio write + verify on the xor device"
run_fio $FIO --rw=randwrite --iodepth=1 --verify_only || fail "fio verify_only"

# `ublk del` stops the example's daemon (SIGTERM) and deletes the device
$UBLK del -n 20 || fail "ublk del -n 20"
wait_gone /dev/ublkb20 5 || fail "device still there after del"
n=0
while kill -0 "$pid" 2>/dev/null && [ $n -lt 50 ]; do sleep 0.1; n=$((n + 1)); done
kill -0 "$pid" 2>/dev/null && fail "daemon alive after del"
[ ! -e "$RUN/ublkb20.state" ] || fail "state file left after del"

# the same key in the foreground reads the data back; another key does not
"$XOR" -f /tmp/xor.img -k 0x5eed -n 20 --foreground >/tmp/xor.fg 2>&1 &
fpid=$!
wait_dev /dev/ublkb20 5 || fail "no device in the foreground: $(cat /tmp/xor.fg)"
run_fio $FIO --rw=randwrite --iodepth=1 --verify_only || fail "data lost across a restart"
kill -TERM $fpid
wait $fpid || fail "foreground ublk-xor exit status $? on SIGTERM"
wait_gone /dev/ublkb20 5 || fail "device left after SIGTERM"
"$XOR" -f /tmp/xor.img -k 0x5eee -n 20 >/dev/null 2>&1 || fail "add with another key"
wait_dev /dev/ublkb20 5 || fail "no device (other key)"
run_fio $FIO --rw=randwrite --iodepth=1 --verify_only --verify_fatal=1 >/dev/null 2>&1 &&
	fail "another key verified the data: the key stream does nothing"
$UBLK del -n 20 || fail "del (other key)"

# bad arguments: a message and exit 2, no device
"$XOR" -f /tmp/xor.img -q 0 >/tmp/xor.bad 2>&1
rc=$?
[ $rc = 2 ] && grep -q "invalid -q" /tmp/xor.bad || fail "bad -q: exit $rc: $(cat /tmp/xor.bad)"
"$XOR" -f /nonexistent -n 21 >/tmp/xor.bad 2>&1 && fail "a missing file was accepted"
grep -q "/nonexistent" /tmp/xor.bad || fail "no message for a missing file: $(cat /tmp/xor.bad)"
$UBLK list -n 21 >/dev/null 2>&1 && fail "a failed add left device 21"
pass
