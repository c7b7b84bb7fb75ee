#!/usr/bin/env bash
# End-to-end batch benchmark: CSV in → CSV out on one core, with peak memory.
# Usage: scripts/bench-batch.sh [ROWS ...]   (default: 1000000 5000000)
# Prints rows per second and peak RSS for each size; the same RSS at every size = constant memory.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p kzcomply
bin=target/release/kzcomply
work=${BENCH_DIR:-bench-out}
mkdir -p "$work"
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(1000000 5000000)
for rows in "${sizes[@]}"; do
  input="$work/in-$rows.csv"
  if [ ! -s "$input" ]; then
    python3 - "$rows" "$input" <<'PY'
import sys
rows, path = int(sys.argv[1]), sys.argv[2]
statuses = ["citizen", "foreign-resident", "eaeu", "foreign-nonresident"]
periods = ["2024-06", "2025-03", "2026-01", "2026-11"]
with open(path, "w") as f:
    f.write("id,period,gross,status,born,pensioner,disability,basic_deduction,ytd_taxable\n")
    for i in range(rows):
        gross = 60000 + (i * 7919) % 5940000
        born = "1970-05-01" if i % 5 == 0 else "1990-01-15"
        f.write(f"E{i},{periods[i % 4]},{gross},{statuses[i % 4]},{born},{'yes' if i % 50 == 0 else ''},"
                f"{(i % 40) // 39 * 3 or ''},{'no' if i % 7 == 0 else ''},{(i % 12) * gross}\n")
PY
  fi
  size=$(du -h "$input" | cut -f1)
  /usr/bin/time -f "%e %M" -o "$work/time" taskset -c 0 "$bin" payroll --batch "$input" --out "$work/out.csv" 2>/dev/null
  read -r secs kb < "$work/time"
  lines=$(($(wc -l < "$work/out.csv") - 1))
  python3 -c "import sys; r,s,kb,sz=int(sys.argv[1]),float(sys.argv[2]),int(sys.argv[3]),sys.argv[4]; print(f'{r:>9,} rows ({sz} CSV): {s:6.2f} s on one core = {r/s/1e6:5.2f} million rows/s, peak RSS {kb/1024:5.1f} MB')" "$lines" "$secs" "$kb" "$size"
  [ "$lines" -eq "$rows" ] || { echo "expected $rows output rows, got $lines" >&2; exit 1; }
done
