import type { ComponentChildren } from 'preact';
import { useHydrated } from '../hooks/use-hydrated';
import { InterviewPicker } from './InterviewPicker';
import { StorageNotice } from './StorageNotice';
import { WORKSPACE_HREF } from './workspace-href';

interface Props {
  /** The tool's class, e.g. "thank-you-builder" (styles and tests find the tool by it). */
  name: string;
  /** The tool's title (an h2); none when the page's own heading names the tool. */
  title?: string;
  /** Id for the title: the tool becomes a region named by it. */
  titleId?: string;
  /** Prefix of the interview picker's ids; no picker without it. */
  picker?: string;
  /** The workspace page, for the picker's "All interviews" link. */
  workspaceHref?: string;
  /** Shows the storage notice (off where another tool on the page already does). */
  notice?: boolean;
  /** What shows until the saved data is read. */
  loading?: string;
  /** Extra class for the loading text (a height that matches the tool, so nothing jumps). */
  loadingClass?: string;
  /** The tool itself: drawn only once hydrated, so its hooks may read saved data freely. */
  children: ComponentChildren;
}

/**
 * The frame of every tool island: a neutral "loading" line until the island is
 * hydrated and the saved data read (so the server HTML matches the first client render
 * and saved data never flashes as empty fields), then the storage notice, the interview
 * picker and the tool.
 */
export function ToolShell({
  name,
  title,
  titleId,
  picker,
  workspaceHref = WORKSPACE_HREF,
  notice = true,
  loading = 'Loading your saved interviews…',
  loadingClass,
  children,
}: Props) {
  const hydrated = useHydrated();
  if (!hydrated)
    return <p class={loadingClass ? `tool-loading ${loadingClass}` : 'tool-loading'}>{loading}</p>;
  const Tag = titleId ? 'section' : 'div';
  return (
    <Tag class={`tool ${name}`} aria-labelledby={titleId}>
      {title && (
        <h2 class="tool-title" id={titleId}>
          {title}
        </h2>
      )}
      {notice && <StorageNotice />}
      {picker && <InterviewPicker idPrefix={picker} workspaceHref={workspaceHref} />}
      {children}
    </Tag>
  );
}
