#!/usr/bin/env bash
# Installs the real Go tools the tests and benches use into <repo>/.tools/ (git-ignored),
# from Debian .debs, without touching the machine's apt sources or its installed packages:
#
#   .tools/go1.22            -> root/usr/lib/go-1.22   Go 1.22 GOROOT (golang-1.22-go + -src, bookworm-backports)
#   .tools/go1.22/bin/go                               `go env GOROOT` is .tools/root/usr/lib/go-1.22
#   .tools/go1.23            -> root/usr/lib/go-1.23   Go 1.23 GOROOT (golang-1.23-go + -src, bookworm-backports)
#   .tools/go1.23/bin/go
#   .tools/go1.26            -> root/usr/lib/go-1.26   Go 1.26 GOROOT (golang-1.26-go + -src, trixie-backports)
#   .tools/go1.27            -> root/usr/lib/go-1.27   Go 1.27 GOROOT (golang-1.27-go + -src, trixie-backports)
#   .tools/bin/govulncheck-1.9       -> ../root/usr/bin/govulncheck        govulncheck 1.9 (sid): what users run
#   .tools/bin/staticcheck-2026.2    -> ../root/usr/bin/go-staticcheck     staticcheck 2026.2 (sid)
#   .tools/bin/govulncheck-1.0.4     -> ../compat/usr/bin/govulncheck      govulncheck 1.0.4 (trixie), compatibility tests
#   .tools/bin/staticcheck-2024.1    -> ../compat/usr/bin/go-staticcheck   staticcheck 2024.1 (trixie), compatibility tests
#   .tools/bin/govulncheck   -> govulncheck-1.9     the plain names on PATH are the current versions
#   .tools/bin/staticcheck   -> staticcheck-2026.2
#   .tools/bin/upx           -> ../root/usr/bin/upx-ucl         UPX 4 (bookworm-backports upx-ucl), to pack test binaries
#   .tools/bin/crane         -> ../root/usr/bin/crane           crane 0.20 (sid), builds test images (append, index)
#   .tools/bin/umoci         -> ../root/usr/bin/umoci           umoci 0.6 (sid), OCI image layouts
#   .tools/bin/skopeo        a wrapper script: bookworm's skopeo 1.9 with bookworm's libgpgme11 on
#                            LD_LIBRARY_PATH (sid's and trixie's skopeo need glibc >= 2.38); no
#                            policy.json is installed, so pass --insecure-policy to `skopeo copy`
#   .tools/bin/docker-registry -> ../root/usr/bin/docker-registry   CNCF distribution 2.8 (sid)
#   .tools/bin/busybox       -> ../root/bin/busybox        busybox-static (bookworm), a tiny real root file system
#   .tools/musl              -> root/lib/<triplet>-linux-musl   musl (bookworm): libc.so is also the
#                            dynamic loader (/lib/ld-musl-<arch>.so.1 in an image)
#   .tools/root/             every .deb of the current tools unpacked with `dpkg -x`
#   .tools/compat/           the older govulncheck/staticcheck .debs (same file names as the current ones)
#   .tools/versions.txt      the exact package versions installed (package=version suite sha256)
#   .tools/apt/              private apt sources.list and the log of the last install
#   .tools/.stamp-<hash>     written last; <hash> covers PACKAGES and LAYOUT below. While it is
#                            present the script exits at once (no network).
#
# .tools/go1.27/bin/go appears last, just before the stamp: its presence means the install is complete.
#
# How: `apt-get update` / `apt-get download` with a private sources list, private lists and
# cache directories (-o Dir::…), signed with the system's Debian archive keyring, against the
# Debian mirror this machine's own apt sources already use (found with `apt-get indextargets`).
# If the installed keyring cannot verify trixie, the newest debian-archive-keyring .deb is
# fetched from bookworm (verified by the system keyring) and its keyring is used for trixie.
# Every .deb's SHA-256 is also checked against the signed Packages index before unpacking.
#
# Environment:
#   GO_CI_KIT_TOOLS_FORCE=1     reinstall even if the stamp is present
#   GO_CI_KIT_DEBIAN_MIRROR=URL use this Debian archive instead of the one in the apt sources
#   GO_CI_KIT_TOOLS_KEYRING_BOOTSTRAP=1  always use the keyring fetched from bookworm for trixie
#
# Needs: apt-get, apt-cache, dpkg-deb, sha256sum, flock (all on a stock Debian bookworm).
set -Eeuo pipefail

REPO_ROOT=$(cd "$(dirname "$0")/.." && pwd)
TOOLS="$REPO_ROOT/.tools"

# suite  package  accepted-version (bash glob)  unpack-root (root: current tools; compat: older
# versions whose files would collide with the current ones)
PACKAGES=(
  "bookworm-backports golang-1.22-go  1.22.*     root"
  "bookworm-backports golang-1.22-src 1.22.*     root"
  "bookworm-backports golang-1.23-go  1.23.*     root"
  "bookworm-backports golang-1.23-src 1.23.*     root"
  "trixie-backports   golang-1.26-go  1.26.*     root"
  "trixie-backports   golang-1.26-src 1.26.*     root"
  "trixie-backports   golang-1.27-go  1.27.*     root"
  "trixie-backports   golang-1.27-src 1.27.*     root"
  "sid                govulncheck     1.9.*      root"
  "sid                go-staticcheck  2026.2*    root"
  "trixie             govulncheck     1.0.4-*    compat"
  "trixie             go-staticcheck  2024.1-*   compat"
  "bookworm-backports upx-ucl         4.*        root"
  "sid                crane           0.20.*     root"
  "sid                umoci           0.6.*      root"
  "sid                docker-registry 2.8.*      root"
  "bookworm           skopeo          1.9.*      root"
  "bookworm           libgpgme11      1.18.*     root"
  "bookworm           busybox-static  1:1.35.*   root"
  "bookworm           musl            1.2.3-*    root"
)
GO_VERSIONS=(1.22 1.23 1.26 1.27)
LAYOUT=5 # bump when the layout under .tools changes

log() { printf 'install-tools: %s\n' "$*" >&2; }

# Fast path: nothing to do when the stamp and the binaries are there.
STAMP="$TOOLS/.stamp-$(printf '%s\n' "layout=$LAYOUT" "${PACKAGES[@]}" | sha256sum | cut -c1-16)"
TOOL_BINS=(bin/govulncheck-1.9 bin/staticcheck-2026.2 bin/govulncheck-1.0.4 bin/staticcheck-2024.1
  bin/govulncheck bin/staticcheck bin/upx bin/crane bin/umoci bin/skopeo bin/docker-registry
  bin/busybox musl/libc.so)
is_installed() {
  [[ -f $STAMP ]] || return 1
  local v f
  for v in "${GO_VERSIONS[@]}"; do [[ -x $TOOLS/go$v/bin/go ]] || return 1; done
  for f in "${TOOL_BINS[@]}"; do [[ -x $TOOLS/$f ]] || return 1; done
}
if [[ ${GO_CI_KIT_TOOLS_FORCE:-} != 1 ]] && is_installed; then
  log "tools are up to date in $TOOLS"
  exit 0
fi

APT_DIR="$TOOLS/apt"
APT_LOG="$APT_DIR/log"
ROOT_NEW="$TOOLS/root.new"
COMPAT_NEW="$TOOLS/compat.new"
SYSTEM_KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg

show_apt_log() {
  if [[ -s $APT_LOG ]]; then
    log "last lines of $APT_LOG:"
    tail -n 15 "$APT_LOG" | sed 's/^/  | /' >&2
  fi
}
die() {
  trap - ERR
  log "error: $*"
  [[ $* != *"$APT_LOG"* ]] || show_apt_log
  exit 1
}
on_error() {
  local status=$? line=$1 cmd=$2
  trap - ERR
  log "error: failed (exit $status) at line $line: $cmd"
  show_apt_log
  exit "$status"
}
trap 'on_error $LINENO "$BASH_COMMAND"' ERR

for cmd in apt-get apt-cache dpkg dpkg-deb sha256sum flock; do
  command -v "$cmd" >/dev/null || die "'$cmd' is required (this script expects Debian bookworm)"
done
[[ -r $SYSTEM_KEYRING ]] || die "$SYSTEM_KEYRING is missing (package debian-archive-keyring)"

mkdir -p "$TOOLS"
# One installer at a time; a second one waits, then finds the stamp.
exec 9>"$TOOLS/.lock"
if ! flock -n 9; then
  log "another install is running; waiting for it"
  flock -w 1800 9 || die "timed out waiting for the lock on $TOOLS/.lock"
fi
if [[ ${GO_CI_KIT_TOOLS_FORCE:-} != 1 ]] && is_installed; then
  log "tools are up to date in $TOOLS"
  exit 0
fi

started=$SECONDS
ARCH=$(dpkg --print-architecture)

# The Debian archive that serves bookworm on this machine (deb822 .sources and .list alike).
find_mirror() {
  if [[ -n ${GO_CI_KIT_DEBIAN_MIRROR:-} ]]; then
    printf '%s\n' "${GO_CI_KIT_DEBIAN_MIRROR%/}"
    return
  fi
  apt-get indextargets --no-release-info --format '$(TARGET_OF) $(RELEASE) $(REPO_URI)' 2>/dev/null |
    awk '$1 == "deb" && $2 ~ /^bookworm(-updates|-backports)?$/ { sub(/\/+$/, "", $3); print $3 }' |
    head -n 1
}
MIRROR=$(find_mirror)
[[ -n $MIRROR ]] || die "no Debian bookworm mirror in /etc/apt/sources.list{,.d}; set GO_CI_KIT_DEBIAN_MIRROR=<archive URL>"
log "mirror: $MIRROR ($ARCH)"

rm -rf "$APT_DIR"
mkdir -p "$APT_DIR/empty.d" "$APT_DIR/lists/partial" "$APT_DIR/cache/archives/partial" "$APT_DIR/debs"
: >"$APT_LOG"
APT_OPTS=(
  -q
  -o "Dir::Etc::SourceList=$APT_DIR/sources.list"
  -o "Dir::Etc::SourceParts=$APT_DIR/empty.d"
  -o "Dir::Etc::Preferences=$APT_DIR/empty.pref"
  -o "Dir::Etc::PreferencesParts=$APT_DIR/empty.d"
  -o "Dir::State::Lists=$APT_DIR/lists"
  -o "Dir::Cache=$APT_DIR/cache"
  -o "APT::Sandbox::User=root"
  -o "Acquire::Languages=none"
  -o "Acquire::Retries=3"
)
: >"$APT_DIR/empty.pref"

write_sources() { # <keyring for trixie>
  cat >"$APT_DIR/sources.list" <<EOF
deb [arch=$ARCH signed-by=$SYSTEM_KEYRING] $MIRROR bookworm main
deb [arch=$ARCH signed-by=$SYSTEM_KEYRING] $MIRROR bookworm-backports main
deb [arch=$ARCH signed-by=$1] $MIRROR trixie main
deb [arch=$ARCH signed-by=$1] $MIRROR trixie-backports main
deb [arch=$ARCH signed-by=$1] $MIRROR sid main
EOF
}

apt_update() {
  echo "+ apt-get update ($(grep -c . "$APT_DIR/sources.list") sources)" >>"$APT_LOG"
  # --error-on=any: an unreachable mirror is an error, not a warning.
  apt-get "${APT_OPTS[@]}" --error-on=any update </dev/null >>"$APT_LOG" 2>&1
}

# Fetches the newest debian-archive-keyring from bookworm (trusted through the system keyring)
# and sets TRIXIE_KEYRING to its archive keyring.
bootstrap_keyring() {
  local dir="$APT_DIR/keyring"
  cat >"$APT_DIR/sources.list" <<EOF
deb [arch=$ARCH signed-by=$SYSTEM_KEYRING] $MIRROR bookworm-updates main
EOF
  apt_update || die "apt-get update of bookworm failed (see $APT_LOG)"
  rm -rf "$dir" && mkdir -p "$dir/debs"
  (cd "$dir/debs" && apt-get "${APT_OPTS[@]}" download debian-archive-keyring </dev/null >>"$APT_LOG" 2>&1) ||
    die "could not download debian-archive-keyring from bookworm (see $APT_LOG)"
  dpkg-deb -x "$dir"/debs/debian-archive-keyring_*.deb "$dir/root"
  [[ -s $dir/root$SYSTEM_KEYRING ]] || die "debian-archive-keyring .deb has no $SYSTEM_KEYRING"
  TRIXIE_KEYRING="$dir/root$SYSTEM_KEYRING"
}

if [[ ${GO_CI_KIT_TOOLS_KEYRING_BOOTSTRAP:-} == 1 ]]; then
  log "fetching debian-archive-keyring from bookworm for trixie"
  bootstrap_keyring
  write_sources "$TRIXIE_KEYRING"
  log "apt-get update (bookworm, bookworm-backports, trixie, trixie-backports, sid)"
  apt_update || die "apt-get update failed (see $APT_LOG)"
else
  write_sources "$SYSTEM_KEYRING"
  log "apt-get update (bookworm, bookworm-backports, trixie, trixie-backports, sid)"
  if ! apt_update; then
    if grep -qE 'NO_PUBKEY|EXPKEYSIG|KEYEXPIRED|is not signed|signatures were invalid' "$APT_LOG"; then
      log "the installed keyring cannot verify trixie; fetching debian-archive-keyring from bookworm"
      bootstrap_keyring
      write_sources "$TRIXIE_KEYRING"
      apt_update || die "apt-get update failed even with the newest bookworm keyring (see $APT_LOG)"
    else
      die "apt-get update failed (see $APT_LOG)"
    fi
  fi
fi

# Newest version of <package> in <suite> that matches <glob>.
resolve_version() { # suite package glob
  local suite=$1 pkg=$2 glob=$3 version where
  while IFS='|' read -r _ version where; do
    version=${version// /}
    if [[ " $where" == *" $suite/"* && $version == $glob ]]; then
      printf '%s\n' "$version"
      return 0
    fi
  done < <(apt-cache "${APT_OPTS[@]}" madison "$pkg" 2>>"$APT_LOG")
  return 1
}

# SHA-256 of <package>=<version> from the signed Packages index.
index_sha256() {
  apt-cache "${APT_OPTS[@]}" show "$1=$2" 2>>"$APT_LOG" | awk '/^SHA256: / { print $2; exit }'
}

# Keyed by "suite/package": one package can come from two suites (current and compat).
declare -A VERSION SHA256
for spec in "${PACKAGES[@]}"; do
  read -r suite pkg glob _ <<<"$spec"
  version=$(resolve_version "$suite" "$pkg" "$glob") ||
    die "$pkg $glob is not in $suite on $MIRROR (apt-cache madison $pkg: $(apt-cache "${APT_OPTS[@]}" madison "$pkg" 2>/dev/null | tr -s ' ' | tr '\n' ';'))"
  sha=$(index_sha256 "$pkg" "$version")
  [[ $sha =~ ^[0-9a-f]{64}$ ]] || die "no SHA256 for $pkg=$version in the Packages index"
  VERSION[$suite/$pkg]=$version
  SHA256[$suite/$pkg]=$sha
done
for spec in "${PACKAGES[@]}"; do
  read -r suite pkg _ <<<"$spec"
  [[ $pkg == golang-*-go ]] || continue
  src=${pkg%-go}-src
  [[ ${VERSION[$suite/$pkg]} == "${VERSION[$suite/$src]:-}" ]] ||
    die "$pkg ${VERSION[$suite/$pkg]} and $src ${VERSION[$suite/$src]:-(missing)} differ in $suite"
done

MANIFEST=()
DEBS=()
declare -A DEB_ROOT
for spec in "${PACKAGES[@]}"; do
  read -r suite pkg _ unpack_root <<<"$spec"
  version=${VERSION[$suite/$pkg]} sha=${SHA256[$suite/$pkg]}
  dir="$APT_DIR/debs/$suite/$pkg"
  mkdir -p "$dir"
  log "download $pkg $version ($suite)"
  (cd "$dir" && apt-get "${APT_OPTS[@]}" download "$pkg=$version" </dev/null >>"$APT_LOG" 2>&1) ||
    die "apt-get download $pkg=$version failed (see $APT_LOG)"
  debs=("$dir"/*.deb)
  [[ ${#debs[@]} == 1 && -f ${debs[0]} ]] || die "expected one .deb in $dir"
  actual=$(sha256sum "${debs[0]}" | cut -d' ' -f1)
  [[ $actual == "$sha" ]] || die "${debs[0]}: SHA-256 $actual does not match the Packages index ($sha)"
  DEBS+=("${debs[0]}")
  DEB_ROOT[${debs[0]}]=$unpack_root
  MANIFEST+=("$pkg=$version $suite $sha")
done

log "unpack ${#DEBS[@]} packages"
rm -rf "$ROOT_NEW" "$COMPAT_NEW"
mkdir -p "$ROOT_NEW" "$COMPAT_NEW"
for deb in "${DEBS[@]}"; do
  case ${DEB_ROOT[$deb]} in
  root) dpkg-deb -x "$deb" "$ROOT_NEW" ;;
  compat) dpkg-deb -x "$deb" "$COMPAT_NEW" ;;
  *) die "unknown unpack root '${DEB_ROOT[$deb]}' for $deb" ;;
  esac
done

# Absolute symlinks inside the packages would point into the host's /usr: re-point them
# inside the unpacked tree (relative, so the tree can be moved).
fixed=0
for tree in "$ROOT_NEW" "$COMPAT_NEW"; do
  while IFS= read -r -d '' link; do
    target=$(readlink "$link")
    [[ $target == /* ]] || continue
    ln -sfn "$(realpath -m --relative-to="$(dirname "$link")" "$tree$target")" "$link"
    fixed=$((fixed + 1))
  done < <(find "$tree" -type l -print0)
done
((fixed == 0)) || log "re-pointed $fixed absolute symlinks into .tools/root"

# Smoke tests on the new tree before it replaces the old one.
smoke_go() { # version
  local goroot="$ROOT_NEW/usr/lib/go-$1" tmp out
  for d in src/runtime pkg/tool; do
    [[ -d $goroot/$d ]] || die "go $1: $goroot/$d is missing after unpacking"
  done
  tmp=$(mktemp -d)
  mkdir -p "$tmp/hello"
  printf 'module example.com/hello\n\ngo %s\n' "$1" >"$tmp/hello/go.mod"
  printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello from", %s) }\n' '"go"' >"$tmp/hello/main.go"
  out=$(cd "$tmp/hello" && env -u GOROOT -u GOFLAGS GOTOOLCHAIN=local GOPROXY=off GOSUMDB=off \
    GOTELEMETRY=off CGO_ENABLED=0 GOPATH="$tmp/gopath" GOCACHE="$tmp/gocache" GOMODCACHE="$tmp/gopath/pkg/mod" \
    GOENV=off "$goroot/bin/go" run . 2>&1) || {
    chmod -R u+w "$tmp" && rm -rf "$tmp"
    die "go $1 could not build a hello-world program: $out"
  }
  chmod -R u+w "$tmp" && rm -rf "$tmp"
  [[ $out == "hello from go" ]] || die "go $1: unexpected output from hello-world: $out"
  out=$(env -u GOROOT GOENV=off GOTOOLCHAIN=local "$goroot/bin/go" env GOROOT)
  [[ $(realpath "$out") == $(realpath "$goroot") ]] || die "go $1: GOROOT is $out, expected $goroot"
}
log "smoke test: go ${GO_VERSIONS[*]} build hello-world offline"
for v in "${GO_VERSIONS[@]}"; do smoke_go "$v"; done
for tree in "$ROOT_NEW" "$COMPAT_NEW"; do
  "$tree/usr/bin/govulncheck" -version >/dev/null 2>>"$APT_LOG" ||
    "$tree/usr/bin/govulncheck" -h >/dev/null 2>&1 || die "$tree/usr/bin/govulncheck does not run on this machine"
  "$tree/usr/bin/go-staticcheck" -version >/dev/null 2>>"$APT_LOG" || die "$tree/usr/bin/go-staticcheck does not run on this machine"
done

# The image tools. Paths that differ between packages' layouts are found, then checked.
relative_to_root() { # <path under ROOT_NEW>
  printf '%s\n' "${1#"$ROOT_NEW"/}"
}
gpgme_lib=$(find "$ROOT_NEW" -name 'libgpgme.so.11' -print -quit)
[[ -n $gpgme_lib ]] || die "libgpgme11: no libgpgme.so.11 after unpacking"
SKOPEO_LIB_DIR=$(relative_to_root "$(dirname "$gpgme_lib")")
musl_libc=$(find "$ROOT_NEW/lib/" "$ROOT_NEW/usr/lib/" -maxdepth 2 -path '*-linux-musl*/libc.so' -print -quit 2>/dev/null || true)
[[ -n $musl_libc ]] || die "musl: no {usr/,}lib/<triplet>-linux-musl/libc.so after unpacking"
MUSL_DIR=$(relative_to_root "$(dirname "$musl_libc")")
BUSYBOX=
for candidate in bin/busybox usr/bin/busybox; do
  [[ -x $ROOT_NEW/$candidate ]] && BUSYBOX=$candidate && break
done
[[ -n $BUSYBOX ]] || die "busybox-static: no bin/busybox after unpacking"
log "smoke test: crane, umoci, skopeo, docker-registry, busybox, musl"
"$ROOT_NEW/usr/bin/crane" version >/dev/null 2>>"$APT_LOG" || die "crane does not run on this machine (see $APT_LOG)"
"$ROOT_NEW/usr/bin/umoci" --version >/dev/null 2>>"$APT_LOG" || die "umoci does not run on this machine (see $APT_LOG)"
LD_LIBRARY_PATH="$ROOT_NEW/$SKOPEO_LIB_DIR" "$ROOT_NEW/usr/bin/skopeo" --version >/dev/null 2>>"$APT_LOG" ||
  die "skopeo does not run on this machine, even with libgpgme11 beside it (see $APT_LOG)"
"$ROOT_NEW/usr/bin/docker-registry" --version >/dev/null 2>>"$APT_LOG" ||
  die "docker-registry does not run on this machine (see $APT_LOG)"
"$ROOT_NEW/$BUSYBOX" true 2>>"$APT_LOG" || die "busybox does not run on this machine (see $APT_LOG)"
[[ -x $musl_libc ]] || die "musl: $musl_libc is not executable"

# Swap the trees in (two renames each, so a reinstall barely disturbs running tests); the newest
# Go, which others poll for, comes last, then the stamp.
rm -f "$TOOLS"/.stamp-*
for name in root compat; do
  rm -rf "$TOOLS/$name.old"
  [[ ! -e $TOOLS/$name ]] || mv "$TOOLS/$name" "$TOOLS/$name.old"
  mv "$TOOLS/$name.new" "$TOOLS/$name"
  rm -rf "$TOOLS/$name.old"
done
for v in "${GO_VERSIONS[@]}"; do
  link="$TOOLS/go$v"
  [[ -L $link || ! -e $link ]] || rm -rf "$link" # an older layout's real directory
done
mkdir -p "$TOOLS/bin"
ln -sfn ../root/usr/bin/govulncheck "$TOOLS/bin/govulncheck-1.9"
ln -sfn ../root/usr/bin/go-staticcheck "$TOOLS/bin/staticcheck-2026.2"
ln -sfn ../compat/usr/bin/govulncheck "$TOOLS/bin/govulncheck-1.0.4"
ln -sfn ../compat/usr/bin/go-staticcheck "$TOOLS/bin/staticcheck-2024.1"
ln -sfn govulncheck-1.9 "$TOOLS/bin/govulncheck"
ln -sfn staticcheck-2026.2 "$TOOLS/bin/staticcheck"
ln -sfn ../root/usr/bin/upx-ucl "$TOOLS/bin/upx"
ln -sfn ../root/usr/bin/crane "$TOOLS/bin/crane"
ln -sfn ../root/usr/bin/umoci "$TOOLS/bin/umoci"
ln -sfn ../root/usr/bin/docker-registry "$TOOLS/bin/docker-registry"
ln -sfn "../root/$BUSYBOX" "$TOOLS/bin/busybox"
ln -sfn "root/$MUSL_DIR" "$TOOLS/musl"
rm -f "$TOOLS/bin/skopeo"
cat >"$TOOLS/bin/skopeo" <<EOF
#!/bin/sh
# Written by scripts/install-tools.sh: bookworm's skopeo with bookworm's libgpgme11 beside it.
tools=\$(cd "\$(dirname "\$0")/.." && pwd)
LD_LIBRARY_PATH="\$tools/root/$SKOPEO_LIB_DIR\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}" exec "\$tools/root/usr/bin/skopeo" "\$@"
EOF
chmod 755 "$TOOLS/bin/skopeo"
printf '%s\n' "${MANIFEST[@]}" >"$TOOLS/versions.txt"
for v in "${GO_VERSIONS[@]}"; do ln -sfn "root/usr/lib/go-$v" "$TOOLS/go$v"; done
rm -rf "$APT_DIR/lists" "$APT_DIR/cache" "$APT_DIR/debs" "$APT_DIR/keyring"
cp "$TOOLS/versions.txt" "$STAMP"
is_installed || die "install finished but a tool is missing under $TOOLS"

log "installed in $((SECONDS - started))s:"
sed 's/^/  /' "$TOOLS/versions.txt" >&2
