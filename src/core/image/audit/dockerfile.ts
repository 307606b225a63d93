/**
 * Which Dockerfile line made each layer, matched through the image config's history
 * (`created_by`). STUB: the image-checks helper implements it.
 */

export interface DockerfileInstruction {
  /** 1-based line where the instruction starts. */
  line: number
  /** Upper-case keyword: RUN, COPY, ADD, FROM … */
  keyword: string
  /** The instruction's text after the keyword, continuation lines joined. */
  text: string
  /** The build stage it belongs to (its FROM … AS name, or its index). */
  stage: string
}

export interface ParsedDockerfile {
  path: string
  instructions: DockerfileInstruction[]
}

/** A ConfigurationError naming the file and line for what it cannot parse. */
export function parseDockerfile(text: string, filePath: string): ParsedDockerfile {
  void text
  void filePath
  throw new Error('parseDockerfile: not implemented yet')
}

/** For each layer's history line (undefined when the image has none), the Dockerfile line. */
export function dockerfileLinesFor(
  createdBy: readonly (string | undefined)[],
  dockerfile: ParsedDockerfile
): (number | undefined)[] {
  void createdBy
  void dockerfile
  throw new Error('dockerfileLinesFor: not implemented yet')
}
