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
