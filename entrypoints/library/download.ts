/**
 * File downloads for the exports: a Blob and a temporary a[download] link, so
 * nothing leaves the browser (no network, no downloads permission needed).
 * @module entrypoints/library/download
 */

/** Offer `text` as a UTF-8 file named `fileName` (no BOM: Anki reads its `#separator` header from the first byte). */
export function downloadText(text: string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
