/** Hand-built audit values for the image-audit checks' unit tests. */
import type { Platform } from '../../../src/core/image/image.js'
import type {
  FileDigest,
  GoBinaryFacts,
  ImageAudit,
  PlatformAudit
} from '../../../src/core/image/audit/index.js'

export function goBinary(
  path: string,
  goos: string,
  goarch: string,
  extra: Partial<GoBinaryFacts> & { settings?: { key: string; value: string }[] } = {}
): GoBinaryFacts {
  const { settings: extraSettings, ...rest } = extra
  const goVersion = rest.goVersion ?? 'go1.27.1'
  const archLevel = rest.archLevel
  const settings = extraSettings ?? [
    { key: '-buildmode', value: 'exe' },
    { key: '-trimpath', value: 'true' },
    { key: 'CGO_ENABLED', value: '0' },
    { key: 'GOARCH', value: goarch },
    { key: 'GOOS', value: goos },
    ...(archLevel ? [{ key: archLevel.key, value: archLevel.value }] : [])
  ]
  return {
    path,
    size: 4096,
    sha256: 'a'.repeat(64),
    goVersion,
    goos,
    goarch,
    cgo: '0',
    trimpath: true,
    mainModule: 'example.com/app',
    isTest: false,
    isStatic: true,
    buildInfo: {
      goVersionRaw: goVersion,
      goVersion,
      experiments: [],
      layout: 'inline',
      path: 'example.com/app/cmd/app',
      main: { path: 'example.com/app', version: '(devel)', sum: '' },
      deps: [],
      settings
    },
    ...rest
  }
}

export function platformAudit(
  platform: Platform,
  goBinaries: GoBinaryFacts[],
  extra: Partial<PlatformAudit> = {}
): PlatformAudit {
  return {
    platform,
    configDigest: `sha256:${'c'.repeat(64)}`,
    layers: [],
    findings: [],
    totalBytes: 1000,
    wastedBytes: 0,
    wastedPercent: 0,
    efficiency: 1,
    goBinaries,
    files: [] as FileDigest[],
    ...extra
  }
}

export function imageAudit(source: string, platforms: PlatformAudit[]): ImageAudit {
  return {
    source,
    format: 'oci-layout',
    isIndex: platforms.length > 1,
    platforms,
    skipped: []
  }
}
