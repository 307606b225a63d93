// The image-audit step of go-ci-kit; its code is in ../shared/ (scripts/bundle.mjs).
import { run } from '../shared/index.js'
await run('image-audit')
