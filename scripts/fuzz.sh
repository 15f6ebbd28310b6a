#!/usr/bin/env bash
# Runs libFuzzer targets under ASan + UBSan, starting from the seed corpus. The
# targets are built in the `asan` preset's tree (build/asan), the same clang
# build whose unit tests `scripts/sanitize.sh asan` runs.
#
#   scripts/fuzz.sh TARGET [SECONDS]     one target (document, split_sentences, date,
#                                        summarize, keywords, rouge, jsonl)
#   scripts/fuzz.sh all [SECONDS]        every target in turn (default 30 s each)
#   scripts/fuzz.sh TARGET SECONDS FLAG...  extra libFuzzer flags, which override
#                                        the defaults (e.g. -max_len=4096)
#
# New inputs go to build/fuzz-corpus/TARGET (the checked-in seeds are never
# modified); a crash leaves its input in build/fuzz-artifacts/ and fails the run.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

target=${1:?usage: scripts/fuzz.sh TARGET|all [SECONDS]}
seconds=${2:-30}
shift $(($# < 2 ? $# : 2))
all_targets=(document split_sentences date summarize keywords rouge jsonl html)
if [ "$target" = all ]; then targets=("${all_targets[@]}"); else targets=("$target"); fi

scripts/install-deps.sh --test >/dev/null
cmake --preset asan >/dev/null
cmake --build --preset asan -j "${NEWSLIB_JOBS:-$(nproc)}" --target "${targets[@]/#/fuzz_}"

mkdir -p build/fuzz-artifacts
for t in "${targets[@]}"; do
  work="build/fuzz-corpus/$t"
  mkdir -p "$work"
  echo "== fuzz_$t for ${seconds}s"
  # -rss_limit_mb bounds memory; -timeout flags any input that takes > 10 s (a hang).
  # The JSONL target reads inputs past the reader's 64 KiB buffer, and its
  # per-line error messages on stderr are muted (libFuzzer's own are kept).
  extra=(-max_len=65536)
  [ "$t" = jsonl ] && extra=(-max_len=262144 -close_fd_mask=2)
  "build/asan/tests/fuzz/fuzz_$t" "$work" "tests/fuzz/corpus/$t" \
    -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=10 "${extra[@]}" \
    -artifact_prefix="build/fuzz-artifacts/$t-" -print_final_stats=1 "$@" 2>&1 |
    grep -E 'stat::number_of_executed_units|stat::peak_rss_mb|ERROR|SUMMARY|invariant failed|Done' || true
  if ls build/fuzz-artifacts/"$t"-* >/dev/null 2>&1; then
    echo "fuzz_$t: crash input(s) in build/fuzz-artifacts/" >&2
    exit 1
  fi
done
