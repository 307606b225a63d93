/** The one state entry main hands post: the path of the state file under RUNNER_TEMP. */
export const STATE_FILE = 'state-file'
