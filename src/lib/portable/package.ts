/** The archive's name, and the folder it unpacks into: the project's name (package.json), not a story's. */
export const PACKAGE_NAME = 'skulder-ved-skulder';
/** Where the offline copy lands in the site, root-relative. */
export const PACKAGE_PATH = `/download/${PACKAGE_NAME}.zip`;

/** The README inside the archive, in both languages. */
export function packageReadme(hash: string, date: string): string {
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
    `Built from commit ${hash} of ${date}.`,
    '',
  ].join('\n');
}
