#!/bin/sh
# Sets Converge up on a Debian 12 machine and runs it or its tests; the README's two commands.
#   sh tools/bootstrap.sh demo   install what is missing, build, open the demo graph: the GUI when
#                                $DISPLAY is set, otherwise a headless `converge run` (or
#                                `converge validate` in builds that have no `run` yet)
#   sh tools/bootstrap.sh test   install what is missing, build everything, run every CTest
# Run it as root, or as a user who may sudo. CONVERGE_BUILD_DIR picks the build folder.
set -eu

mode=${1:-demo}
source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${CONVERGE_BUILD_DIR:-$source_dir/build}
jobs=$(nproc)

packages="g++ cmake ninja-build pkg-config qt6-base-dev qt6-base-dev-tools qt6-tools-dev
qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-qpa-plugins libgl-dev libgraphviz-dev graphviz
libyaml-cpp-dev xvfb xauth fonts-dejavu-core"

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

cmake -S "$source_dir" -B "$build_dir" -G Ninja
converge=$build_dir/app/converge
example=$source_dir/resources/examples/fan-in-fan-out.yaml

case $mode in
demo)
    cmake --build "$build_dir" --target converge -j "$jobs"
    help=$("$converge" --help)
    if [ -n "${DISPLAY:-}" ] && echo "$help" | grep -q "converge FILE"; then
        echo "Opening $example in the Converge window (DISPLAY=$DISPLAY)"
        exec "$converge" "$example"
    elif echo "$help" | grep -q "^  run "; then
        echo "No display: running $example headless with 'converge run'"
        exec "$converge" run "$example"
    else
        echo "No display and no 'converge run' in this build: validating $example"
        exec "$converge" validate "$example"
    fi
    ;;
test)
    cmake --build "$build_dir" -j "$jobs"
    cd "$build_dir"
    exec ctest --output-on-failure -j "$jobs"
    ;;
*)
    echo "usage: sh tools/bootstrap.sh demo|test" >&2
    exit 2
    ;;
esac
