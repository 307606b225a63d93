/**
 * Paths that never belong in a shipped image: the Go module and build caches (anywhere in the
 * tree), Go's build temp directories, /tmp, the apk and apt caches and `.git` directories.
 * Each match names the tree it belongs to and the concrete fix for it.
 */

export type KnownPathCategory =
  | 'go-mod-cache'
  | 'go-build-cache'
  | 'go-build-temp'
  | 'apk-cache'
  | 'apt-lists'
  | 'apt-cache'
  | 'git'
  | 'tmp'

export interface KnownPathMatch {
  category: KnownPathCategory
  /** The tree the path is in, e.g. /root/go/pkg/mod. */
  root: string
  /** e.g. "the Go module cache /root/go/pkg/mod". */
  label: string
  fix: string
}

interface Rule {
  category: KnownPathCategory
  /** The first group is the tree's root. */
  pattern: RegExp
  label: (root: string) => string
  fix: (root: string) => string
}

const cacheMount = (root: string): string =>
  `use a cache mount for ${root} (RUN --mount=type=cache,target=${root}) instead of leaving it in the layer`

/** In order: the more specific tree wins (a go-build temp dir under /tmp is a Go build dir). */
const RULES: Rule[] = [
  {
    category: 'go-mod-cache',
    // GOPATH/pkg/mod for any GOPATH, or a GOMODCACHE elsewhere (its cache/download/…/@v/ files).
    pattern: /^((?:\/[^/]+)*?\/pkg\/mod)\/|^((?:\/[^/]+)*?)\/cache\/download\/(?:[^/]+\/)+@v\//,
    label: root => `the Go module cache ${root}`,
    fix: cacheMount
  },
  {
    category: 'go-build-cache',
    // GOCACHE: $HOME/.cache/go-build, or any go-build dir of 2-hex-digit buckets of -a/-d files.
    pattern:
      /^((?:\/[^/]+)*?\/\.cache\/go-build)\/|^((?:\/[^/]+)*?\/go-build)\/[0-9a-f]{2}\/[0-9a-f]{64}-[ad]$/,
    label: root => `the Go build cache ${root}`,
    fix: cacheMount
  },
  {
    category: 'go-build-temp',
    // $WORK of `go build -work` / `go test`: go-build<digits>.
    pattern: /^((?:\/[^/]+)*?\/go-build\d+)\//,
    label: root => `a Go build temp directory ${root}`,
    fix: () => 'copy only the binary from the build stage, not the whole build directory'
  },
  {
    category: 'apk-cache',
    pattern: /^(\/var\/cache\/apk)\//,
    label: root => `the apk cache ${root}`,
    fix: () => 'use apk add --no-cache (or rm -rf /var/cache/apk/* in the same RUN)'
  },
  {
    category: 'apt-lists',
    pattern: /^(\/var\/lib\/apt\/lists)\//,
    label: root => `the apt package lists ${root}`,
    fix: () => 'rm -rf /var/lib/apt/lists/* in the same RUN as apt-get install'
  },
  {
    category: 'apt-cache',
    pattern: /^(\/var\/cache\/apt)\//,
    label: root => `the apt cache ${root}`,
    fix: () =>
      'apt-get clean in the same RUN as apt-get install (or RUN --mount=type=cache,target=/var/cache/apt)'
  },
  {
    category: 'git',
    pattern: /^((?:\/[^/]+)*?\/\.git)\//,
    label: root => `the git directory ${root}`,
    fix: () => 'add .git to .dockerignore, or copy only what the build needs'
  },
  {
    category: 'tmp',
    pattern: /^(\/tmp|\/var\/tmp)\//,
    label: root => `temporary files in ${root}`,
    fix: root =>
      `rm -rf ${root}/* in the same RUN that fills it (or RUN --mount=type=tmpfs,target=${root})`
  }
]

/** The known-waste tree an absolute path is in, if any. */
export function matchKnownPath(path: string): KnownPathMatch | undefined {
  for (const rule of RULES) {
    const match = rule.pattern.exec(path)
    if (match === null) continue
    const root = (match[1] ?? match[2] ?? '') || '/'
    return { category: rule.category, root, label: rule.label(root), fix: rule.fix(root) }
  }
  return undefined
}
