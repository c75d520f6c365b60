/** Runs `f`, which must throw (a content error), and returns the message. */
export function contentError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a content error');
}
