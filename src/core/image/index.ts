/**
 * Reads container images without a daemon: OCI layouts and archives, docker save archives
 * and multi-arch indexes, layers streamed (gzip, zstd or plain) with every blob verified, and
 * the final file system after whiteouts, in memory proportional to the file count.
 */
export { ImageError, type ImageErrorKind } from './errors.js'
export {
  DEFAULT_LIMITS,
  openImage,
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
