import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';

/**
 * Tools that can be opened on request. A page that already hosts one tool offers a
 * second one this way, so it stays within its JavaScript budget until the reader asks.
 */
const TOOLS = {
  'timeline-calculator': {
    label: 'Open the hiring-timeline calculator',
    load: () => import('./TimelineCalculator'),
  },
  'status-inquiry-writer': {
    label: 'Open the status-inquiry writer',
    load: () => import('./StatusInquiryWriter'),
  },
  'next-steps': {
    label: 'Open “What to send next”',
    load: () => import('./NextSteps'),
  },
} satisfies Record<
  string,
  { label: string; load: () => Promise<{ default: ComponentType<{ idPrefix?: string }> }> }
>;

interface Props {
  /** Which tool the button opens. */
  tool: keyof typeof TOOLS;
  /** Id prefix for the tool's fields, unique on the page. */
  idPrefix: string;
  /** One sentence on what the tool will do here. */
  intro: string;
}

/** A button that loads and shows a tool in place. */
export default function LazyTool({ tool, idPrefix, intro }: Props) {
  const [Tool, setTool] = useState<ComponentType<{ idPrefix?: string }> | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  if (Tool) return <Tool idPrefix={idPrefix} />;
  const open = () => {
    setState('loading');
    TOOLS[tool]
      .load()
      .then((m) => setTool(() => m.default))
      .catch(() => setState('failed'));
  };
  return (
    <div class="tool tool-lazy">
      <p>{intro}</p>
      <button type="button" class="tool-button" onClick={open} disabled={state === 'loading'}>
        {TOOLS[tool].label}
      </button>
      <span role="status" class="tool-copy-status">
        {state === 'loading'
          ? 'Loading…'
          : state === 'failed'
            ? 'The tool could not load. Check your connection and try again.'
            : ''}
      </span>
    </div>
  );
}
