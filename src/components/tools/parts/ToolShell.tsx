import type { ComponentChildren } from 'preact';
import { useHydrated } from '../hooks/use-hydrated';
import { StorageNotice } from './StorageNotice';

interface Props {
  /** The tool's class, e.g. "thank-you-builder" (styles and tests find the tool by it). */
  name: string;
  /** The tool's title (an h2); none when the page's own heading names the tool. */
  title?: string | undefined;
  /** Id for the title: the tool becomes a region named by it. */
  titleId?: string;
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
 * and saved data never flashes as empty fields), then the storage notice and the tool
 * (which opens with ApplicationSummary when it works on one application: not imported
 * here, so My interviews and the report, which show no summary, do not load it).
 */
export function ToolShell({
  name,
  title,
  titleId,
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
      {children}
    </Tag>
  );
}
