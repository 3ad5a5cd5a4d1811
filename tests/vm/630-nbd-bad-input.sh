#!/bin/sh
# Bad input to `ublk add -t nbd`: each a clear message, exit != 0, no
# device left. Missing or contradictory options, bad URI and port, a
# refused connection, a missing unix socket, an unreachable host, an
# unknown export, -q 2 on a server without multi-conn, and a server that
# hangs up in the middle of the handshake.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/nbd-lib.inc"
nbd_setup
on_exit "$UBLK del -a"

refused() {	# PATTERN ARGS...
	_pat=$1
	shift
	_out=$($UBLK add -t nbd -n 66 "$@" 2>&1) && fail "add $* succeeded"
	echo "$_out" | grep -qi -- "$_pat" || {
		echo "$_out"
		fail "add $*: no message matching '$_pat'"
	}
	[ -e /dev/ublkb66 ] && fail "add $*: /dev/ublkb66 left"
	$UBLK list -n 66 >/dev/null 2>&1 && fail "add $*: device 66 left"
	info "$* -> $(echo "$_out" | tail -n 1)"
}

refused "needs the server"
refused "give one" --host 127.0.0.1 --unix /tmp/x.sock
refused "not an NBD URI" --uri http://127.0.0.1/x
refused "no --host" --uri nbd://127.0.0.1/x --export_name y
refused "invalid port" --host 127.0.0.1 --port 0
refused "invalid reconnect_s" --host 127.0.0.1 --reconnect_s -1
refused "refused" --host 127.0.0.1 --port 10899
refused "no such file" --unix /tmp/nbd630-none.sock
refused "cannot connect" --host 192.0.2.1 --port 10809

nbdkit_start e1 -U /tmp/nbd630.sock --filter=exportname memory 1M \
	exportname-strict=true exportname=good
refused "no such export" --unix /tmp/nbd630.sock --export_name bad
nbd_add 66 --unix /tmp/nbd630.sock --export_name good
nbd_del 66

nbdkit_start e2 -U /tmp/nbd631.sock --filter=multi-conn memory 1M \
	multi-conn-mode=disable
refused "CAN_MULTI_CONN" --unix /tmp/nbd631.sock -q 2

printf '#!/bin/sh\nprintf NBDMAGIC\n' >/tmp/nbd630-half.sh
chmod +x /tmp/nbd630-half.sh
nc -l -p 10898 -e /tmp/nbd630-half.sh &
on_exit "kill $! 2>/dev/null"
sleep 0.3
refused "closed the connection during the handshake" --host 127.0.0.1 --port 10898

# A server that answers the first request with a handle nobody sent: that
# I/O fails with EIO, the daemon says why (to add's stderr, or its log) and keeps the device (LIVE, no
# crash, no hang); the server is gone then, so later I/O fails too, and
# del works. The script: greeting (fixed newstyle, no zeroes),
# structured replies and GO unsupported, EXPORT_NAME (1 MiB), then a
# reply with cookie ~0.
cat >/tmp/nbd630-bad.sh <<'EOS'
#!/bin/sh
printf 'NBDMAGICIHAVEOPT\000\003'
dd bs=1 count=20 of=/dev/null 2>/dev/null
printf '\000\003\350\211\004\125\145\251\000\000\000\010\200\000\000\001\000\000\000\000'
dd bs=1 count=24 of=/dev/null 2>/dev/null
printf '\000\003\350\211\004\125\145\251\000\000\000\007\200\000\000\001\000\000\000\000'
dd bs=1 count=16 of=/dev/null 2>/dev/null
printf '\000\000\000\000\000\020\000\000\000\001'
dd bs=1 count=28 of=/dev/null 2>/dev/null
printf '\147\104\146\230\000\000\000\000\377\377\377\377\377\377\377\377'
sleep 1
EOS
chmod +x /tmp/nbd630-bad.sh
nc -l -p 10897 -e /tmp/nbd630-bad.sh &
on_exit "kill $! 2>/dev/null"
sleep 0.3
nbd_add 68 --host 127.0.0.1 --port 10897
dd if=/dev/ublkb68 of=/dev/null bs=4k count=1 iflag=direct 2>/dev/null &&
	fail "a read answered with an unknown handle succeeded"
log=${UBLKD_RUN_DIR:-/run/ublkd}/ublkb68.log
# the partition scan's read may get it while add still reports to us
cat /tmp/nbd-add.$$ $log | grep -q "unknown handle 0xffffffffffffffff" || {
	cat /tmp/nbd-add.$$ $log
	fail "no 'unknown handle' from add or in the daemon's log"
}
$UBLK list -n 68 | grep -q LIVE || fail "device not LIVE after the bad reply"
nbd_del 68
pass
