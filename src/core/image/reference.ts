/**
 * Image references as docker and crane read them: `[registry/]repository[:tag][@digest]`,
 * with Docker Hub's defaults (docker.io, library/ for one-component names, tag latest).
 */
import { ImageError } from './errors.js'
import { isDigest } from './streams.js'

export interface ImageReference {
  /** The registry as named (docker.io for Docker Hub), with its port if any. */
  registry: string
  /** The host:port the Distribution API is served from (registry-1.docker.io for docker.io). */
  apiHost: string
  repository: string
  /** The tag; undefined when only a digest was given. */
  tag?: string
  digest?: string
  /** What to ask the manifests endpoint for: the digest when given, else the tag. */
  manifestRef: string
}

export const DOCKER_HUB = 'docker.io'
const DOCKER_HUB_API = 'registry-1.docker.io'
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
const TAG = /^\w[\w.-]{0,127}$/
const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/
const PORT = /^\d{1,5}$/
/** A `docker://` prefix (skopeo's transport name) forces the reading as a reference. */
export const REFERENCE_SCHEME = 'docker://'

const FIX =
  'give a reference like registry.example.com/team/app:1.2 or app@sha256:<64 hex>, or the path of an image layout or archive'

function invalid(text: string, why: string): ImageError {
  return new ImageError('format', `'${text}' is not an image reference: ${why}`, FIX)
}

function isDomain(text: string): boolean {
  let host = text
  let port: string | undefined
  if (text.startsWith('[')) {
    const end = text.indexOf(']')
    if (end < 0) return false
    const rest = text.slice(end + 1)
    if (rest !== '' && !(rest.startsWith(':') && PORT.test(rest.slice(1)))) return false
    return /^[0-9a-fA-F:.]+$/.test(text.slice(1, end))
  }
  const colon = text.lastIndexOf(':')
  if (colon >= 0) {
    host = text.slice(0, colon)
    port = text.slice(colon + 1)
    if (!PORT.test(port)) return false
  }
  return host.split('.').every(part => DOMAIN_COMPONENT.test(part))
}

/** Parses `text` as docker does; throws an ImageError naming the bad part. */
export function parseImageReference(input: string): ImageReference {
  const text = input.startsWith(REFERENCE_SCHEME) ? input.slice(REFERENCE_SCHEME.length) : input
  if (text === '') throw invalid(input, 'it is empty')
  if (text.length > 4096) throw invalid(input.slice(0, 40) + '…', 'it is too long')
  let name = text
  let digest: string | undefined
  const at = name.indexOf('@')
  if (at >= 0) {
    digest = name.slice(at + 1)
    name = name.slice(0, at)
    if (!isDigest(digest)) throw invalid(input, `'${digest}' is not a sha256:<64 hex> digest`)
  }
  let tag: string | undefined
  const lastColon = name.lastIndexOf(':')
  if (lastColon > name.lastIndexOf('/')) {
    tag = name.slice(lastColon + 1)
    name = name.slice(0, lastColon)
    if (!TAG.test(tag)) throw invalid(input, `'${tag}' is not a valid tag`)
  }
  const slash = name.indexOf('/')
  const first = slash < 0 ? '' : name.slice(0, slash)
  const hasDomain =
    slash >= 0 && (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase())
  let registry = hasDomain ? first : DOCKER_HUB
  let repository = hasDomain ? name.slice(slash + 1) : name
  if (hasDomain && !isDomain(registry)) throw invalid(input, `'${registry}' is not a host[:port]`)
  if (registry === 'index.docker.io') registry = DOCKER_HUB
  if (registry === DOCKER_HUB && !repository.includes('/')) repository = `library/${repository}`
  if (repository === '') throw invalid(input, 'it names no repository')
  for (const component of repository.split('/')) {
    if (!PATH_COMPONENT.test(component)) {
      throw invalid(
        input,
        `'${component}' is not a valid repository component (lowercase letters, digits and . _ -)`
      )
    }
  }
  if (tag === undefined && digest === undefined) tag = 'latest'
  return {
    registry,
    apiHost: registry === DOCKER_HUB ? DOCKER_HUB_API : registry,
    repository,
    tag,
    digest,
    manifestRef: digest ?? (tag as string)
  }
}

/** The reference written out in full: registry/repository[:tag][@digest]. */
export function formatImageReference(reference: ImageReference): string {
  return `${reference.registry}/${reference.repository}${reference.tag !== undefined ? `:${reference.tag}` : ''}${reference.digest !== undefined ? `@${reference.digest}` : ''}`
}

/** Whether plain HTTP is allowed without asking: a registry on this machine. */
export function isLoopbackHost(hostPort: string): boolean {
  const host = hostPort.startsWith('[')
    ? hostPort.slice(1, hostPort.indexOf(']'))
    : hostPort.replace(/:\d+$/, '')
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host)
}
