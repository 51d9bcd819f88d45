// Numbers as the guides and the tools' advice write them: small counts in words ("five
// requests a month", "react to one at most"), so a number read from a table still
// reads like the prose around it.

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A whole number from 0 to 9 in words ("five"); any other number in digits ("12"). */
export function inWords(n: number): string {
  return SMALL[n] ?? String(n);
}

/** A count with its noun, in words when small: "one reaction", "two reactions", "12 notes". */
export function counted(n: number, one: string, many: string): string {
  return `${inWords(n)} ${n === 1 ? one : many}`;
}
