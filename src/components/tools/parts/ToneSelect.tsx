import { TONES, type Tone } from '../../../lib/workspace/schema';

/** How each tone reads in the select. */
const TONE_LABELS: Record<Tone, string> = { warm: 'Warm', formal: 'Formal', concise: 'Concise' };

/** The tone choice every message builder offers. */
export function ToneSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: Tone;
  onChange: (tone: Tone) => void;
}) {
  return (
    <div class="tool-field">
      <label for={id}>Tone</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as Tone)}>
        {TONES.map((t) => (
          <option key={t} value={t}>
            {TONE_LABELS[t]}
          </option>
        ))}
      </select>
    </div>
  );
}
