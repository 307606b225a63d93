// The baseline for bench/cache-build-replay.mjs: what actions/setup-go's
// built-in cache does, run as a step (main, then post with STATE_*) by the
// runner harness. The same @actions/cache calls setup-go makes (tar + zstd):
// one entry of GOMODCACHE and GOCACHE keyed by the Go version and a hash of
// the dependency files (`cache-dependency-path: go.sum, vendor/modules.txt`),
// restored on an exact key only (setup-go passes no restore keys), and saved
// in the post step only when the restore was not an exact hit.
// The leading underscore keeps scripts/bench.mjs from running it.
import * as cache from '@actions/cache'
import * as core from '@actions/core'
import * as glob from '@actions/glob'

const paths = [process.env.GOMODCACHE, process.env.GOCACHE]

if (process.env.STATE_key === undefined) {
  const hash = await glob.hashFiles('go.sum\nvendor/modules.txt')
  const goVersion = process.env.INPUT_GO_VERSION
  const key = `setup-go-${process.env.RUNNER_OS}-${process.env.RUNNER_ARCH}-go-${goVersion}-${hash}`
  core.saveState('key', key)
  const matched = await cache.restoreCache(paths, key)
  core.saveState('matched', matched ?? '')
  core.setOutput('hit-kind', matched === key ? 'exact' : 'miss')
} else if (process.env.STATE_matched === process.env.STATE_key) {
  core.info(`Cache hit occurred on the primary key ${process.env.STATE_key}, not saving cache.`)
} else {
  const id = await cache.saveCache(paths, process.env.STATE_key)
  core.info(`saved: ${id}`)
}
// @actions/cache leaves keep-alive sockets open; a step ends when its work is done.
process.exit(0)
