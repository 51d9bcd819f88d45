import { draftActionItemEmail } from '../../../lib/action-items/action-item-email';
import { wordCount } from '../../../lib/messages/text-stats';
import { draftKey } from '../../../lib/workspace/operations';
import type {
  ActionItem,
  Application,
  Person,
  Profile,
  Round,
} from '../../../lib/workspace/schema';
import { useDraft } from '../hooks/use-draft';
import { DraftPanel } from './DraftPanel';
import { SendActions } from './SendActions';

interface Props {
  application: Application;
  /** The round the item was promised in: its drafts keep this one. */
  round: Round;
  item: ActionItem;
  /** Who gets it: the person who asked, else the first person met; null greets without a name. */
  recipient: Person | null;
  profile: Profile;
  /** The promised date has passed: the draft apologises once. */
  late: boolean;
  /** Prefix of the panel's ids, unique on the page. */
  id: string;
  /** The item as the page names it ("SQL sample", or "Item 2"). */
  label: string;
}

/**
 * The cover email for one promised item, as a draft like every other builder's: it
 * follows the item and the details until the user edits it, then it is theirs (kept
 * per item, under the "action-item" kind and the item's id). Loaded when its section
 * is first opened, so the timeline pages do not carry the draft panel.
 */
export default function CoverEmail({
  application,
  round,
  item,
  recipient,
  profile,
  late,
  id,
  label,
}: Props) {
  const draft = useDraft(application.id, round, draftKey('action-item', item.id), () =>
    draftActionItemEmail({ application, interviewer: recipient, profile, item, late }),
  );
  const what = `cover email for ${label}`;
  const to = recipient?.email ?? '';
  return (
    <DraftPanel
      draft={draft}
      id={id}
      what={what}
      label={`Cover email for ${label}`}
      rows={9}
      subject
      counter={{ unit: 'words', count: wordCount, advice: 'a few lines is plenty' }}
      send={<SendActions draft={draft} what={what} copyLabel={`Copy ${what}`} mailTo={to} />}
      to={to}
      tone={{ kind: 'action-item', label: 'cover email' }}
    />
  );
}
