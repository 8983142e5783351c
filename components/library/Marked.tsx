import type { TextPiece } from '../../lib/library/view';

/** Text with the search's hits marked (<mark>), from lib/library/view splitMatches. */
export function Marked({ pieces }: { pieces: TextPiece[] }) {
  return <>{pieces.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}
