#!/bin/bash
# Fetch Debian's newest cloud kernel of a line (6.12, 6.18, 7, ...) for the
# VM test bed.
#
#   vm/fetch-kernel.sh [LINE...]       (or UBLKD_KERNEL=LINE)
#
# LINE is a version prefix: "6.12" means 6.12.*, "7" means 7.*.*. With no
# line (and no UBLKD_KERNEL) it fetches every line `make check` boots
# ($UBLKD_KERNELS_ALL). For each line it prints the kernel's cache
# directory on stdout, one per line, in the order asked:
#   vmlinuz  config  version  done  lib/modules/<kver>/{kernel/...,modules.dep}
#   load-order   (module names, dependencies first)
#
# Packages are looked up in Debian's suites (bookworm, bookworm-security,
# trixie, trixie-security, trixie-backports, sid) through a private apt
# configuration under the cache: its own sources list, lists, archives and
# an empty dpkg status, so the machine's apt sources and state are never
# touched. The newest kernel version that the indexes list wins; nothing is
# hard-coded. Both package layouts are handled: an image package holding
# boot/vmlinuz-* and the modules, and a meta package whose vmlinuz is in
# linux-binary-<kver> (usr/lib/modules/<kver>/vmlinuz) and whose modules
# are in linux-modules-<kver> (as its Depends name them).
#
# Env: UBLKD_CACHE (default /var/cache/ublkd), UBLKD_KERNEL (one line),
#   UBLKD_KERNEL_PKG (force an image package, with one line),
#   UBLKD_APT_MAX_AGE (s, default 86400: refresh the private lists when
#   older), UBLKD_DEBIAN_MIRROR (default http://deb.debian.org).
set -euo pipefail

CACHE=${UBLKD_CACHE:-/var/cache/ublkd}
KCACHE=$CACHE/kernel
APTDIR=$CACHE/apt
MIRROR=${UBLKD_DEBIAN_MIRROR:-http://deb.debian.org}
MAX_AGE=${UBLKD_APT_MAX_AGE:-86400}
: "${UBLKD_KERNELS_ALL:=7 6.12 6.18}"
# Modules kept in the guest (their dependencies come along from modules.dep).
WANT=(ublk_drv null_blk brd loop nbd virtio_blk virtio-rng configfs)
# Kept where the kernel has them (fault-injection tests skip without them).
WANT_OPT=(dm-mod dm-flakey)

log() { echo "fetch-kernel: $*" >&2; }
die() { echo "fetch-kernel: error: $*" >&2; exit 1; }

mkdir -p "$KCACHE" "$APTDIR" || die "cannot create cache dir $CACHE"
# one fetch at a time (several test runs may start together)
exec 9>"$KCACHE/.lock"
flock 9 || die "cannot lock $KCACHE/.lock"

# ---- the private apt configuration ----
setup_apt() {
	local d=$APTDIR
	mkdir -p "$d/lists/partial" "$d/archives/partial" "$d/etc/sources.list.d" \
		"$d/etc/preferences.d" "$d/etc/apt.conf.d"
	[ -f "$d/status" ] || : >"$d/status"
	cat >"$d/etc/sources.list" <<-EOF
	deb $MIRROR/debian bookworm main
	deb $MIRROR/debian-security bookworm-security main
	deb $MIRROR/debian trixie main
	deb $MIRROR/debian-security trixie-security main
	deb $MIRROR/debian trixie-backports main
	deb $MIRROR/debian sid main
	EOF
	# Check-Valid-Until off: sid's Release can outlive its Valid-Until on
	# a mirror snapshot; the signatures are still checked.
	cat >"$d/apt.conf" <<-EOF
	Dir::Etc::sourcelist "$d/etc/sources.list";
	Dir::Etc::sourceparts "$d/etc/sources.list.d";
	Dir::Etc::preferences "$d/etc/preferences";
	Dir::Etc::preferencesparts "$d/etc/preferences.d";
	Dir::Etc::parts "$d/etc/apt.conf.d";
	Dir::State::Lists "$d/lists";
	Dir::State::status "$d/status";
	Dir::Cache "$d/cache";
	Dir::Cache::archives "$d/archives";
	APT::Architecture "amd64";
	APT::Architectures "amd64";
	Acquire::Languages "none";
	Acquire::Check-Valid-Until "false";
	EOF
	export APT_CONFIG=$d/apt.conf
}

lists_age() {	# seconds since the private lists were last refreshed
	local t
	t=$(stat -c %Y "$APTDIR/updated" 2>/dev/null) || { echo 999999999; return; }
	echo $(($(date +%s) - t))
}

apt_update() {
	log "refreshing the package lists of Debian's suites (private apt config)"
	if apt-get update -q >"$APTDIR/update.log" 2>&1; then
		touch "$APTDIR/updated"
		rm -f "$KCACHE"/lookup.*
		return 0
	fi
	log "apt-get update failed:"
	tail -n 5 "$APTDIR/update.log" | sed 's/^/fetch-kernel:   /' >&2
	return 1
}

# ---- choosing a package ----
line_re() {	# "6.12" -> 6\.12\.[0-9]+   "7" -> 7\.[0-9]+\.[0-9]+
	local l=$1 re
	case $l in
	*[!0-9.]* | .* | *. | *..*) die "bad kernel line '$l' (want e.g. 6.12 or 7)" ;;
	esac
	re=${l//./\\.}
	case $l in
	*.*.*) ;;
	*.*) re+='\.[0-9]+' ;;
	*) re+='\.[0-9]+\.[0-9]+' ;;
	esac
	echo "$re"
}

# newest "package version" of a line that has a candidate, or nothing
lookup() {
	local line=$1 re names
	re=$(line_re "$line")
	names=$(apt-cache pkgnames linux-image- 2>/dev/null |
		grep -E "^linux-image-${re}\+deb[0-9]+-cloud-amd64(-unsigned)?$" || true)
	[ -n "$names" ] || return 1
	# candidates of all at once; a virtual-only name has none
	# shellcheck disable=SC2086
	apt-cache policy $names 2>/dev/null | awk '
		/^[^ ]/ { pkg = $1; sub(":$", "", pkg) }
		/Candidate:/ && $2 != "(none)" { print pkg, $2 }' |
	# sort key: kernel version, then unsigned first (one self-contained
	# package), then the newer Debian release
	awk '{ n = $1; sub("^linux-image-", "", n); split(n, a, /[+-]/)
	       deb = a[2]; sub("deb", "", deb)
	       print a[1], ($1 ~ /-unsigned$/) ? 0 : 1, -deb, $1, $2 }' |
	sort -k1,1V -k2,2nr -k3,3nr | tail -n 1 | awk '{ print $4, $5 }'
}

pick() {	# line -> "package version"
	local line=$1 found stamp
	if [ -n "${UBLKD_KERNEL_PKG:-}" ]; then
		found=$(apt-cache policy "$UBLKD_KERNEL_PKG" 2>/dev/null |
			awk '/Candidate:/ {print $2}')
		[ -n "$found" ] && [ "$found" != "(none)" ] ||
			die "UBLKD_KERNEL_PKG=$UBLKD_KERNEL_PKG not known to apt"
		echo "$UBLKD_KERNEL_PKG $found"
		return
	fi
	stamp=$KCACHE/lookup.$line
	if [ -s "$stamp" ]; then
		cat "$stamp"
		return
	fi
	found=$(lookup "$line") || found=
	if [ -z "$found" ]; then
		return 1
	fi
	echo "$found" >"$stamp"
	echo "$found"
}

# ---- unpacking ----
# depmod, without its warnings about the files a meta package leaves out
quiet_depmod() {	# root kver
	local err rc=0
	err=$(depmod -b "$1" "$2" 2>&1) || rc=$?
	grep -v 'WARNING: could not open modules\.' <<<"$err" >&2 || true
	return $rc
}

# Decompress the wanted modules and their dependencies into $dst.
keep_modules() {
	local src=$1 dst=$2 kver=$3 m path deps d opt
	local -A seen=()
	local order=()
	local mdir=lib/modules/$kver

	quiet_depmod "$src" "$kver" || die "depmod on the extracted kernel failed"
	mkdir -p "$dst/$mdir"
	for m in "${WANT[@]}" "${WANT_OPT[@]}"; do
		opt=0
		case " ${WANT_OPT[*]} " in *" $m "*) opt=1 ;; esac
		path=$(grep -E "(^|/)$m\.ko(\.xz|\.zst|\.gz)?:" \
			"$src/$mdir/modules.dep" | head -n1 || true)
		if [ -z "$path" ]; then
			if grep -qE "/$m\.ko" "$src/$mdir/modules.builtin"; then
				log "$m is built in"
				continue
			fi
			[ "$opt" = 1 ] && { log "$m not in $kver (optional)"; continue; }
			die "module $m not found in $kver"
		fi
		deps=${path#*:}
		path=${path%%:*}
		# modules.dep lists dependencies with the deepest last
		for d in $(tr ' ' '\n' <<<"$deps" | tac) "$path"; do
			[ -n "${seen[$d]:-}" ] && continue
			seen[$d]=1
			order+=("$d")
		done
	done
	: >"$dst/load-order"
	for d in "${order[@]}"; do
		mkdir -p "$dst/$mdir/$(dirname "$d")"
		case $d in
		*.xz)  xz -dc "$src/$mdir/$d" >"$dst/$mdir/${d%.xz}" ;;
		*.zst) zstd -qdc "$src/$mdir/$d" >"$dst/$mdir/${d%.zst}" ;;
		*.gz)  gzip -dc "$src/$mdir/$d" >"$dst/$mdir/${d%.gz}" ;;
		*)     cp "$src/$mdir/$d" "$dst/$mdir/$d" ;;
		esac || die "cannot decompress $d"
		basename "${d%.ko*}" >>"$dst/load-order"
	done
	cp "$src/$mdir/modules.builtin" "$src/$mdir/modules.order" \
		"$dst/$mdir/" 2>/dev/null || true
	[ -f "$src/$mdir/modules.builtin.modinfo" ] &&
		cp "$src/$mdir/modules.builtin.modinfo" "$dst/$mdir/"
	quiet_depmod "$dst" "$kver" || die "depmod on the kept modules failed"
}

# The packages that hold a meta image's kernel and modules (its Depends).
parts_of() {	# pkg ver
	apt-cache show "$1=$2" 2>/dev/null | awk -F': ' '/^Depends:/ { print $2; exit }' |
		tr ',' '\n' | sed -E 's/^ *//; s/ .*//' |
		grep -E '^linux-(binary|modules)-' || true
}

fetch() {	# pkg ver kver dir
	local pkg=$1 ver=$2 kver=$3 dir=$4 tmp p v parts=() f
	tmp=$(mktemp -d "$KCACHE/.tmp.XXXXXX")
	# shellcheck disable=SC2064
	trap "rm -rf '$tmp'" EXIT
	for p in $(parts_of "$pkg" "$ver"); do
		parts+=("$p=$ver")
	done
	log "downloading $pkg ($ver)${parts[*]:+ with ${parts[*]}}"
	# _apt cannot write into a root-only dir: download as root in $tmp
	if ! (cd "$tmp" && apt-get download -q "$pkg=$ver" "${parts[@]}" \
		>"$tmp/download.log" 2>&1); then
		log "apt-get download $pkg=$ver ${parts[*]} failed:"
		tail -n 3 "$tmp/download.log" | sed 's/^/fetch-kernel:   /' >&2
		rm -rf "$tmp"
		trap - EXIT
		return 1
	fi
	for f in "$tmp"/*.deb; do
		dpkg-deb -x "$f" "$tmp/x" || die "dpkg-deb -x $f failed"
	done
	# usrmerge-era packages ship usr/lib/modules
	if [ -d "$tmp/x/usr/lib/modules/$kver" ]; then
		mkdir -p "$tmp/x/lib/modules"
		cp -a "$tmp/x/usr/lib/modules/$kver" "$tmp/x/lib/modules/"
	fi
	rm -rf "$dir.new"
	mkdir -p "$dir.new"
	for f in "$tmp/x/boot/vmlinuz-$kver" "$tmp/x/lib/modules/$kver/vmlinuz" ""; do
		[ -n "$f" ] || die "no vmlinuz for $kver in $pkg ${parts[*]}"
		[ -f "$f" ] && { cp "$f" "$dir.new/vmlinuz"; break; }
	done
	for f in "$tmp/x/boot/config-$kver" "$tmp/x/lib/modules/$kver/config"; do
		[ -f "$f" ] && { cp "$f" "$dir.new/config"; break; }
	done
	[ -d "$tmp/x/lib/modules/$kver/kernel" ] ||
		die "no modules for $kver in $pkg ${parts[*]}"
	keep_modules "$tmp/x" "$dir.new" "$kver"
	echo "$kver" >"$dir.new/version"
	echo "$pkg $ver" >"$dir.new/done"
	rm -rf "$dir"
	mv "$dir.new" "$dir"
	rm -rf "$tmp"
	trap - EXIT
}

fetch_picked() {	# "package version"
	local k
	k=$(kdir_of "${1% *}")
	fetch "${1% *}" "${1#* }" "$k" "$KCACHE/$k"
}

kdir_of() {	# package name -> kernel release (= cache dir name)
	local k=${1#linux-image-}
	echo "${k%-unsigned}"
}

newest_cached() {	# line -> "package version" of the newest cached kernel
	local re k
	re=$(line_re "$1")
	k=$(ls "$KCACHE" | grep -E "^${re}\+" | sort -V | tail -n1 || true)
	[ -n "$k" ] && [ -f "$KCACHE/$k/done" ] && cat "$KCACHE/$k/done"
}

have() {	# "package version" -> 0 if fetched
	local dir
	dir=$KCACHE/$(kdir_of "${1% *}")
	[ -f "$dir/done" ] && [ "$(cat "$dir/done")" = "$1" ]
}

one_line() {	# line -> prints the cache dir
	local line=$1 picked="" kver
	[ "$(lists_age)" -lt "$MAX_AGE" ] || apt_update || true
	picked=$(pick "$line") || picked=
	if [ -z "$picked" ] || ! have "$picked"; then
		if [ -n "$picked" ]; then
			fetch_picked "$picked" || picked=
		fi
		if [ -z "$picked" ]; then
			# stale lists (the mirror moved on)? refresh once
			apt_update || true
			rm -f "$KCACHE/lookup.$line"
			picked=$(pick "$line") || picked=
			if [ -n "$picked" ] && ! have "$picked"; then
				fetch_picked "$picked" || picked=
			fi
		fi
		if [ -z "$picked" ]; then
			# offline: the newest kernel of this line already cached
			picked=$(newest_cached "$line") ||
				die "no linux-image-$line.*-cloud-amd64 in Debian's suites, and none cached"
			log "warning: cannot fetch a $line kernel; using the cached $picked"
		fi
	fi
	kver=$(kdir_of "${picked% *}")
	log "kernel $kver (package $picked)"
	echo "$KCACHE/$kver"
}

setup_apt
lines=("$@")
[ ${#lines[@]} -gt 0 ] || read -r -a lines <<<"${UBLKD_KERNEL:-$UBLKD_KERNELS_ALL}"
[ -z "${UBLKD_KERNEL_PKG:-}" ] || [ ${#lines[@]} = 1 ] ||
	die "UBLKD_KERNEL_PKG needs exactly one kernel line"
for l in "${lines[@]}"; do
	one_line "$l"
done
