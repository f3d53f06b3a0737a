import { dirname } from 'node:path';

/**
 * `-c` settings given on every git command line. Command-line config wins over every file, so even a repository
 * config that slipped past the private git directory (see prepare-confined-repository.ts) cannot run anything.
 */
export const gitSafetyArguments: readonly string[] = [
  '--no-pager',
  '-c', 'core.hooksPath=/dev/null',
  '-c', 'core.fsmonitor=false',
  '-c', 'core.untrackedCache=false',
  '-c', 'diff.external=',
  '-c', 'core.pager=cat',
  '-c', 'core.editor=false',
  '-c', 'core.sshCommand=false',
  '-c', 'core.askPass=',
  '-c', 'credential.helper=',
  '-c', 'protocol.allow=never',
  '-c', 'core.attributesFile=/dev/null',
  '-c', 'core.quotePath=false',
  '-c', 'color.ui=false',
  '-c', 'submodule.recurse=false',
];

/**
 * The whole environment of a git child: nothing inherited (no GIT_DIR, GIT_CONFIG_PARAMETERS, GIT_EXEC_PATH…
 * from the server), no system or global config or attributes, no prompts, no optional locks (status stays
 * read-only), literal pathspecs (no `:(attr)` or glob magic), and no discovery above the root.
 */
export function gitEnvironment(privateGitDirectory: string, workTree: string, rootReal: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: privateGitDirectory,
    LANG: 'C',
    LC_ALL: 'C',
    GIT_DIR: privateGitDirectory,
    GIT_WORK_TREE: workTree,
    GIT_CEILING_DIRECTORIES: dirname(rootReal),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_ATTR_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_LITERAL_PATHSPECS: '1',
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_PAGER: 'cat',
    PAGER: 'cat',
  };
}
