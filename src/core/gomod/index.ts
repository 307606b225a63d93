/**
 * Go-workspace knowledge in one place: go.work, go.mod, go.sum and
 * vendor/modules.txt readers, which go.work the go command uses, the
 * GOARCH level variables and repository-relative paths. Pure: no @actions/*
 * imports and no stdout. Other areas import only from this file.
 */
export {
  parseGoMod,
  parseGoWork,
  compareGoVersions,
  isLocalPath,
  GO_VERSION_RE,
  type GoModFile,
  type GoWorkFile,
  type Replacement
} from './modfile.js'
export {
  parseGoSum,
  scanGoSum,
  buildModuleSet,
  moduleSetDigest,
  zipEntries,
  splitEntry,
  type GoSumFile,
  type ModuleSet
} from './gosum.js'
export {
  parseModulesTxt,
  modFlag,
  modfileFlag,
  sumFileFor,
  vendorInconsistencies,
  decideModuleVendorMode,
  decideWorkspaceVendorMode,
  type ModulesTxt,
  type VendorDecision
} from './vendor.js'
export { findGoWork, findModuleRoot, readGoWorkSetting, type GoWorkSetting } from './gowork.js'
export { ARCH_LEVEL_VARIABLE, ARCH_LEVEL_VARIABLES, KNOWN_GOARCH, KNOWN_GOOS } from './arch.js'
export { relativeOrDotDot, insideRelative, pathForMessages } from './paths.js'
export {
  readGoEnv,
  readGoEnvSync,
  readCcVersion,
  GoEnvFailure,
  type GoEnv,
  type GoEnvRequest
} from './goenv.js'
