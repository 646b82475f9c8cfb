import { FORECAST_METHOD_WORDS } from './forecast-method-words.js';
import { escapeHtml } from './html.js';

/** A term a committee member may not know, the pattern that finds it in the report's text, and what it means. */
type GlossaryEntry = { term: string; finds: RegExp; means: string };

/**
 * The report's terms in plain words, from the glossary the library's domain notes keep (DOMAIN.md): a report goes to
 * members who are not SEND officers, and its tables use the council's shorthand.
 */
export const REPORT_GLOSSARY: readonly GlossaryEntry[] = [
  {
    term: 'EHCP',
    finds: /\bEHCPs?\b/,
    means:
      "Education, Health and Care Plan: the legal document naming a child's needs and the provision to meet them " +
      '(Children and Families Act 2014); it can run to age 25.',
  },
  {
    term: 'SRP',
    finds: /\bSRPs?\b/,
    means:
      'Specialist Resource Provision: a specialist unit inside a mainstream school (the DfE calls it resourced ' +
      'provision or an SEN unit); cheaper and closer to home than an independent school.',
  },
  {
    term: 'Independent and non-maintained special schools (NMISS)',
    finds: /\bI?NM(IS|SS)S\b|non-maintained/i,
    means:
      'Independent special schools are privately run; non-maintained special schools are charitable and approved ' +
      'by the DfE. Both charge a fee for each placement.',
  },
  {
    term: 'Maintained special school',
    finds: /maintained special/i,
    means: 'A state special school run by the council or an academy trust.',
  },
  {
    term: 'Framework, Lot 1 and Lot 2',
    finds: /framework|\bLot [12]\b/i,
    means:
      'The contract (a Dynamic Purchasing System) independent schools join to be "on framework"; schools in ' +
      'Lot 1 are of higher quality than those in Lot 2. A place at a school off the framework is a spot purchase.',
  },
  {
    term: 'NC year',
    finds: /\bNC years?\b/,
    means:
      'National curriculum year: Reception is 0, Year 1 is 1 and so on to Year 13; -5 to -1 cover ages 0 to 4, ' +
      'and 14 to 20 continue to age 25, as EHCPs do.',
  },
  {
    term: 'Need codes',
    finds: /\b(ASD|SEMH|SLCN|MLD|SLD|PMLD|SpLD|MSI)\b/,
    means:
      "A child's primary need as the DfE's SEN2 return codes it: ASD autistic spectrum disorder; SEMH social, " +
      'emotional and mental health; SLCN speech, language and communication needs; MLD, SLD and PMLD moderate, ' +
      'severe, and profound and multiple learning difficulty; SpLD specific learning difficulty; HI hearing ' +
      'impairment; VI visual impairment; MSI multi-sensory impairment; PD physical disability; OTH other.',
  },
  {
    term: 'URN',
    finds: /\bURN\b/,
    means: "A school's unique reference number in the DfE's register, Get Information About Schools.",
  },
  {
    term: 'p5, p25, p50, p75, p95 (percentiles)',
    finds: /\bp(5|25|50|75|95)\b/,
    means:
      'Of the simulated runs, pN is the value N runs in 100 are at or below: p5 is exceeded by 95 runs in 100, ' +
      'p50 is the median (the middle run) and p95 is exceeded by 5 runs in 100; half the runs lie between p25 ' +
      'and p75.',
  },
  {
    term: 'Prediction interval',
    finds: /prediction intervals?/i,
    means: 'The range a forecast expects the value to fall in: an 80% interval 8 years in 10, a 95% one 19 in 20.',
  },
  {
    term: 'MASE and sMAPE',
    finds: /\b(MASE|sMAPE)\b/,
    means:
      "How far the forecast method missed on the series' own past (a backtest): MASE compares its error with " +
      "repeating the last year's value (under 1 is better than that); sMAPE is the error as a percentage.",
  },
  {
    term: 'Chosen automatically',
    finds: /chosen automatically/i,
    means:
      "The forecast method the library picks for the series' length: an average of the methods named after it, " +
      'each number its share (0.33 is a third), a mix tested on published yearly series from forecasting ' +
      'competitions.',
  },
  ...Object.entries(FORECAST_METHOD_WORDS).map(([name, words]) => ({
    term: name,
    // The name alone: drift is not robust-drift, theta not optimised-theta; log-damped is damped too.
    finds: new RegExp(`(?<![\\w-])(?:log-)?${name}(?![\\w-])`),
    means: `Forecast method: ${words}`,
  })),
  {
    term: 'log- (before a method)',
    finds: /(?<![\w-])log-[a-z]/,
    means:
      'The method fitted to the logarithms of the series: its trend becomes a steady percentage a year, and the ' +
      'forecast never goes below 0.',
  },
];

/**
 * The glossary entries whose terms the report's text uses, as a definition list; empty when it uses none.
 *
 * @param html the report's sections, whose text (tags and all) is searched for each term
 *
 * @example
 * reportGlossary('<td>SRP</td>');
 * // '<dl class="glossary"><dt>SRP</dt><dd>Specialist Resource Provision: ...</dd></dl>'
 */
export function reportGlossary(html: string): string {
  const text = html.replace(/<[^>]*>/g, ' ');
  const used = REPORT_GLOSSARY.filter((e) => e.finds.test(text));
  if (used.length === 0) return '';
  const items = used.map((e) => `<dt>${escapeHtml(e.term)}</dt><dd>${escapeHtml(e.means)}</dd>`).join('');
  return `<dl class="glossary">${items}</dl>`;
}
