#!/bin/bash
# The installed package, as a user gets it (TAP):
#  - make install into a scratch DESTDIR: every file where it belongs;
#  - the example built from there with pkg-config only, run against the
#    installed libublkd.so.0;
#  - the library exports exactly src/libublkd.map, which lists exactly the
#    functions and variables the public headers declare;
#  - man pages without groff warnings; systemd-analyze verify on the unit;
#  - ublkd-service (what the unit runs): add, recover or del + add.
# Run from the repo root after `make` (check-host does).
set -u
n=0 failed=0
ok() {	# ok COND-STATUS NAME
	n=$((n + 1))
	if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=$((failed + 1)); fi
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
D=$tmp/dest P=/usr

make -s install DESTDIR="$D" PREFIX=$P >"$tmp/install.log" 2>&1
ok $? "make install DESTDIR=... PREFIX=/usr"
missing=
for f in sbin/ublk lib/libublkd.so.0.1.0 lib/libublkd.so.0 lib/libublkd.so \
	 lib/libublkd.a lib/pkgconfig/ublkd.pc include/ublkd/target.h \
	 include/ublkd/dev.h include/ublkd/daemon.h include/ublkd/linux/ublk_cmd.h \
	 share/man/man8/ublk.8 share/man/man3/libublkd.3 libexec/ublkd-service \
	 lib/systemd/system/ublkd@.service lib/udev/rules.d/60-ublkd.rules; do
	[ -e "$D$P/$f" ] || missing+=" $f"
done
ok "$([ -z "$missing" ]; echo $?)" "every file installed${missing:+ (missing:$missing)}"
[ "$(readlink "$D$P/lib/libublkd.so.0")" = libublkd.so.0.1.0 ] &&
	[ "$(readlink "$D$P/lib/libublkd.so")" = libublkd.so.0 ]
ok $? "libublkd.so -> libublkd.so.0 -> libublkd.so.0.1.0"
readelf -d "$D$P/lib/libublkd.so.0" | grep -q 'SONAME.*\[libublkd\.so\.0\]'
ok $? "SONAME libublkd.so.0"
ls "$D$P/include/ublkd" | grep -qv '\.h$\|^linux$'
ok "$([ $? != 0 ]; echo $?)" "only headers under include/ublkd"

# the example, out of tree: its source alone, the installed library only
export PKG_CONFIG_SYSROOT_DIR=$D PKG_CONFIG_LIBDIR=$D$P/lib/pkgconfig
mkdir "$tmp/ex"
cp examples/ublk-xor.c examples/Makefile "$tmp/ex/"
make -s -C "$tmp/ex" >"$tmp/ex.log" 2>&1
ok $? "example built with pkg-config --cflags --libs ublkd" || cat "$tmp/ex.log" >&2
[ "$(pkg-config --modversion ublkd)" = 0.1.0 ] &&
	pkg-config --static --libs ublkd | grep -q -- -lpthread
ok $? "ublkd.pc: version 0.1.0, -lpthread for static links"
LD_LIBRARY_PATH=$D$P/lib ldd "$tmp/ex/ublk-xor" | grep -q "libublkd.so.0 => $D$P/lib/libublkd.so.0"
ok $? "example linked against the installed libublkd.so.0"
LD_LIBRARY_PATH=$D$P/lib "$tmp/ex/ublk-xor" -q 0 -f x >"$tmp/out" 2>&1
rc=$?
ok "$([ $rc = 2 ] && grep -q "invalid -q '0'" "$tmp/out"; echo $?)" \
	"example runs on the shared library: bad -q is exit 2 with a message (got $rc)"
LD_LIBRARY_PATH=$D$P/lib "$tmp/ex/ublk-xor" >"$tmp/out" 2>&1
ok "$([ $? = 2 ] && grep -q "usage: ublk-xor -f FILE" "$tmp/out"; echo $?)" \
	"example without -f: usage, exit 2"
unset PKG_CONFIG_SYSROOT_DIR PKG_CONFIG_LIBDIR

# exports == the map == what the public headers declare
nm -D --defined-only "$D$P/lib/libublkd.so.0" | awk '{print $3}' |
	sed 's/@.*//' | grep -vx LIBUBLKD_0 | sort >"$tmp/exported"
grep -E '^[[:space:]]+[a-z_0-9]+;' src/libublkd.map | tr -d ' \t;' | sort >"$tmp/map"
diff "$tmp/exported" "$tmp/map" >&2
ok $? "nm -D: exactly the $(wc -l <"$tmp/map") symbols of src/libublkd.map"
nm -D --defined-only "$D$P/lib/libublkd.so.0" | grep -q ' ublk_dev_new@@LIBUBLKD_0$'
ok $? "symbols carry the version LIBUBLKD_0"
hdr=$(cat include/ublkd/*.h)
undeclared=
while read -r s; do
	grep -qE "(^|[^a-z_0-9])$s *\(|^extern .*[^a-z_0-9]$s;" <<<"$hdr" || undeclared+=" $s"
done <"$tmp/map"
ok "$([ -z "$undeclared" ]; echo $?)" "every exported symbol is declared in include/ublkd/*.h${undeclared:+ (not:$undeclared)}"
unexported=
for s in $(nm -g --defined-only build/libublkd.a | awk 'NF == 3 {print $3}' | sort -u); do
	grep -qx "$s" "$tmp/map" && continue
	grep -qE "(^|[^a-z_0-9])$s *\(|^extern .*[^a-z_0-9]$s;" <<<"$hdr" && unexported+=" $s"
done
ok "$([ -z "$unexported" ]; echo $?)" "every function the public headers declare is exported${unexported:+ (not:$unexported)}"
grep -qvE '^(ublk_|ur_)' "$tmp/exported"
ok "$([ $? != 0 ]; echo $?)" "every export starts with ublk_ or ur_"
nm -D --defined-only "$D$P/lib/libublkd.so.0" | grep -qE ' (ublk_thread_main|ublk_io_cmd_serve|ublk_tgt_mem)@'
ok "$([ $? != 0 ]; echo $?)" "engine internals (ublk_thread_main, ublk_io_cmd_serve, ublk_tgt_mem) not exported"

for m in share/man/man8/ublk.8 share/man/man3/libublkd.3; do
	w=$(LC_ALL=C groff -man -ww -z "$D$P/$m" 2>&1)
	ok "$([ -z "$w" ]; echo $?)" "$m: no groff warnings${w:+ ($w)}"
done

# systemd-analyze verify: paths must exist, so a real (non-DESTDIR) prefix
if command -v systemd-analyze >/dev/null; then
	make -s install PREFIX="$tmp/p" >/dev/null 2>&1
	cp "$tmp/p/lib/systemd/system/ublkd@.service" "$tmp/ublkd@disk0.service"
	MANPATH=$tmp/p/share/man systemd-analyze verify "$tmp/ublkd@disk0.service" >"$tmp/v" 2>&1
	ok $? "systemd-analyze verify ublkd@.service" || cat "$tmp/v" >&2
	grep -q '^Type=notify$' "$tmp/ublkd@disk0.service" &&
		grep -q "^ExecStart=$tmp/p/libexec/ublkd-service %i$" "$tmp/ublkd@disk0.service"
	ok $? "unit: Type=notify, ExecStart the installed ublkd-service"
else
	n=$((n + 1)); echo "ok $n # skip systemd-analyze not installed"
fi

# ublkd-service with a stand-in ublk that logs its arguments
svc=$D$P/libexec/ublkd-service
cat >"$tmp/fake-ublk" <<'FAKE'
#!/bin/sh
echo "$*" >>"$FAKE_LOG"
[ "$1" = list ] && exit "$FAKE_LIST_RC"
exit 0
FAKE
chmod +x "$tmp/fake-ublk"
mkdir "$tmp/etc"
run_svc() {	# run_svc LIST_RC NAME: $got the fake's calls ('|' after each), $svc_rc
	: >"$tmp/log"
	FAKE_LOG=$tmp/log FAKE_LIST_RC=$1 UBLK=$tmp/fake-ublk \
		UBLKD_CONF_DIR=$tmp/etc sh "$svc" "$2" 2>"$tmp/svc.err"
	svc_rc=$?
	got=$(tr '\n' '|' <"$tmp/log")
}
printf '# a RAM disk\n-t mem --size 64M\n-n 7 -r 1  # recoverable\n' >"$tmp/etc/ram.conf"
run_svc 1 ram
ok "$([ "$got" = "list -n 7|add --foreground -t mem --size 64M -n 7 -r 1|" ]; echo $?)" \
	"ublkd-service: no device 7: add --foreground with the conf's words, comments dropped ($got)"
run_svc 0 ram
ok "$([ "$got" = "list -n 7|recover -n 7 --foreground|" ]; echo $?)" \
	"ublkd-service: device 7 there, -r 1: recover it ($got)"
printf -- '-t null --number=4\n' >"$tmp/etc/nul.conf"
run_svc 0 nul
ok "$([ "$got" = "list -n 4|del -n 4 --force|add --foreground -t null --number=4|" ]; echo $?)" \
	"ublkd-service: device 4 there without recovery: del, then add ($got)"
printf -- '-t null -q 2\n' >"$tmp/etc/anon.conf"
run_svc 0 anon
ok "$([ "$got" = "add --foreground -t null -q 2|" ]; echo $?)" \
	"ublkd-service: no -n: add, no lookup ($got)"
run_svc 0 nosuch
ok "$([ $svc_rc = 2 ] && [ -z "$got" ] && grep -q 'cannot read' "$tmp/svc.err"; echo $?)" \
	"ublkd-service: missing conf: exit 2 with a message, nothing run"
run_svc 0 ../ram
ok "$([ $svc_rc = 2 ] && [ -z "$got" ]; echo $?)" "ublkd-service: a name with '/' refused"
: >"$tmp/etc/empty.conf"
run_svc 0 empty
ok "$([ $svc_rc = 2 ] && grep -q 'holds no arguments' "$tmp/svc.err"; echo $?)" \
	"ublkd-service: empty conf refused"
printf -- '-t loop -f /srv/*.img\n' >"$tmp/etc/glob.conf"
run_svc 1 glob
ok "$([ "$got" = "add --foreground -t loop -f /srv/*.img|" ]; echo $?)" \
	"ublkd-service: words are not globbed ($got)"

echo "1..$n"
[ $failed = 0 ]
