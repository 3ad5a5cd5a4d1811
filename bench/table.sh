#!/bin/sh
# table.sh RESULTS DEVS: medians per (pair, job) of ours vs the kernel's,
# as a markdown table with ratios. IOPS and MiB/s ratios: ours/kernel
# (higher is better); latency ratios: ours/kernel (lower is better).
# "per-pass IOPS ratio": ours/kernel within each pass (the two ran back to
# back), the median over passes and [lowest-highest]: the host's slow and
# fast spells hit both sides of a pass alike, so this is the steadier one.
# BENCH_SIDES="A B": the two sides' names in the header (default
# "ours kernel"; "new old" for vm-bench.sh's BENCH_UBLK_OLD).
awk -v sides="${BENCH_SIDES:-ours kernel}" '
function median(key,    n, i, j, t, a) {
	n = cnt[key]
	for (i = 1; i <= n; i++) a[i] = val[key, i]
	for (i = 2; i <= n; i++) {
		t = a[i]
		for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]
		a[j + 1] = t
	}
	if (n == 0) return -1
	return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
function add(k, v) { cnt[k]++; val[k, cnt[k]] = v }
function ratio(a, b) { return b > 0 ? sprintf("%.2f", a / b) : "-" }
# median [min-max] of ours/kernel IOPS over the passes of (p, j)
function pass_ratio(p, j,    n, i, ps, r, lo, hi, key) {
	n = split(passes[p, j], ps, " ")
	key = "pr" SUBSEP p SUBSEP j
	lo = ""; hi = ""
	for (i = 1; i <= n; i++) {
		if (!((p, "kernel", j, ps[i]) in pi) || pi[p, "kernel", j, ps[i]] <= 0)
			continue
		r = pi[p, "ours", j, ps[i]] / pi[p, "kernel", j, ps[i]]
		add(key, r)
		if (lo == "" || r < lo) lo = r
		if (hi == "" || r > hi) hi = r
	}
	if (lo == "") return "-"
	return sprintf("%.2f [%.2f-%.2f]", median(key), lo, hi)
}
FNR == NR {
	pair = $1; kind = $2; job = $3
	if (!((pair, job) in seen)) { seen[pair, job] = 1; order[++no] = pair SUBSEP job }
	add(pair SUBSEP kind SUBSEP job SUBSEP "iops", $5)
	add(pair SUBSEP kind SUBSEP job SUBSEP "mean", $6)
	add(pair SUBSEP kind SUBSEP job SUBSEP "p99", $7)
	add(pair SUBSEP kind SUBSEP job SUBSEP "mbs", $8)
	add(pair SUBSEP kind SUBSEP job SUBSEP "cpu", $9)
	pi[pair, kind, job, $4] = $5
	if (kind == "ours") passes[pair, job] = passes[pair, job] " " $4
	next
}
{ name[$1] = $4 }
END {
	split(sides, sd, " "); a = sd[1]; b = sd[2]
	printf "| pair | job | %s IOPS | %s IOPS | IOPS ratio | per-pass IOPS ratio | %s MiB/s | %s MiB/s | MiB/s ratio | %s mean/p99 us | %s mean/p99 us | mean lat ratio | daemon CPU us/IO (%s/%s) |\n", a, b, a, b, a, b, a, b
	print "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
	for (i = 1; i <= no; i++) {
		split(order[i], pj, SUBSEP); p = pj[1]; j = pj[2]
		o = p SUBSEP "ours" SUBSEP j; k = p SUBSEP "kernel" SUBSEP j
		oi = median(o SUBSEP "iops"); ki = median(k SUBSEP "iops")
		om = median(o SUBSEP "mbs"); km = median(k SUBSEP "mbs")
		ol = median(o SUBSEP "mean"); kl = median(k SUBSEP "mean")
		op = median(o SUBSEP "p99"); kp = median(k SUBSEP "p99")
		oc = median(o SUBSEP "cpu"); kc = median(k SUBSEP "cpu")
		printf "| %s vs %s | %s | %d | %d | %s | %s | %.1f | %.1f | %s | %.0f/%d | %.0f/%d | %s | %s/%s |\n",
			p, name[p], j, oi, ki, ratio(oi, ki), pass_ratio(p, j), om, km, ratio(om, km),
			ol, op, kl, kp, ratio(ol, kl),
			oc < 0 ? "-" : sprintf("%.1f", oc), kc < 0 ? "-" : sprintf("%.1f", kc)
	}
}' "$1" "$2"
