/** Per GOARCH, the variable that sets its instruction-set level (GOAMD64=v3, GOARM=7, …). */
export const ARCH_LEVEL_VARIABLE: Readonly<Record<string, string>> = {
  amd64: 'GOAMD64',
  '386': 'GO386',
  arm: 'GOARM',
  arm64: 'GOARM64',
  mips: 'GOMIPS',
  mipsle: 'GOMIPS',
  mips64: 'GOMIPS64',
  mips64le: 'GOMIPS64',
  ppc64: 'GOPPC64',
  ppc64le: 'GOPPC64',
  riscv64: 'GORISCV64',
  wasm: 'GOWASM'
}

/** Every level variable once, for asking `go env` by name. */
export const ARCH_LEVEL_VARIABLES: readonly string[] = [
  ...new Set(Object.values(ARCH_LEVEL_VARIABLE))
]

/**
 * GOOS and GOARCH values Go knows (go/build's syslist, including the reserved ones it
 * recognises but does not ship), for checking what users write.
 */
export const KNOWN_GOOS: readonly string[] = [
  'aix',
  'android',
  'darwin',
  'dragonfly',
  'freebsd',
  'hurd',
  'illumos',
  'ios',
  'js',
  'linux',
  'nacl',
  'netbsd',
  'openbsd',
  'plan9',
  'solaris',
  'wasip1',
  'windows',
  'zos'
]

export const KNOWN_GOARCH: readonly string[] = [
  '386',
  'amd64',
  'arm',
  'arm64',
  'loong64',
  'mips',
  'mipsle',
  'mips64',
  'mips64le',
  'ppc64',
  'ppc64le',
  'riscv64',
  's390x',
  'wasm',
  'ppc',
  'riscv',
  'sparc64'
]
