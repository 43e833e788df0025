#!/bin/sh
# Sets Converge up on a Debian 12 machine and runs it or its tests; the README's two commands.
#   sh tools/bootstrap.sh demo   install what is missing, build, open the demo graph: the GUI when
#                                $DISPLAY is set, otherwise a headless `converge run`
#   sh tools/bootstrap.sh test   install what is missing, build everything, run every CTest
# Run it as root, or as a user who may sudo. CONVERGE_BUILD_DIR picks the build folder.
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

cmake -S "$source_dir" -B "$build_dir" -G Ninja
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
    cd "$build_dir"
    exec ctest --output-on-failure -j "$jobs"
    ;;
*)
    echo "usage: sh tools/bootstrap.sh demo|test" >&2
    exit 2
    ;;
esac
