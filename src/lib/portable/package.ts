import { Zip, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';
import { crc32, deflateRawSync } from 'node:zlib';

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
 * An archive entry deflated by Node's zlib (level 6, deflate's default) rather than by
 * fflate's JavaScript deflate: 75 ms instead of 150–350 ms for this site's archive, and a
 * little smaller. fflate writes the archive around it (`ZipInputFile`, its interface for
 * other compressors): headers, data descriptor, central directory.
 */
class NativeDeflate implements ZipInputFile {
  readonly compression = 8;
  readonly crc: number;
  readonly size: number;
  ondata: AsyncFlateStreamHandler = () => {};
  constructor(
    readonly filename: string,
    private readonly bytes: Uint8Array,
    readonly mtime: Date,
  ) {
    this.crc = crc32(bytes);
    this.size = bytes.length;
  }
  /** Hands the compressed bytes to the archive (after `Zip.add` has set `ondata`). */
  deflate(): void {
    this.ondata(null, deflateRawSync(this.bytes, { level: 6 }), true);
  }
}

/**
 * The zip of `entries`, in their order, every entry dated `date`. A zip stores wall-clock
 * times and fflate takes them from the process's local time zone, so the archive is made with
 * TZ=UTC: the same bytes in any time zone, and 1980-01-01T00:00Z (`NO_COMMIT_DATE`) stays
 * inside the format's range west of UTC too. The same entries and Node version (its zlib)
 * give the same bytes.
 */
export function zipEntries(entries: Readonly<Record<string, Uint8Array>>, date: string): Uint8Array {
  const mtime = new Date(date);
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    failure ??= error;
    if (chunk) chunks.push(chunk);
  });
  const tz = process.env.TZ;
  process.env.TZ = 'UTC';
  try {
    for (const [name, bytes] of Object.entries(entries)) {
      const file = new NativeDeflate(name, bytes, mtime);
      zip.add(file);
      file.deflate();
    }
    zip.end();
  } finally {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  }
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
