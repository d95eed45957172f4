#!/usr/bin/env bash
# Formats every Swift file with the committed .swift-format, then lints.
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files -z '*.swift' | xargs -0 swift format format --parallel --in-place
git ls-files -z '*.swift' | xargs -0 swift format lint --parallel
