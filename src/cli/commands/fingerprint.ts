import { ConfigurationError } from '../../core/errors.js'
import type { Command } from '../command.js'

// Placeholder until the capability lands; see the issue for `go-ci-kit fingerprint`.
export const fingerprintCommand: Command = {
  name: 'fingerprint',
  summary: 'fingerprint',
  help: 'Usage: go-ci-kit fingerprint [--json]\n\nNot implemented yet.',
  async run() {
    throw new ConfigurationError('go-ci-kit fingerprint is not implemented yet')
  }
}
