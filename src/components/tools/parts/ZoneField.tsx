import { useEffect, useState } from 'preact/hooks';

let zonePicker: Promise<typeof import('./ZonePicker')> | undefined;

interface Props {
  id: string;
  /** The stored zone (round.timeZone). */
  zone: string;
  /** The round's day (YYYY-MM-DD), at which offsets are given. */
  date: string;
  onChoose: (zone: string) => void;
}

/**
 * A round's zone for pages that do not hold the interview fields (the debrief): the
 * searchable picker once fetched (after the fields have drawn, as few change the zone;
 * the same module InterviewDetails fetches), and until then the stored zone alone.
 */
export function ZoneField(props: Props) {
  const [picker, setPicker] = useState<typeof import('./ZonePicker') | null>(null);
  useEffect(() => {
    void (zonePicker ??= import('./ZonePicker')).then(setPicker);
  }, []);
  if (picker) return <picker.default {...props} />;
  return (
    <div class="tool-field">
      <label for={props.id}>Time zone of that time</label>
      <select id={props.id} value={props.zone}>
        <option value={props.zone}>{props.zone.replaceAll('_', ' ')}</option>
      </select>
    </div>
  );
}
