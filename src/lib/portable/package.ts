import { zipSync, type Zippable } from 'fflate';

/** The archive's name, and the folder it unpacks into: the project's name (package.json), not a story's. */
export const PACKAGE_NAME = 'skulder-ved-skulder';
/** Where the offline copy lands in the site, root-relative. */
export const PACKAGE_PATH = `/download/${PACKAGE_NAME}.zip`;
/** The date of a build outside a git checkout: the zip format's first day, in every time zone. */
export const NO_COMMIT_DATE = '1980-01-01T00:00:00Z';

/** What the archive says about its source: the commit, its date, and whether the tree differed from it. */
export interface BuildSource {
  hash: string;
  date: string;
  dirty: boolean;
}

/** The README inside the archive, in both languages. */
export function packageReadme({ hash, date, dirty }: BuildSource): string {
  return [
    'Skulder ved skulder / Shoulder to shoulder',
    '',
    'DA: En annoteret udgave af B.T.s artikel fra august 2023 om russiske hververeklamer i Kasakhstan.',
    'Åbn index.html i en browser (dobbeltklik). Alt virker uden internet, undtagen søgningen,',
    'som kræver en webserver; links til kilderne fører ud på nettet.',
    '',
    'EN: An annotated edition of B.T.’s August 2023 article on Russian army recruitment ads in Kazakhstan.',
    'Open index.html in a browser (double-click). Everything works without internet except search,',
    'which needs a web server; links to sources lead out to the web.',
    '',
    // A build from a changed tree must not pass for the commit: its pages differ from it.
    dirty ? `Built from commit ${hash} of ${date}, with uncommitted changes: the files differ from that commit.` : `Built from commit ${hash} of ${date}.`,
    '',
  ].join('\n');
}

/**
 * The zip of `entries`, in their order, every entry dated `date`. A zip stores wall-clock
 * times and fflate takes them from the process's local time zone, so the archive is made with
 * TZ=UTC: the same bytes in any time zone, and 1980-01-01T00:00Z (`NO_COMMIT_DATE`) stays
 * inside the format's range west of UTC too.
 */
export function zipEntries(entries: Readonly<Record<string, Uint8Array>>, date: string): Uint8Array {
  const mtime = new Date(date);
  const files: Zippable = {};
  for (const [name, bytes] of Object.entries(entries)) files[name] = [bytes, { mtime }];
  const tz = process.env.TZ;
  process.env.TZ = 'UTC';
  try {
    // Level 6 (deflate's default): 0.2 s instead of 0.7 s for level 9 on this site, and
    // 0.03 % larger (most bytes are PNG cards and Pagefind's files, compressed already).
    return zipSync(files, { level: 6 });
  } finally {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  }
}
