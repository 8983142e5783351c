import { HIGHLIGHT_COLORS, type HighlightColor } from '../lib/store/types';
import { useT } from './i18n';

type ColorChoicesProps = {
  current?: HighlightColor;
  /** data-action prefix: "<prefix>-<colour>". */
  action: string;
  onChoose: (color: HighlightColor) => void;
};

/** A row of colour swatches, each a labelled button. */
export function ColorChoices({ current, action, onChoose }: ColorChoicesProps) {
  const t = useT();
  return (
    <span class="colors" role="group" aria-label={t('color.group')}>
      {HIGHLIGHT_COLORS.map((c) => (
        <button
          type="button"
          key={c}
          class={`swatch swatch-${c}${c === current ? ' current' : ''}`}
          data-action={`${action}-${c}`}
          aria-label={t(`color.${c}`)}
          aria-pressed={c === current}
          title={t(`color.${c}`)}
          onClick={() => onChoose(c)}
        />
      ))}
    </span>
  );
}
