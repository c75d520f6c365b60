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

/**
 * Several content errors found in one pass, reported together. The list is `problems`,
 * not `errors`: Astro reads an `errors` array on a thrown error as an esbuild failure
 * and prints only its first entry, which would hide all the others.
 */
export class ContentErrors extends Error {
  override name = 'ContentErrors';
  constructor(readonly problems: ContentError[]) {
    super(`${problems.length} content error${problems.length === 1 ? '' : 's'}:\n${problems.map((e) => `  ${e.message}`).join('\n')}`);
    // The problem is in the content, not in the code that found it: without stack frames,
    // Astro prints the list alone instead of pointing at a line of src/lib as "Location".
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** Makes an absolute path relative to the project root (the current directory) for messages. */
export function displayPath(path: string, root = process.cwd()): string {
  const prefix = root.endsWith('/') ? root : `${root}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
