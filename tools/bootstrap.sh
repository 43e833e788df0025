#!/bin/sh
# Sets Converge up on a Debian 12 machine and runs it or its tests; the README's two commands.
#   sh tools/bootstrap.sh demo   install what is missing, build, open the demo graph: the GUI when
#                                $DISPLAY is set, otherwise a headless `converge run`
#   sh tools/bootstrap.sh test   install what is missing, build everything, run every CTest; then
#                                the sanitizer job: the whole suite (fuzz corpus replays
#                                included) on an ASan+UBSan build, and the engine suites on a
#                                ThreadSanitizer build, failing on any report
# Run it as root, or as a user who may sudo. CONVERGE_BUILD_DIR picks the build folder; the
# sanitizer builds go next to it, in $CONVERGE_BUILD_DIR-asan and $CONVERGE_BUILD_DIR-tsan.
set -eu

mode=${1:-demo}
source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${CONVERGE_BUILD_DIR:-$source_dir/build}
jobs=$(nproc)

packages="g++ cmake ninja-build pkg-config qt6-base-dev qt6-base-dev-tools qt6-tools-dev
qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-qpa-plugins libgl-dev libgraphviz-dev graphviz
libyaml-cpp-dev xvfb xauth fonts-dejavu-core dpkg-dev file appstream desktop-file-utils lintian"

missing=""
for package in $packages; do
    if ! dpkg-query -W -f '${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done
if [ -n "$missing" ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends $missing
fi

if [ "$mode" = test ]; then
    # The test job builds 117 suites, and two sanitizer builds after them: line tables only
    # (-g1; full debug info made each suite 118 MB and its compile 20 % slower), linked by gold
    # (binutils', installed with g++: 1.8 s a suite against 2.8 s for the default linker).
    cmake -S "$source_dir" -B "$build_dir" -G Ninja \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=gold
else
    cmake -S "$source_dir" -B "$build_dir" -G Ninja
fi
converge=$build_dir/app/converge
example=$source_dir/resources/examples/fan-in-fan-out.yaml

case $mode in
demo)
    cmake --build "$build_dir" --target converge -j "$jobs"
    if [ -n "${DISPLAY:-}" ]; then
        echo "Opening $example in the Converge window (DISPLAY=$DISPLAY)"
        exec "$converge" "$example"
    fi
    echo "No display: running $example headless with 'converge run'"
    exec "$converge" run "$example"
    ;;
test)
    cmake --build "$build_dir" -j "$jobs"
    (cd "$build_dir" && ctest --output-on-failure -j "$jobs")

    # Sanitizer builds keep line tables only (-g1): reports still name file and line. The
    # package checks are about the release build and are left out.
    sanitizer_build() { # folder sanitizers optimisation [cmake options]
        folder=$1 sanitizers=$2 optimisation=$3
        shift 3
        cmake -S "$source_dir" -B "$folder" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$optimisation -g1 -DNDEBUG" \
            -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=gold -DCONVERGE_SANITIZE="$sanitizers" \
            -DCONVERGE_BUILD_BENCH=OFF "$@"
    }
    # ASan+UBSan: every suite, the conformance runs and the fuzz corpus replays. A report makes
    # the test exit 23 (see tests/CMakeLists.txt). At -O0: gcc's UBSan checks cost little to
    # compile there, and three times as much at -O1 (yamlgraphreader.cpp: 3.8 s against 10.8 s
    # of CPU; 5.2 s for the release build), more than the suite gains in speed.
    sanitizer_build "$build_dir-asan" address,undefined -O0
    cmake --build "$build_dir-asan" -j "$jobs"
    (cd "$build_dir-asan" && ctest --output-on-failure -j "$jobs" -LE packaging)

    # ThreadSanitizer: the suites whose code runs on more than one thread (engine, scheduler,
    # process runner); TSan exits 66 after any report. -O1 compiles faster than a release build
    # here, and TSan's run time needs it. Without precompiled headers: the one build that shows
    # a core header which forgot an include.
    tsan_suites="tst_engine tst_scheduler tst_readyqueue tst_rungraph tst_eventlog tst_execresource tst_refresh tst_reactor tst_waitingresources tst_commandgate tst_layoutjob tst_watchcoordinator tst_watchcommand tst_inotifyhub tst_filewatch tst_enginewatchrunner"
    sanitizer_build "$build_dir-tsan" thread -O1 -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON
    # shellcheck disable=SC2086 # one target per word
    cmake --build "$build_dir-tsan" -j "$jobs" --target $tsan_suites
    cd "$build_dir-tsan"
    exec ctest --output-on-failure -j "$jobs" -R "/($(echo $tsan_suites | tr ' ' '|'))\$"
    ;;
*)
    echo "usage: sh tools/bootstrap.sh demo|test" >&2
    exit 2
    ;;
esac
