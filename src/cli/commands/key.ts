import { ConfigurationError } from '../../core/errors.js'
import type { Command } from '../command.js'

// Placeholder until the capability lands; see the issue for `go-ci-kit key`.
export const keyCommand: Command = {
  name: 'key',
  summary: 'key',
  help: 'Usage: go-ci-kit key [--json]\n\nNot implemented yet.',
  async run() {
    throw new ConfigurationError('go-ci-kit key is not implemented yet')
  }
}
