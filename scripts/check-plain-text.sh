#!/usr/bin/env bash
# The byte-level shortcuts (Sources/YusuanCore/Text/TextShortcut.swift, docs/PERFORMANCE.md) give the same reports as
# the plain code: validates the bundled samples, generated budgets and 决算 and the corpus PDFs copied for the tests
# with every shortcut on and with every shortcut off (YUSUAN_PLAIN_TEXT=all), and compares the reports byte for byte
# and the exit statuses.
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
exit $failed
