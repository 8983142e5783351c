/**
 * Decode a saved page's bytes (no DOM): an explicit charset wins; otherwise UTF-8
 * when it decodes cleanly, else GB18030. Many saved People's Daily pages are UTF-8
 * although their meta says GB2312, so the page's own meta is never trusted.
 */
export function decodePage(bytes: Uint8Array, charset?: string | null): string {
  if (charset) return new TextDecoder(charset).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
