/**
 * Whole numbers (NC years, calendar years) in words, consecutive ones as runs: the way a message
 * names a set of years without listing each. `numbers` must be sorted ascending and distinct.
 *
 * @param through what joins a run's ends (' to ' in sentences, '-' in a table cell)
 * @example
 * runsText([0, 1, 2, 5]); // '0 to 2, 5'
 * runsText([2019, 2021, 2022], '-'); // '2019, 2021-2022'
 */
export function runsText(numbers: readonly number[], through = ' to '): string {
  const out: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    out.push(i === j ? String(numbers[i]) : `${numbers[i]}${through}${numbers[j]}`);
    i = j + 1;
  }
  return out.join(', ');
}
