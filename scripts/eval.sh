#!/usr/bin/env bash
# Measures the extractor against the annotated news in ../shared/eval with ../shared/tools/score.py.
# Not part of `cargo test`: a fresh clone has no ../shared.
#
#   scripts/eval.sh [SHARED_DIR]        (default: ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
[ -d "$shared/eval" ] || { echo "no $shared/eval: pass the shared folder as the first argument" >&2; exit 2; }
cargo build --release --quiet
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
score() { # name gold [score.py options]
  local name=$1 gold=$2; shift 2
  ./target/release/dateline extract --json "$gold" > "$out/$name.jsonl"
  echo "== $name $*"
  python3 "$shared/tools/score.py" --gold "$gold" --pred "$out/$name.jsonl" "$@"
}
score seed "$shared/eval/seed.jsonl"
score conll-dev "$shared/eval/conll2003-dev.jsonl"
score geovirus "$shared/eval/geovirus.jsonl"
score tempeval3 "$shared/eval/tempeval3-train.jsonl"
score polnear-dev-direct "$shared/eval/polnear.dev.jsonl" --quote-kind direct
score polnear-dev-all "$shared/eval/polnear.dev.jsonl"
