#!/bin/sh
# Builds the .deb with cpack from an already built tree, checks that it holds every file a
# desktop install needs, unpacks it into a scratch root and runs the packaged `converge
# --version` from there. Runs lintian when it is installed and fails on its errors.
# Usage: packaging/check-deb.sh BUILD_DIR
set -eu

build=$(cd "${1:?usage: check-deb.sh BUILD_DIR}" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

(cd "$scratch" && cpack --config "$build/CPackConfig.cmake" -B "$scratch/out" >cpack.log 2>&1) || {
    cat "$scratch/cpack.log"
    echo "check-deb: error: cpack failed" >&2
    exit 1
}
deb=$(ls "$scratch"/out/converge_*.deb)
echo "check-deb: built $(basename "$deb")"

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$scratch/contents"
missing=0
for path in \
    /usr/bin/converge \
    /usr/libexec/converge/converge-layout \
    /usr/share/applications/converge.desktop \
    /usr/share/mime/packages/converge.xml \
    /usr/share/metainfo/io.github.converge.Converge.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/converge.svg \
    /usr/share/icons/hicolor/16x16/apps/converge.png \
    /usr/share/icons/hicolor/48x48/apps/converge.png \
    /usr/share/icons/hicolor/256x256/apps/converge.png \
    /usr/share/man/man1/converge.1.gz \
    /usr/share/doc/converge/copyright \
    /usr/share/doc/converge/changelog.gz \
    /usr/share/converge/examples/web-server.yaml \
    /usr/share/converge/examples/build-pipeline.yaml \
    /usr/share/converge/examples/fan-in-fan-out.yaml; do
    if ! grep -qx "$path" "$scratch/contents"; then
        echo "check-deb: error: $path is missing from the package" >&2
        missing=1
    fi
done
[ "$missing" = 0 ] || exit 1

depends=$(dpkg-deb -f "$deb" Depends)
echo "check-deb: Depends: $depends"
for lib in libqt6core6 libqt6widgets6 libqt6svg6 libyaml-cpp0.7 libgvc6; do
    case "$depends" in
    *"$lib"*) ;;
    *) echo "check-deb: error: Depends lacks $lib" >&2; exit 1 ;;
    esac
done

root="$scratch/root"
dpkg-deb -x "$deb" "$root"
version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/converge" --version)
echo "check-deb: packaged binary says: $version"
expected=$(dpkg-deb -f "$deb" Version)
case "$version" in
*"$expected"*) ;;
*) echo "check-deb: error: expected version $expected" >&2; exit 1 ;;
esac

if command -v lintian >/dev/null 2>&1; then
    lintian --tag-display-limit 0 "$deb" >"$scratch/lintian.log" 2>&1 || true
    cat "$scratch/lintian.log"
    if grep -q '^E: ' "$scratch/lintian.log"; then
        echo "check-deb: error: lintian reports errors" >&2
        exit 1
    fi
fi
echo "check-deb: ok"
