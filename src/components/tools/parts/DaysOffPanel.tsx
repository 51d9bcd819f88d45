// The region picker bound to the workspace's settings, with the data's credit. Fetched
// when "Holidays" first opens (TimelineCalculator), so the timeline pages do not carry
// the picker or its region list.
import { updateWorkspace } from '../../../stores/workspace';
import { setDaysOff } from '../../../lib/workspace/plan-edits';
import type { PlanSettings } from '../../../lib/workspace/schema';
import {
  HOLIDAY_DATA_LICENSE,
  HOLIDAY_DATA_LICENSE_URL,
  HOLIDAY_DATA_URL,
} from '../../../lib/dates/holiday-attribution';
import { HolidayRegion } from './HolidayRegion';

export default function DaysOffPanel({ settings, id }: { settings: PlanSettings; id: string }) {
  return (
    <>
      <HolidayRegion
        id={id}
        value={{
          region: settings.holidayRegion,
          added: settings.holidays,
          removed: settings.holidaysRemoved,
          weekend: settings.weekend ?? undefined,
        }}
        onChange={(next) => updateWorkspace((w) => setDaysOff(w, next))}
      />
      <p class="tool-hint tool-attribution">
        Public holidays from{' '}
        <a href={HOLIDAY_DATA_URL} rel="noopener noreferrer" target="_blank">
          date-holidays
        </a>{' '}
        by commenthol and contributors, drawn largely from Wikipedia, under{' '}
        <a href={HOLIDAY_DATA_LICENSE_URL} rel="noopener noreferrer license" target="_blank">
          {HOLIDAY_DATA_LICENSE}
        </a>
        ; public and bank holidays (the days offices close) selected and reformatted for this site,
        and offered under the same licence.
      </p>
    </>
  );
}
