import { useT, type UiKey } from '../i18n';

type ChoiceProps<V extends string> = {
  /** The setting's name: the radio group's name and `data-action="set-<name>"`. */
  name: string;
  legend: UiKey;
  value: V;
  choices: readonly V[];
  /** The label of each choice. */
  label: (value: V) => string;
  onChange: (value: V) => void;
};

/** One setting with a few values: a radio group in a fieldset (arrow keys move between them). */
export function Choice<V extends string>({ name, legend, value, choices, label, onChange }: ChoiceProps<V>) {
  const t = useT();
  return (
    <fieldset class="choice" data-setting={name}>
      <legend>{t(legend)}</legend>
      {choices.map((c) => (
        <label key={c} class="choice-option">
          <input
            type="radio"
            name={name}
            value={c}
            checked={c === value}
            data-action={`set-${name}`}
            onChange={() => onChange(c)}
          />
          <span>{label(c)}</span>
        </label>
      ))}
    </fieldset>
  );
}
