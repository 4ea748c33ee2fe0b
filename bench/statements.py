#!/usr/bin/env python3
"""Where a night's database time goes, night by night.

bench/statements.py WORK [--by-kind] [DATE ...]
bench/statements.py [--by-kind] LOG ...
  WORK is a bench/steady.sh work folder whose server logged statement durations
  (ALTER SYSTEM SET log_min_duration_statement = '150ms'; SELECT pg_reload_conf()). Each night is
  the span of its run-DATE.log; the statements of var/pgdata.log in that span are its own. Prints
  one column per DATE (default: the last two nights): every statement (a repeated one numbered in
  order, #2, #3...), or with --by-kind their sums by kind (classification, merge, scope, rules...).
  Given files instead (bench/night-ab.sh's stmt-JAR-TIME.log, one timed night each), one column
  per file.
"""
import collections, glob, os, re, sys

args = [a for a in sys.argv[1:] if not a.startswith('--')]
work, dates = args[0], args[1:]
by_kind = '--by-kind' in sys.argv

nights = collections.OrderedDict()
for f in [] if os.path.isfile(work) else sorted(glob.glob(os.path.join(work, 'run-*.log'))):
    stamps = [l[:12] for l in open(f) if re.match(r'\d\d:\d\d:\d\d\.\d{3} ', l)]
    if stamps:
        nights[os.path.basename(f)[4:-4]] = (stamps[0], stamps[-1])

LINE = re.compile(r'^\S+ (\d\d:\d\d:\d\d\.\d{3}) UTC \[\d+\] LOG:  duration: ([\d.]+) ms  '
                  r'(?:execute [^:]*: |statement: )(.*)')
def statements(log):
    return [(m.group(1), float(m.group(2)), m.group(3)[:60].strip())
            for m in map(LINE.match, open(log, errors='replace')) if m]

def numbered(logged):
    seen, rows = collections.Counter(), []
    for t, ms, sql in logged:
        seen[sql] += 1
        rows.append((sql if seen[sql] == 1 else '%s #%d' % (sql, seen[sql]), sql, ms))
    return rows

if os.path.isfile(work):
    per = {os.path.basename(f)[-16:-4]: numbered(statements(f)) for f in args}
    dates = list(per)
else:
    logged = statements(os.path.join(work, 'var/pgdata.log'))
    per = {date: numbered([s for s in logged if start <= s[0] <= end]) for date, (start, end) in nights.items()}
    dates = dates or list(nights)[-2:]

KINDS = [('classification', r'^WITH (contested|ranked|valid)'),
         ('merge inserts', r'^INSERT INTO (order_version|customer_order|manifest_line|pickup_event)'),
         ('parcel statuses', r'^INSERT INTO work_parcel_status'),
         ('scope: slices of statuses, orders', r'^CREATE TEMP TABLE scope_(status|order)'),
         ('scope', r'^(INSERT INTO work_scope|CREATE TEMP TABLE (scope_|moved_parcel))'),
         ('order shipments', r'^INSERT INTO work_order_shipment'),
         ('exception rules', r'^INSERT INTO exception_today'),
         ('everything else', r'')]

def kind(sql):
    return next(name for name, rx in KINDS if re.search(rx, sql))

print('%-62s' % ('kind' if by_kind else 'statement') + ''.join('%12s' % d[5:] for d in dates))
if by_kind:
    for name, _ in KINDS:
        print('%-62s' % name + ''.join('%11.1fs' % (sum(ms for _, sql, ms in per[d] if kind(sql) == name) / 1000)
                                       for d in dates))
else:
    keys = list(dict.fromkeys(k for d in dates for k, _, _ in per[d]))
    for k in keys:
        vals = [next((ms for kk, _, ms in per[d] if kk == k), None) for d in dates]
        print('%-62s' % k[:62] + ''.join('%12s' % ('%.0f' % v if v is not None else '-') for v in vals))
print('%-62s' % 'all logged (s)' + ''.join('%11.1fs' % (sum(ms for _, _, ms in per[d]) / 1000) for d in dates))
