#!/usr/bin/env node
import { runCli } from './main.js'

const io = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env
}

process.exitCode = await runCli(process.argv.slice(2), io)
