#!/usr/bin/env bash
# The byte-level shortcuts (Sources/YusuanCore/Text/TextShortcut.swift, docs/PERFORMANCE.md) give the same reports as
# the plain code: validates the bundled samples, generated budgets and 决算 and the corpus PDFs copied for the tests
# with every shortcut on and with every shortcut off (YUSUAN_PLAIN_TEXT=all), and compares the reports byte for byte
# and the exit statuses; then imports them into two stores and compares the stored documents.
#
# Usage: scripts/check-plain-text.sh [PATH-TO-yusuan]   (default .build/debug/yusuan)
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-.build/debug/yusuan}
work=$(mktemp -d /tmp/yusuan-plain-text.XXXXXX)
trap 'rm -rf "$work"' EXIT

"$binary" generate --count 60 --with-finals --seed 5 --output "$work/generated" >/dev/null
failed=0
for input in samples "$work/generated" Tests/YusuanPDFTests/Fixtures/corpus; do
    set +e
    "$binary" validate "$input" --format jsonl --output "$work/shortcuts.jsonl" 2>"$work/shortcuts.err"
    with=$?
    YUSUAN_PLAIN_TEXT=all "$binary" validate "$input" --format jsonl --output "$work/plain.jsonl" 2>"$work/plain.err"
    without=$?
    set -e
    if [ "$with" -ne "$without" ] || ! cmp -s "$work/shortcuts.jsonl" "$work/plain.jsonl"; then
        echo "error: $input: the reports differ with YUSUAN_PLAIN_TEXT=all (exit $with against $without)" >&2
        diff "$work/shortcuts.jsonl" "$work/plain.jsonl" | head -20 >&2 || true
        failed=1
    else
        echo "$input: $(wc -l < "$work/shortcuts.jsonl") reports, identical with every shortcut off (exit $with)"
    fi
done

# The stored canonical JSON (TextShortcut.canonicalJSONWriter): the same documents in two stores, byte for byte.
"$binary" db import --db "$work/shortcuts.sqlite" samples "$work/generated" >/dev/null 2>&1
YUSUAN_PLAIN_TEXT=all "$binary" db import --db "$work/plain.sqlite" samples "$work/generated" >/dev/null 2>&1
if python3 - "$work/shortcuts.sqlite" "$work/plain.sqlite" <<'PY'
import sqlite3, sys
def documents(path):
    return [row[0] for row in sqlite3.connect(path).execute("SELECT document FROM revision ORDER BY id")]
first, second = documents(sys.argv[1]), documents(sys.argv[2])
print(f"db import: {len(first)} stored documents, identical with every shortcut off" if first == second and first else "")
sys.exit(0 if first == second and first else 1)
PY
then :; else
    echo "error: db import stores other documents with YUSUAN_PLAIN_TEXT=all" >&2
    failed=1
fi
exit $failed
