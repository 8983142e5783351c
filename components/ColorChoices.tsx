import { HIGHLIGHT_COLORS, type HighlightColor } from '../lib/store/types';

export const COLOR_NAMES: Record<HighlightColor, string> = {
  yellow: '黄 yellow', green: '绿 green', blue: '蓝 blue', pink: '粉 pink', purple: '紫 purple',
};

type ColorChoicesProps = {
  current?: HighlightColor;
  /** data-action prefix: "<prefix>-<colour>". */
  action: string;
  onChoose: (color: HighlightColor) => void;
};

/** A row of colour swatches, each a labelled button. */
export function ColorChoices({ current, action, onChoose }: ColorChoicesProps) {
  return (
    <span class="colors" role="group" aria-label="颜色 Colour">
      {HIGHLIGHT_COLORS.map((c) => (
        <button
          type="button"
          key={c}
          class={`swatch swatch-${c}${c === current ? ' current' : ''}`}
          data-action={`${action}-${c}`}
          aria-label={COLOR_NAMES[c]}
          aria-pressed={c === current}
          title={COLOR_NAMES[c]}
          onClick={() => onChoose(c)}
        />
      ))}
    </span>
  );
}
