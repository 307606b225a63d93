import path from 'node:path'
import { BufferSource, BuildInfoError, readBuildInfoFrom } from '../../core/buildinfo/index.js'
import { ConfigurationError } from '../../core/errors.js'
import { openImage, type PlatformImage } from '../../core/image/index.js'
import { ExitCode, parseCommandArgs, printJson, type CliIO, type Command } from '../command.js'

interface GoBinary {
  path: string
  goVersion: string
  goos: string
  goarch: string
  mainModule: string
}

const ELF_MAGIC = Buffer.from([0x7f, 0x45, 0x4c, 0x46])
/** Executables larger than this are not buffered to look for build info. */
const MAX_BINARY_BYTES = 512 * 1024 * 1024

async function goBinaryInfo(
  file: { path: string },
  content: Buffer
): Promise<GoBinary | undefined> {
  if (!content.subarray(0, 4).equals(ELF_MAGIC)) return undefined
  try {
    const info = await readBuildInfoFrom(new BufferSource(content))
    const slice = info.slices[0]
    if (slice === undefined) return undefined
    return {
      path: file.path,
      goVersion: slice.buildInfo.goVersion,
      goos: slice.goos,
      goarch: slice.goarch,
      mainModule: slice.buildInfo.main?.path ?? ''
    }
  } catch (error) {
    if (error instanceof BuildInfoError) return undefined
    throw error
  }
}

function platformName(image: PlatformImage): string {
  const { os, architecture, variant } = image.platform
  return `${os}/${architecture}${variant ? `/${variant}` : ''}`
}

export const imageCommand: Command = {
  name: 'image',
  summary: 'List the layers and Go binaries of a container image (no daemon)',
  help: `Usage: go-ci-kit image PATH [--json]

Reads an OCI image layout directory, an OCI archive or a docker save archive at
PATH without a container daemon, verifies every blob against its digest, and
prints each platform's layers and the Go binaries in its final file system.

Options:
  --json    print one JSON document

Limits: a layer may expand to at most 8 GiB and hold at most 1,000,000 entries
(more is refused as a decompression bomb); entry names that are absolute or
climb out with '..' are refused; nothing is written to disk.

Exit codes:
  0   ok
  2   usage error, or the image is unreadable, damaged or not an image
`,
  async run(argv: string[], io: CliIO) {
    const { values, positionals } = parseCommandArgs('image', argv, { json: { type: 'boolean' } })
    if (positionals.length !== 1) {
      throw new ConfigurationError('image: give exactly one PATH', {
        fix: 'e.g. go-ci-kit image ./image.tar (docker save, skopeo oci-archive) or an OCI layout directory'
      })
    }
    const target = positionals[0] ?? ''
    const opened = await openImage(path.resolve(io.cwd, target), target)
    const platforms = []
    for (const image of opened.images) {
      const view = await opened.readFileSystem<GoBinary>(
        image,
        {},
        {
          wants: file =>
            (file.mode & 0o111) !== 0 && file.size >= 4 && file.size <= MAX_BINARY_BYTES,
          inspect: goBinaryInfo
        }
      )
      platforms.push({
        platform: platformName(image),
        manifestDigest: image.manifestDigest,
        configDigest: image.configDigest,
        tags: image.tags,
        layers: image.layers.map((layer, i) => ({
          digest: layer.digest,
          diffId: layer.diffId,
          size: layer.size,
          mediaType: layer.mediaType,
          createdBy: layer.createdBy,
          ...view.layers[i]
        })),
        files: view.files.length,
        goBinaries: [...view.inspected.values()]
      })
    }
    if (values.json) {
      printJson(io, { image: target, format: opened.format, platforms })
      return ExitCode.ok
    }
    io.stdout(`${target}: ${opened.format}, ${platforms.length} platform(s)\n`)
    for (const platform of platforms) {
      io.stdout(`\n${platform.platform} (${platform.files} paths)\n`)
      for (const [i, layer] of platform.layers.entries()) {
        io.stdout(
          `  layer ${i + 1}: ${layer.size} bytes, +${layer.added} ~${layer.changed} -${layer.deleted}${layer.createdBy ? `  ${layer.createdBy}` : ''}\n`
        )
      }
      for (const binary of platform.goBinaries) {
        io.stdout(
          `  go binary ${binary.path}: ${binary.goVersion} ${binary.goos}/${binary.goarch} ${binary.mainModule}\n`
        )
      }
    }
    return ExitCode.ok
  }
}
