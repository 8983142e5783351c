import { useEffect, useState } from 'preact/hooks';
import { useT, type UiKey } from '../i18n';

type SliderProps = {
  /** The setting's name: `data-action="set-<name>"`. */
  name: string;
  label: UiKey;
  /** The unit's message ('options.px', 'options.ms') with a {value} placeholder. */
  unit: UiKey;
  value: number;
  min: number;
  max: number;
  step: number;
  /** Called once the reader lets go (change), not on every step: storage.sync counts writes. */
  onChange: (value: number) => void;
};

/** A number setting as a range input, showing its value while it moves. */
export function Slider({ name, label, unit, value, min, max, step, onChange }: SliderProps) {
  const t = useT();
  const [shown, setShown] = useState(value);
  useEffect(() => setShown(value), [value]);
  const id = `setting-${name}`;
  return (
    <div class="slider" data-setting={name}>
      <label for={id}>{t(label)}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={shown}
        data-action={`set-${name}`}
        aria-valuetext={t(unit, { value: shown })}
        onInput={(e) => setShown(Number((e.currentTarget as HTMLInputElement).value))}
        onChange={(e) => onChange(Number((e.currentTarget as HTMLInputElement).value))}
      />
      <output for={id}>{t(unit, { value: shown })}</output>
    </div>
  );
}
