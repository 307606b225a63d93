import path from 'node:path'
import { ConfigurationError } from '../../core/errors.js'
import {
  auditAnnotations,
  auditJson,
  CLI_OPTION_NAMES,
  parseAuditOptions,
  renderText,
  runImageAudit
} from '../../core/image/audit/index.js'
import { SBOM_FORMATS, sbomOptionsFromEpoch, type SbomRequest } from '../../core/sbom/index.js'
import {
  readRegistryTokenFile,
  registryCredentialsFromEnv,
  type RegistryOptions
} from '../../core/image/index.js'
import { formatWorkflowCommand } from '../../core/workflow-commands.js'
import { ExitCode, parseCommandArgs, printJson, type CliIO, type Command } from '../command.js'

export const imageCommand: Command = {
  name: 'image',
  summary: 'Audit container images (no daemon): layer waste, Go binaries per platform, an SBOM',
  help: `Usage: go-ci-kit image IMAGE... [--json] [--expect-platforms os/arch,...] [--expect EXPR]
                        [--dockerfile FILE] [--lowest-efficiency N] [--highest-wasted-bytes N]
                        [--highest-wasted-percent N] [--fail-on KINDS]
                        [--sbom cyclonedx|spdx --sbom-file FILE] [--annotate]
                        [--registry-token-file FILE] [--insecure-registry]

Reads each IMAGE (an OCI image layout directory, an OCI archive, a docker save
archive, or a registry reference such as ghcr.io/org/app:1.2 or
registry.example/app@sha256:…; an index audits every platform) without a
container daemon, layers streamed and never written to disk, verifies
every blob against its digest, and reports per platform its layers, the wasted
bytes (overwritten or deleted files, duplicates, Go caches, /tmp, apt/apk
caches, .git, Go _test binaries, a loader next to static Go binaries) with a
fix each, the efficiency score, and the Go binaries of the final file system.
Several images are also clustered: the bytes a shared base would save.

Options:
  --json                      print one JSON document
  --expect-platforms LIST     platforms each image must have, e.g. linux/amd64,linux/arm64
  --expect EXPR               assertions for every Go binary, e.g. 'go>=1.26 cgo=0 trimpath=true'
  --dockerfile FILE           the Dockerfile the image was built from; findings point at its
                              lines (default: ./Dockerfile when there is one)
  --lowest-efficiency N       fail when a platform's efficiency (0-1) is below N
  --highest-wasted-bytes N    fail when a platform wastes more than N (e.g. 20MB, 1048576)
  --highest-wasted-percent N  fail when a platform wastes more than N percent (0-100)
  --fail-on KINDS             violation kinds that fail, comma-separated (default: all):
                              platform-mismatch missing-platform no-go-binary expect
                              waste-threshold; or none
  --sbom FORMAT               cyclonedx or spdx: write an SBOM of every Go binary found
  --sbom-file FILE            where to write it (atomically); alone it means --sbom cyclonedx
  --annotate                  also print the annotations as workflow commands on stdout
                              (for a run: step on GitHub Actions; not with --json)
  --registry-token-file FILE  a bearer token for the registry, on the file's first line
                              (overrides GO_CI_KIT_REGISTRY_TOKEN)
  --insecure-registry         allow plain HTTP to a registry that is not on this machine
                              (loopback registries may always use HTTP)

An IMAGE that exists as a file or directory is read from disk; otherwise a name
with a registry host, a tag or a digest (or docker://…) is pulled over the
registry API v2, anonymously or with the credentials below.

A platform whose Go binary targets another architecture and a missing expected
platform fail by default. Waste is reported, and fails only past a threshold.

Environment:
  SOURCE_DATE_EPOCH            makes the SBOM reproducible (see go-ci-kit sbom --help)
  GO_CI_KIT_REGISTRY_TOKEN     a bearer token for registry references
  GO_CI_KIT_REGISTRY_USERNAME  with GO_CI_KIT_REGISTRY_PASSWORD: credentials exchanged
                               at the registry's token service (or sent as Basic auth)

Exit codes:
  0   no failing violation
  1   a violation that --fail-on names (a platform mismatch, a missing platform, …)
  2   usage error, or an image is missing, unreadable, damaged or not an image
`,
  async run(argv: string[], io: CliIO) {
    const { values, positionals } = parseCommandArgs('image', argv, {
      json: { type: 'boolean' },
      'expect-platforms': { type: 'string' },
      expect: { type: 'string' },
      dockerfile: { type: 'string' },
      'lowest-efficiency': { type: 'string' },
      'highest-wasted-bytes': { type: 'string' },
      'highest-wasted-percent': { type: 'string' },
      'fail-on': { type: 'string' },
      sbom: { type: 'string' },
      'sbom-file': { type: 'string' },
      annotate: { type: 'boolean' },
      'registry-token-file': { type: 'string' },
      'insecure-registry': { type: 'boolean' }
    })
    if (positionals.length === 0) {
      throw new ConfigurationError('image: no IMAGE given', {
        fix: 'e.g. go-ci-kit image ./image.tar (docker save, skopeo oci-archive) or an OCI layout directory'
      })
    }
    if (values.json && values.annotate) {
      throw new ConfigurationError('image: --annotate and --json do not go together', {
        fix: 'the JSON document holds every violation and finding; drop one of them'
      })
    }
    const settings = parseAuditOptions(
      {
        images: positionals,
        dockerfile: values.dockerfile,
        expectPlatforms: values['expect-platforms'],
        expect: values.expect,
        lowestEfficiency: values['lowest-efficiency'],
        highestWastedBytes: values['highest-wasted-bytes'],
        highestWastedPercent: values['highest-wasted-percent'],
        failOn: values['fail-on']
      },
      CLI_OPTION_NAMES,
      io.cwd
    )
    const sbom = sbomRequest(values.sbom, values['sbom-file'], io)
    const registry = registryOptions(values['registry-token-file'], values['insecure-registry'], io)
    const result = await runImageAudit({
      settings,
      cwd: io.cwd,
      sbom,
      registry,
      logger: {
        info() {},
        warning: message => io.stderr(`go-ci-kit: warning: ${message}\n`),
        debug() {}
      }
    })
    if (values.json) {
      printJson(io, auditJson(result))
    } else {
      io.stdout(renderText(result))
      if (values.annotate) {
        const { kept, dropped } = auditAnnotations(result)
        for (const annotation of kept) io.stdout(`${formatWorkflowCommand(annotation)}\n`)
        if (dropped > 0) io.stderr(`go-ci-kit: ${dropped} more annotation(s) not printed\n`)
      }
    }
    return result.failed ? ExitCode.gateFailed : ExitCode.ok
  }
}

/** Credentials from the environment; a --registry-token-file token wins over theirs. */
function registryOptions(
  tokenFile: string | undefined,
  insecure: boolean | undefined,
  io: CliIO
): RegistryOptions {
  const credentials = registryCredentialsFromEnv(io.env)
  const token =
    tokenFile === undefined
      ? credentials.token
      : readRegistryTokenFile(path.resolve(io.cwd, tokenFile))
  return { ...credentials, token, insecure: insecure === true }
}

function sbomRequest(
  format: string | undefined,
  file: string | undefined,
  io: CliIO
): SbomRequest | undefined {
  if (format === undefined && file === undefined) return undefined
  const chosen = format ?? 'cyclonedx'
  if (!(SBOM_FORMATS as readonly string[]).includes(chosen)) {
    throw new ConfigurationError(`image: --sbom must be cyclonedx or spdx, not "${chosen}"`, {
      fix: 'cyclonedx writes CycloneDX 1.6 JSON, spdx writes SPDX 2.3 JSON'
    })
  }
  if (file === undefined) {
    throw new ConfigurationError('image: --sbom needs --sbom-file FILE', {
      fix: `e.g. --sbom ${chosen} --sbom-file sbom.json (stdout holds the report)`
    })
  }
  return {
    format: chosen as SbomRequest['format'],
    file: path.resolve(io.cwd, file),
    label: { prefix: 'image: ', name: `--sbom-file ${file}` },
    options: sbomOptionsFromEpoch(io.env.SOURCE_DATE_EPOCH, 'image: ')
  }
}
