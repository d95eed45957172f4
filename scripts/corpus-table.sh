#!/usr/bin/env bash
# Regenerates the corpus table of docs/PDF.md (between the corpus-table markers) from what
# `yusuan coverage` reads in the PDFs the tests carry (Tests/YusuanPDFTests/Fixtures/corpus).
# The insufficient-data column is cut to its count to keep the table readable.
# Usage: scripts/corpus-table.sh [YUSUAN_BINARY]   (default: .build/release/yusuan, built if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
binary="${1:-.build/release/yusuan}"
[ -x "$binary" ] || swift build -c release --product yusuan
table="$("$binary" coverage Tests/YusuanPDFTests/Fixtures/corpus --format markdown \
    | sed -E 's/\| ([0-9]+): [^|]*\|$/| \1 |/')"
python3 - "$table" <<'PY'
import re, sys
path = "docs/PDF.md"
text = open(path, encoding="utf-8").read()
begin, end = "<!-- corpus-table:begin -->", "<!-- corpus-table:end -->"
if begin not in text or end not in text:
    sys.exit(f"{path}: the markers {begin} … {end} are missing")
head, rest = text.split(begin, 1)
_, tail = rest.split(end, 1)
open(path, "w", encoding="utf-8").write(head + begin + "\n" + sys.argv[1] + "\n" + end + tail)
PY
echo "docs/PDF.md: corpus table updated"
