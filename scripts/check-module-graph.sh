#!/usr/bin/env bash
# Checks the module graph of docs/ARCHITECTURE.md: every `import` of a project module in Sources/ and every
# dependency of a target in Package.swift on another project target must point to a lower layer. Modules of one
# layer never depend on each other (no sideways edges).
#
# Usage: scripts/check-module-graph.sh [--no-manifest]
#   --no-manifest  check the import lines only (without `swift package dump-package`).
# Exit status: 0 when the graph keeps to the layers, 1 with one located message a wrong edge otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

# The layers, lowest first (docs/ARCHITECTURE.md). A module may depend only on modules of lower layers.
declare -A layer=(
    [YusuanCore]=0 [YusuanXLSX]=0 [YusuanSamples]=0
    [YusuanImport]=1 [YusuanValidation]=1 [YusuanRender]=1 [YusuanGenerator]=1 [YusuanStorage]=1
    [YusuanPostgresSupport]=2
    [YusuanStorageSQLite]=3 [YusuanStoragePostgres]=3 [YusuanAccounts]=3
    [YusuanServer]=4
    [yusuan]=5
)

check_manifest=1
case "${1:-}" in
    --no-manifest) check_manifest=0 ;;
    "") ;;
    *)
        echo "usage: scripts/check-module-graph.sh [--no-manifest]" >&2
        exit 2
        ;;
esac

failures=0
fail() {
    echo "$1" >&2
    failures=$((failures + 1))
}

# An edge from module $1 to module $2, found at $3 (file:line or Package.swift).
check_edge() {
    local from=$1 to=$2 where=$3
    [ "$from" = "$to" ] && return 0
    if [ -z "${layer[$to]+set}" ]; then
        # Not a project module (Foundation, GRDB, …), unless it is named like one.
        case "$to" in Yusuan*) fail "$where: $from depends on $to, which has no layer in scripts/check-module-graph.sh" ;; esac
        return 0
    fi
    if [ "${layer[$to]}" -ge "${layer[$from]}" ]; then
        local kind="an upward"
        [ "${layer[$to]}" -eq "${layer[$from]}" ] && kind="a sideways"
        fail "$where: $from (layer ${layer[$from]}) depends on $to (layer ${layer[$to]}): $kind edge; move the shared piece down (docs/ARCHITECTURE.md)"
    fi
}

# 1. The import lines of every module's sources.
for directory in Sources/*/; do
    module=$(basename "$directory")
    if [ -z "${layer[$module]+set}" ]; then
        fail "Sources/$module: a module without a layer; add it to scripts/check-module-graph.sh and docs/ARCHITECTURE.md"
        continue
    fi
    # file:line imported-module, for the imports of project modules (named Yusuan… or yusuan).
    while read -r where imported; do
        check_edge "$module" "$imported" "$where"
    done < <(find "$directory" -name '*.swift' -print0 | sort -z | xargs -0 -r awk '
        /^[[:space:]]*(@[A-Za-z_]+(\([^)]*\))?[[:space:]]+)*((public|package|internal|fileprivate|private)[[:space:]]+)?import[[:space:]]/ {
            line = $0
            sub(/^.*import[[:space:]]+((typealias|struct|class|enum|protocol|let|var|func)[[:space:]]+)?/, "", line)
            match(line, /^[A-Za-z_][A-Za-z0-9_]*/)
            name = substr(line, RSTART, RLENGTH)
            if (name ~ /^(Yusuan|yusuan)/) print FILENAME ":" FNR, name
        }')
done

# 2. The target dependencies of Package.swift (what SwiftPM reads, not the text).
if [ "$check_manifest" = 1 ]; then
    manifest=$(mktemp)
    # A scratch path of its own: the manifest is read without waiting for a build that holds .build's lock.
    scratch=$(mktemp -d)
    trap 'rm -rf "$manifest" "$scratch"' EXIT
    if ! swift package --scratch-path "$scratch" dump-package >"$manifest" 2>/dev/null; then
        fail "Package.swift: swift package dump-package failed"
    else
        while read -r from to; do
            check_edge "$from" "$to" "Package.swift (target $from)"
        done < <(python3 - "$manifest" <<'PYTHON'
import json, sys
package = json.load(open(sys.argv[1]))
for target in package["targets"]:
    if target["type"] not in ("regular", "executable"):
        continue
    if (target.get("path") or "").startswith("Tests"):
        continue
    for dependency in target.get("dependencies", []):
        for kind in ("byName", "target"):
            if kind in dependency:
                print(target["name"], dependency[kind][0])
PYTHON
        )
    fi
fi

if [ "$failures" -gt 0 ]; then
    echo "module graph: $failures edge(s) break the layers of docs/ARCHITECTURE.md" >&2
    exit 1
fi
echo "module graph: every edge points to a lower layer"
