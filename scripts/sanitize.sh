#!/usr/bin/env bash
# Runs the C++ tests under sanitizers and prints how long each step took.
#
#   scripts/sanitize.sh            the asan and tsan runs below
#   scripts/sanitize.sh ci         asan, then every fuzz target for
#                                  NEWSLIB_FUZZ_SECONDS (default 30) from that
#                                  build, then tsan: what .ci/run adds to the tests
#   scripts/sanitize.sh asan       AddressSanitizer + UndefinedBehaviorSanitizer
#                                  (`asan` preset: clang, -O1, with the libFuzzer
#                                  targets): builds everything and
#                                  runs every CTest test (unit tests, fuzz corpus
#                                  replays, CLI end-to-end tests) except the
#                                  packaging ones, which install and build
#                                  consumer projects rather than run library
#                                  code; then the threaded Python tests against
#                                  the instrumented module
#   scripts/sanitize.sh tsan       ThreadSanitizer (`tsan` preset): builds only
#                                  the threaded unit tests and runs them
#
# Any report fails the run. NEWSLIB_JOBS sets the parallelism (default: nproc).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

what=${1:-all}
case "$what" in
  asan|tsan|all|ci) ;;
  *) echo "usage: scripts/sanitize.sh [asan|tsan|all|ci]" >&2; exit 2 ;;
esac
jobs=${NEWSLIB_JOBS:-$(nproc)}

# Runs a command and reports its duration, also when it fails.
step() {
  local name=$1
  shift
  local start=$SECONDS status=0
  echo "== $name"
  "$@" || status=$?
  echo "== $name: $((SECONDS - start)) s$([ "$status" = 0 ] || echo ", FAILED ($status)")"
  return "$status"
}

quiet() { "$@" >/dev/null; }

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}

# ThreadSanitizer needs the address layout it was built for; newer kernels
# randomise mmap more than older runtimes accept, so run without ASLR there.
no_aslr=()
if command -v setarch >/dev/null && setarch "$(uname -m)" -R true 2>/dev/null; then
  no_aslr=(setarch "$(uname -m)" -R)
fi

# Unit tests that start threads (the tsan run builds only these): every
# tests/unit/*_test.cpp that uses std::thread.
threaded_tests=()
for source in tests/unit/*_test.cpp; do
  if grep -q 'std::thread' "$source"; then
    name=$(basename "$source" .cpp)
    threaded_tests+=("$name")
  fi
done

if [ "$what" != tsan ]; then
  step "asan: configure" quiet cmake --preset asan -DNEWSLIB_BUILD_PYTHON=ON
  step "asan: build" cmake --build --preset asan -j "$jobs"
  step "asan: tests" ctest --preset asan -LE package -j "$jobs" --timeout 1800
  # The Python tests that share documents and run batches across threads, with
  # the instrumented module: the interpreter is not instrumented, so the ASan
  # runtime is preloaded, and leak checking (CPython keeps its objects at exit)
  # is off.
  asan_runtime=$(clang++ -print-file-name=libclang_rt.asan-x86_64.so)
  step "asan: Python threads and batches" env LD_PRELOAD="$asan_runtime" \
    ASAN_OPTIONS="${ASAN_OPTIONS/detect_leaks=1/detect_leaks=0}" \
    PYTHONPATH="$root/build/asan/python" \
    "${PYTHON:-python3}" -m pytest -q -p no:cacheprovider "$root/tests/python/test_threads.py" \
    "$root/tests/python/test_batch.py" "$root/tests/python/test_document.py" \
    "$root/tests/python/test_errors.py" "$root/tests/python/test_summarize.py"
fi

if [ "$what" = ci ]; then
  step "fuzz: every target" scripts/fuzz.sh all "${NEWSLIB_FUZZ_SECONDS:-30}"
fi

if [ "$what" != asan ]; then
  step "tsan: configure" quiet cmake --preset tsan
  step "tsan: build" cmake --build --preset tsan -j "$jobs" --target "${threaded_tests[@]}"
  for t in "${threaded_tests[@]}"; do
    # Only the cases that use threads (by name): the rest adds nothing here.
    step "tsan: $t" "${no_aslr[@]}" "build/tsan/tests/$t" \
      --gtest_filter='*Thread*:*Concurren*:*Deterministic*:*Parallel*' --gtest_brief=1
  done
fi
