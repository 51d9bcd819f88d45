/**
 * The islands' icon: one path from `components/icon-paths.ts`, passed in by the caller
 * so a page ships only the paths its islands draw. Decorative (the button's words say
 * what it does); sized and coloured by the `.icon` style.
 */
export function Icon({ d }: { /** The icon's path data, e.g. `COPY`. */ d: string }) {
  return (
    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
      <path d={d} />
    </svg>
  );
}
