import { ConfigurationError } from '../../core/errors.js'
import type { Command } from '../command.js'

// Placeholder until the capability lands; see the issue for `go-ci-kit env`.
export const envCommand: Command = {
  name: 'env',
  summary: 'env',
  help: 'Usage: go-ci-kit env [--json]\n\nNot implemented yet.',
  async run() {
    throw new ConfigurationError('go-ci-kit env is not implemented yet')
  }
}
