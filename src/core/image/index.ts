/**
 * Reads container images without a daemon: OCI layouts and archives, docker save archives
 * and multi-arch indexes, layers streamed (gzip, zstd or plain) with every blob verified, and
 * the final file system after whiteouts, in memory proportional to the file count; or an
 * image straight from a registry (Distribution API v2), layers streamed, never written to disk.
 */
export { ImageError, type ImageErrorKind } from './errors.js'
export {
  DEFAULT_LIMITS,
  openImage,
  platformLabel,
  OpenedImage,
  type FileInspector,
  type FileSystemView,
  type ImageFormat,
  type ImageLayer,
  type LayerObserver,
  type Platform,
  type PlatformImage,
  type ReadLimits,
  type SkippedManifest
} from './image.js'
export {
  OPAQUE_WHITEOUT,
  WHITEOUT_PREFIX,
  type ImageFile,
  type LayerChanges,
  type RemovalListener
} from './filesystem.js'
export type { EntryType } from './layer.js'
export {
  formatImageReference,
  isLoopbackHost,
  parseImageReference,
  type ImageReference
} from './reference.js'
export { parseWwwAuthenticate, maskSecrets, type AuthChallenge } from './registry-auth.js'
export {
  DEFAULT_MAX_MANIFEST_BYTES,
  DEFAULT_REGISTRY_TIMEOUT_MS,
  MANIFEST_ACCEPT
} from './registry-client.js'
export {
  looksLikeReference,
  openImageReference,
  openImageSource,
  readRegistryTokenFile,
  registryCredentialsFromEnv,
  RegistryStore,
  type OpenSourceOptions,
  type RegistryOptions
} from './registry.js'
