import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ConfigurationError } from '../../../src/core/errors.js'
import { dockerfileLinesFor, parseDockerfile } from '../../../src/core/image/audit/index.js'
import { findDockerfile } from '../../../src/core/image/audit/dockerfile.js'
import { runTool } from '../../helpers/images.js'
import { describeIfTool, REPO_ROOT } from '../../helpers/tools.js'

const FIXTURES = path.join(REPO_ROOT, '__tests__', 'fixtures', 'image', 'history')

function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8')
}

/** The history lines of the layers (entries without empty_layer), as the image reader gives them. */
function layerHistory(config: string): (string | undefined)[] {
  const { history = [] } = JSON.parse(config) as {
    history?: { created_by?: string; empty_layer?: boolean }[]
  }
  return history.filter(h => !h.empty_layer).map(h => h.created_by)
}

function errorOf(run: () => unknown): ConfigurationError {
  try {
    run()
  } catch (error) {
    if (error instanceof ConfigurationError) return error
    throw error
  }
  throw new Error('expected a ConfigurationError')
}

describe('parseDockerfile', () => {
  test('comments, continuations, case-insensitive keywords, stages', () => {
    const parsed = parseDockerfile(
      [
        '# syntax=docker/dockerfile:1',
        'ARG GO=1.27',
        '',
        'from golang:${GO} as Build',
        'WORKDIR /src',
        'run apk add --no-cache \\',
        '    # a comment inside a continuation is dropped',
        '    git \\',
        '',
        '    make',
        'COPY . .',
        'FROM scratch',
        'COPY --from=build /out/app /app',
        'ENTRYPOINT ["/app"]'
      ].join('\n'),
      'Dockerfile'
    )
    expect(parsed.instructions).toEqual([
      { line: 2, keyword: 'ARG', text: 'GO=1.27', stage: '' },
      { line: 4, keyword: 'FROM', text: 'golang:${GO} as Build', stage: 'build' },
      { line: 5, keyword: 'WORKDIR', text: '/src', stage: 'build' },
      {
        line: 6,
        keyword: 'RUN',
        text: 'apk add --no-cache     git     make',
        stage: 'build',
        endLine: 10
      },
      { line: 11, keyword: 'COPY', text: '. .', stage: 'build' },
      { line: 12, keyword: 'FROM', text: 'scratch', stage: '1' },
      { line: 13, keyword: 'COPY', text: '--from=build /out/app /app', stage: '1' },
      { line: 14, keyword: 'ENTRYPOINT', text: '["/app"]', stage: '1' }
    ])
  })

  test('the escape directive makes the backtick the continuation character', () => {
    const parsed = parseDockerfile(
      [
        '# escape=`',
        'FROM mcr.microsoft.com/windows/servercore',
        'RUN dir c:\\ `',
        '  && echo done'
      ].join('\r\n'),
      'Dockerfile'
    )
    expect(parsed.instructions[1]).toMatchObject({
      keyword: 'RUN',
      text: 'dir c:\\   && echo done',
      endLine: 4
    })
  })

  test('heredocs: RUN <<EOF, <<-EOF with tabs, COPY <<EOF, two in one line', () => {
    const parsed = parseDockerfile(
      [
        'FROM alpine',
        'RUN <<EOF',
        'set -e',
        'apk add git',
        'EOF',
        'RUN <<-"END" cat >/x',
        '\tindented',
        '\tEND',
        'COPY <<one <<two /etc/',
        'first',
        'one',
        'second',
        'two',
        'RUN echo after'
      ].join('\n'),
      'Dockerfile'
    )
    expect(parsed.instructions.map(i => [i.line, i.keyword, i.endLine])).toEqual([
      [1, 'FROM', undefined],
      [2, 'RUN', 5],
      [6, 'RUN', 8],
      [9, 'COPY', 13],
      [14, 'RUN', undefined]
    ])
    expect(parsed.instructions[1].heredocs).toEqual([
      { name: 'EOF', body: 'set -e\napk add git\n', stripTabs: false }
    ])
    expect(parsed.instructions[2].heredocs).toEqual([
      { name: 'END', body: '\tindented\n', stripTabs: true }
    ])
    expect(parsed.instructions[3].heredocs?.map(h => h.name)).toEqual(['one', 'two'])
  })

  test('the real policy-server Dockerfiles parse', () => {
    const parsed = parseDockerfile(fixture('policy-server-v1.13.0.Dockerfile'), 'Dockerfile.github')
    expect(parsed.instructions.filter(i => i.keyword === 'FROM').map(i => i.stage)).toEqual([
      'common',
      'build-amd64',
      'build-arm64',
      '3'
    ])
    expect(() =>
      parseDockerfile(fixture('policy-server-v1.13.0.local.Dockerfile'), 'Dockerfile')
    ).not.toThrow()
  })

  test.each([
    ['FROM alpine\nRUNN echo', 'Dockerfile:2: unknown instruction "RUNN"'],
    ['RUN echo\nFROM alpine', 'Dockerfile:1: RUN comes before the first FROM'],
    ['FROM alpine\nRUN <<EOF\necho', 'Dockerfile:2: heredoc <<EOF is not terminated'],
    ['FROM', 'Dockerfile:1: FROM needs an image and optionally AS name, got ""'],
    ['FROM a b c', 'Dockerfile:1: FROM: expected AS, got "b"'],
    ['# escape=x\nFROM a', 'Dockerfile:1: invalid escape directive "x"'],
    ['# just a comment\n\n', 'Dockerfile: no FROM instruction']
  ])('%j is a ConfigurationError naming the file and line', (text, message) => {
    const error = errorOf(() => parseDockerfile(text, 'Dockerfile'))
    expect(error.message).toBe(message)
    expect(error.fix).toBeTruthy()
  })

  test('property: a parsed Dockerfile maps any history without throwing', () => {
    const piece = fc.constantFrom(
      'FROM alpine AS a',
      'FROM a',
      'FROM ${X}',
      'FROM b-${ARCH}',
      'RUN echo $HOME',
      'COPY ["a (1)", "/b*"]',
      'COPY --chmod=${MODE} x* /y/',
      'WORKDIR ${D}/sub',
      'ADD https://example.com/x.tgz /',
      'ARG X=alpine'
    )
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 8 }),
        fc.array(fc.option(fc.string({ maxLength: 30 }), { nil: undefined }), { maxLength: 8 }),
        (lines, history) => {
          let parsed
          try {
            parsed = parseDockerfile(lines.join('\n'), 'Dockerfile')
          } catch (error) {
            expect(error).toBeInstanceOf(ConfigurationError)
            return
          }
          expect(dockerfileLinesFor(history, parsed)).toHaveLength(history.length)
        }
      )
    )
  })

  test('property: any text parses or is a ConfigurationError', () => {
    const piece = fc.constantFrom(
      'FROM alpine',
      'FROM x AS y',
      'RUN echo \\',
      'RUN <<EOF',
      'EOF',
      'COPY a b',
      '# c',
      '',
      '\t',
      'ARG A=1',
      'run x',
      '`',
      'FROM'
    )
    fc.assert(
      fc.property(
        fc.array(fc.oneof(piece, fc.string({ maxLength: 12 })), { maxLength: 12 }),
        lines => {
          try {
            const parsed = parseDockerfile(lines.join('\n'), 'Dockerfile')
            for (const i of parsed.instructions) expect(i.line).toBeGreaterThan(0)
          } catch (error) {
            expect(error).toBeInstanceOf(ConfigurationError)
          }
        }
      )
    )
  })
})

describe('dockerfileLinesFor', () => {
  test('policy-server v1.13.0: FROM build-${TARGETARCH} resolves to the amd64 stage', () => {
    const dockerfile = parseDockerfile(
      fixture('policy-server-v1.13.0.Dockerfile'),
      'Dockerfile.github'
    )
    const history = layerHistory(fixture('policy-server-v1.13.0.config.json'))
    expect(history).toHaveLength(4)
    // Lines 7–10 are the build-amd64 stage; the arm64 stage (13–16) differs in the binary.
    expect(dockerfileLinesFor(history, dockerfile)).toEqual([7, 8, 9, 10])
  })

  test('policy-server v1.13.0 with the local Dockerfile: the scratch stage, --from dropped', () => {
    const dockerfile = parseDockerfile(
      fixture('policy-server-v1.13.0.local.Dockerfile'),
      'Dockerfile'
    )
    const history = layerHistory(fixture('policy-server-v1.13.0.config.json'))
    // The local build copies another binary path, so that layer matches nothing.
    // Lines 17–18 are the cfg stage's RUN echo … /etc/passwd: not the final stage's.
    expect(dockerfileLinesFor(history, dockerfile)).toEqual([22, 23, undefined, 25])
  })

  test('opm catalog: Bazel and BuildKit base layers map to FROM, the legacy ADD to its line', () => {
    const dockerfile = parseDockerfile(fixture('opm-catalog.Dockerfile'), 'catalog.Dockerfile')
    const history = layerHistory(fixture('opm-catalog.config.json'))
    expect(history).toHaveLength(6)
    expect(dockerfileLinesFor(history, dockerfile)).toEqual([3, 3, 3, 3, 3, 10])
  })

  test('a Go multi-stage build as BuildKit records it', () => {
    const dockerfile = parseDockerfile(
      [
        'FROM golang:1.27-alpine AS build', // 1
        'WORKDIR /src', // 2
        'COPY go.mod go.sum ./', // 3
        'RUN --mount=type=cache,target=/root/go/pkg/mod go mod download', // 4
        'COPY . .', // 5
        'ARG VERSION=dev', // 6
        'RUN CGO_ENABLED=0 go build -trimpath \\', // 7
        '      -ldflags "-X main.version=${VERSION}" -o /out/app ./cmd/app', // 8
        '', // 9
        'FROM alpine:3.20', // 10
        'RUN apk add --no-cache ca-certificates', // 11
        'WORKDIR app', // 12
        'COPY --from=build --chown=65532:65532 /out/app ./app', // 13
        'RUN ["/app/app", "selftest"]', // 14
        'COPY --link <<EOF /etc/app.yaml', // 15
        'level: info', // 16
        'EOF', // 17
        'USER 65532' // 18
      ].join('\n'),
      'Dockerfile'
    )
    const history = [
      'ADD alpine-minirootfs-3.20.3-x86_64.tar.gz / # buildkit',
      'RUN /bin/sh -c apk add --no-cache ca-certificates # buildkit',
      'WORKDIR /app',
      'COPY --chown=65532:65532 /out/app ./app # buildkit',
      'RUN /app/app selftest # buildkit',
      'COPY <<EOF /etc/app.yaml # buildkit'
    ]
    expect(dockerfileLinesFor(history, dockerfile)).toEqual([10, 11, 12, 13, 14, 15])
  })

  test('COPY and WORKDIR are recorded with ARG and ENV values expanded', () => {
    const dockerfile = parseDockerfile(
      [
        'FROM alpine:3.20',
        'ARG UID=1000',
        'ENV APP_HOME=/opt/app',
        'WORKDIR $APP_HOME',
        'COPY --chown=${UID}:${UID} bin/ ${APP_HOME}/bin/'
      ].join('\n'),
      'Dockerfile'
    )
    const history = [
      'ADD alpine-minirootfs.tar.gz / # buildkit',
      'WORKDIR /opt/app',
      'COPY --chown=1000:1000 bin/ /opt/app/bin/ # buildkit'
    ]
    expect(dockerfileLinesFor(history, dockerfile)).toEqual([1, 4, 5])
  })

  test('RUN with build arguments (|N K=V) and a heredoc RUN', () => {
    const dockerfile = parseDockerfile(
      [
        'FROM debian:12',
        'ARG GOVERSION=1.27.1',
        'ARG TARGETARCH',
        'RUN curl -fsSL https://go.dev/dl/go${GOVERSION}.linux-${TARGETARCH}.tar.gz | tar -C /usr/local -xz',
        'RUN <<EOF',
        'set -e',
        'go version',
        'EOF',
        'RUN python3 <<EOF',
        'print(1)',
        'EOF'
      ].join('\n'),
      'Dockerfile'
    )
    const history = [
      '/bin/sh -c #(nop) ADD file:1f4eb46669b5b6275af19eb7471a6899a61c276aa7d925b8ae99310b14b75e0d in / ',
      'RUN |2 GOVERSION=1.27.1 TARGETARCH=amd64 /bin/sh -c curl -fsSL https://go.dev/dl/go${GOVERSION}.linux-${TARGETARCH}.tar.gz | tar -C /usr/local -xz # buildkit',
      'RUN |2 GOVERSION=1.27.1 TARGETARCH=amd64 /bin/sh -c set -e\ngo version\n # buildkit',
      'RUN |2 GOVERSION=1.27.1 TARGETARCH=amd64 /bin/sh -c python3 <<EOF\nprint(1)\nEOF # buildkit'
    ]
    expect(dockerfileLinesFor(history, dockerfile)).toEqual([1, 4, 5, 9])
  })

  test('legacy builder lines: /bin/sh -c … and #(nop) COPY file:… in dest', () => {
    const dockerfile = parseDockerfile(
      ['FROM alpine:3.18', 'RUN apk add --no-cache git', 'COPY app /usr/local/bin/app'].join('\n'),
      'Dockerfile'
    )
    const history = [
      '/bin/sh -c #(nop) ADD file:7625ddfd589fb824ee39f1b1eb387b98f3676420ff52f26eb9d975151e889667 in / ',
      '/bin/sh -c apk add --no-cache git',
      '/bin/sh -c #(nop) COPY file:3bd6f3e5b0dc7d0e5b1fbbdcbc6ae1b0ad3d4e2e8e84d3a8b86a5cb8c8a7b4f1 in /usr/local/bin/app '
    ]
    expect(dockerfileLinesFor(history, dockerfile)).toEqual([1, 2, 3])
  })

  test('kaniko and buildah history lines', () => {
    const dockerfile = parseDockerfile(
      [
        'FROM golang:1.27 AS builder',
        'FROM alpine:3.20',
        'ARG PKG=git',
        'RUN apk add --no-cache ${PKG}',
        'COPY --from=builder /out/app /app'
      ].join('\n'),
      'Dockerfile'
    )
    // kaniko records the instruction as written; buildah as the legacy builder does.
    expect(
      dockerfileLinesFor(
        [
          'ADD file:abc in / ',
          'RUN apk add --no-cache ${PKG}',
          'COPY --from=builder /out/app /app'
        ],
        dockerfile
      )
    ).toEqual([2, 4, 5])
    expect(
      dockerfileLinesFor(
        [
          '/bin/sh -c #(nop) ADD file:abc in / ',
          '|1 PKG=git /bin/sh -c apk add --no-cache ${PKG}',
          '/bin/sh -c #(nop) COPY dir:0123abcd in /app '
        ],
        dockerfile
      )
    ).toEqual([2, 4, 5])
  })

  test('a history that is not from this Dockerfile maps to nothing', () => {
    const dockerfile = parseDockerfile('FROM alpine\nRUN echo one\nCOPY a /b', 'Dockerfile')
    expect(
      dockerfileLinesFor(
        ['umoci insert', undefined, 'RUN /bin/sh -c echo two # buildkit'],
        dockerfile
      )
    ).toEqual([undefined, undefined, undefined])
    expect(dockerfileLinesFor([], dockerfile)).toEqual([])
  })

  test('a final stage with no layer instructions: every layer is the base image', () => {
    const dockerfile = parseDockerfile(
      'FROM gcr.io/distroless/static:nonroot\nUSER 65532\nENTRYPOINT ["/app"]',
      'Dockerfile'
    )
    expect(dockerfileLinesFor(['bazel build ...', 'bazel build ...'], dockerfile)).toEqual([1, 1])
    const scratch = parseDockerfile('FROM scratch\nENTRYPOINT ["/app"]', 'Dockerfile')
    expect(dockerfileLinesFor(['x'], scratch)).toEqual([undefined])
  })

  test('a final stage built FROM an earlier stage takes that stage’s instructions too', () => {
    const dockerfile = parseDockerfile(
      [
        'FROM alpine:3.20 AS base', // 1
        'RUN apk add --no-cache tzdata', // 2
        'FROM base', // 3
        'COPY app /app' // 4
      ].join('\n'),
      'Dockerfile'
    )
    expect(
      dockerfileLinesFor(
        [
          'ADD alpine-minirootfs.tar.gz / # buildkit',
          'RUN /bin/sh -c apk add --no-cache tzdata # buildkit',
          'COPY app /app # buildkit'
        ],
        dockerfile
      )
    ).toEqual([1, 2, 4])
  })

  test('the same RUN in the base image and in the Dockerfile: the later layer is ours', () => {
    const dockerfile = parseDockerfile(
      'FROM golang:1.27-alpine\nRUN apk add --no-cache git',
      'Dockerfile'
    )
    const history = [
      'ADD rootfs.tar.gz / # buildkit',
      'RUN /bin/sh -c apk add --no-cache git # buildkit',
      'RUN /bin/sh -c apk add --no-cache git # buildkit'
    ]
    expect(dockerfileLinesFor(history, dockerfile)).toEqual([1, 1, 2])
  })

  test('property: the mapping keeps layer order and names only instruction lines', () => {
    const dockerfile = parseDockerfile(
      [
        'FROM alpine AS base',
        'RUN apk add git',
        'FROM base',
        'WORKDIR /app',
        'COPY a b',
        'RUN make',
        'ADD x.tar /',
        'RUN make'
      ].join('\n'),
      'Dockerfile'
    )
    const lines = new Set(dockerfile.instructions.map(i => i.line))
    const step = fc.constantFrom(
      undefined,
      'RUN /bin/sh -c apk add git # buildkit',
      'WORKDIR /app',
      'COPY a b # buildkit',
      'RUN /bin/sh -c make # buildkit',
      'ADD x.tar / # buildkit',
      '/bin/sh -c make',
      'bazel build ...',
      '/bin/sh -c #(nop) ADD file:abc in / '
    )
    fc.assert(
      fc.property(
        fc.array(fc.oneof(step, fc.string({ maxLength: 30 })), { maxLength: 12 }),
        history => {
          const mapped = dockerfileLinesFor(history, dockerfile)
          expect(mapped).toHaveLength(history.length)
          const known = mapped.filter((l): l is number => l !== undefined)
          for (let i = 1; i < known.length; i++)
            expect(known[i]).toBeGreaterThanOrEqual(known[i - 1])
          for (const line of known) expect(lines.has(line)).toBe(true)
        }
      )
    )
  })
})

describe('findDockerfile', () => {
  test('Dockerfile, else Containerfile, else nothing', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'find-dockerfile-'))
    try {
      expect(findDockerfile(dir)).toBeUndefined()
      writeFileSync(path.join(dir, 'Containerfile'), 'FROM alpine\n')
      expect(findDockerfile(dir)).toBe(path.join(dir, 'Containerfile'))
      writeFileSync(path.join(dir, 'Dockerfile'), 'FROM alpine\n')
      expect(findDockerfile(dir)).toBe(path.join(dir, 'Dockerfile'))
      rmSync(path.join(dir, 'Dockerfile'))
      mkdirSync(path.join(dir, 'Dockerfile'))
      expect(findDockerfile(dir)).toBe(path.join(dir, 'Containerfile'))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describeIfTool(['umoci', 'crane'])('history lines real tools write', () => {
  test('umoci and crane images: their history maps to no Dockerfile line', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'history-tools-'))
    try {
      mkdirSync(path.join(dir, 'root', 'app'), { recursive: true })
      writeFileSync(path.join(dir, 'root', 'app', 'x'), 'x\n')
      const layout = path.join(dir, 'layout')
      runTool('umoci', ['init', '--layout', layout])
      runTool('umoci', ['new', '--image', `${layout}:t`])
      runTool('umoci', ['insert', '--image', `${layout}:t`, path.join(dir, 'root', 'app'), '/app'])
      runTool('umoci', ['config', '--image', `${layout}:t`, '--config.cmd', '/app/x'])
      const blob = (digest: string) =>
        readFileSync(path.join(layout, 'blobs', 'sha256', digest.replace('sha256:', '')), 'utf8')
      const index = JSON.parse(readFileSync(path.join(layout, 'index.json'), 'utf8')) as {
        manifests: { digest: string }[]
      }
      const manifest = JSON.parse(blob(index.manifests[0].digest)) as { config: { digest: string } }
      const umociHistory = layerHistory(blob(manifest.config.digest))
      expect(umociHistory).toEqual(['umoci insert'])

      const tarball = path.join(dir, 'layer.tar')
      runTool('busybox', ['tar', '-C', path.join(dir, 'root'), '-cf', tarball, 'app'])
      const image = path.join(dir, 'crane.tar')
      runTool('crane', ['append', '-f', tarball, '-t', 'test:1', '-o', image, '--oci-empty-base'])
      const extracted = path.join(dir, 'crane')
      mkdirSync(extracted)
      runTool('busybox', ['tar', '-C', extracted, '-xf', image])
      const [entry] = JSON.parse(readFileSync(path.join(extracted, 'manifest.json'), 'utf8')) as {
        Config: string
      }[]
      const craneHistory = layerHistory(readFileSync(path.join(extracted, entry.Config), 'utf8'))
      expect(craneHistory).toEqual([undefined])

      const dockerfile = parseDockerfile('FROM scratch\nCOPY app /app', 'Dockerfile')
      expect(dockerfileLinesFor([...umociHistory, ...craneHistory], dockerfile)).toEqual([
        undefined,
        undefined
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
