/**
 * An error in the content (Markdown, YAML, JSON under `content/`): it names the file,
 * the place (line and column, or a field) and what is wrong, so an editor can fix it
 * without reading code. The build stops on it; nothing is dropped silently.
 */
export class ContentError extends Error {
  override name = 'ContentError';
  constructor(
    /** Path of the file, relative to the project root where possible. */
    readonly file: string,
    /** `line:column`, a field path such as `original.url`, or a key. */
    readonly place: string,
    /** What is wrong, in plain words. */
    readonly problem: string,
  ) {
    super(`${file}: ${place}: ${problem}`);
  }
}

/** Several content errors found in one pass, reported together. */
export class ContentErrors extends Error {
  override name = 'ContentErrors';
  constructor(readonly errors: ContentError[]) {
    super(`${errors.length} content error${errors.length === 1 ? '' : 's'}:\n${errors.map((e) => `  ${e.message}`).join('\n')}`);
  }
}

/** Makes an absolute path relative to the project root (the current directory) for messages. */
export function displayPath(path: string, root = process.cwd()): string {
  const prefix = root.endsWith('/') ? root : `${root}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
