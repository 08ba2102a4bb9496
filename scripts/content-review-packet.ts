// The review packet of one condition, as HTML: what an independent clinician reads and signs (IPDAS: reviewed by
// professionals not involved in development). Every patient-facing text in English and Spanish side by side, every
// figure with the inputs it was computed from, its certainty and sources, the reading level of each screen, and a
// sign-off table. Pure: scripts/content-review.ts writes it to disk and prints it to PDF.
import { MAX_MEDIAN_GRADE, MAX_SCREEN_GRADE, MIN_SPANISH_PERSPICUITY, screenReadings } from '../src/shared/content/audit';
import type { BuiltContent } from '../src/shared/content/build-library';
import type { ConditionData, OutcomeData, Signoff } from '../src/shared/content/data-schema';
import { sourcesCitedBy } from '../src/shared/content/queries';
import { inflesz, median } from '../src/shared/content/readability';
import type { Condition, Source } from '../src/shared/content/schema';
import { computeOutcomeFigures, crossCheckPer100, type FigureEntry } from '../src/shared/domain/evidence';
import type { Localized } from '../src/shared/locale';

/** Blank rows left in the sign-off table for reviewers to fill in. */
const BLANK_SIGNOFF_ROWS = 3;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const h = escapeHtml;

function textRow(label: string, text: Localized | undefined): string {
  if (!text) return '';
  return `<tr><th scope="row">${h(label)}</th><td lang="en">${h(text.en)}</td><td lang="es">${h(text.es)}</td></tr>`;
}

function textTable(rows: string[]): string {
  return `<table class="texts"><thead><tr><th scope="col">Field</th><th scope="col">English</th><th scope="col">Español</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** How one figure was made, in words a reviewer can check against the source. */
export function describeFigure(entry: FigureEntry, entries: readonly FigureEntry[], per100: number): string {
  const { figure } = entry;
  switch (figure.from) {
    case 'observed':
      return `Observed rate ${figure.percent}% in ${figure.sourceId}, rounded to ${per100} out of 100.`;
    case 'ratio': {
      const baseline = entries.find((candidate) => candidate.option === figure.baseline)?.figure;
      const baselineRate = baseline?.from === 'observed' ? `${baseline.percent}%` : '(no observed rate)';
      const applied = figure.appliedAs === 'reciprocal' ? `applied as its reciprocal (1 / ${figure.publishedValue})` : 'applied as published';
      const framing = figure.framing === 'complement' ? ' to the opposite outcome (100 − the baseline), then turned back,' : '';
      let text = `${figure.measure} ${figure.publishedValue} from ${figure.sourceId}, ${applied}${framing} to the ${figure.baseline} rate of ${baselineRate}: ${per100} out of 100.`;
      if (figure.crossCheck) {
        const second = crossCheckPer100(entries, figure);
        text += ` Cross-check: ${figure.measure} ${figure.crossCheck.publishedValue} from ${figure.crossCheck.sourceId} applied to the ${figure.crossCheck.baseline} rate gives ${second}.`;
      }
      return text;
    }
    case 'smd':
      return (
        `Standardised mean difference ${figure.publishedValue} from ${figure.sourceId}` +
        `${figure.lowerScoreIsBetter ? ' (lower scores are better, so a negative value favours this option)' : ''}, ` +
        `shown as Cohen’s U3: ${per100} out of 100 score better than the middle person with ${figure.reference}.`
      );
    case 'smd-reference':
      return 'Reference group of the U3 comparison: 50 out of 100 by definition.';
  }
}

function effectText(effect: OutcomeData['effects'][number]): string {
  const interval = effect.ciLow !== undefined && effect.ciHigh !== undefined ? ` (95% CI ${effect.ciLow} to ${effect.ciHigh})` : '';
  return `${effect.measure} ${effect.value}${interval}, ${effect.sourceId}`;
}

function outcomeSection(outcome: OutcomeData): string {
  const computed = computeOutcomeFigures(outcome.results);
  const figures = outcome.results
    .map((entry, index) => {
      const per100 = computed[index]?.per100 ?? Number.NaN;
      return `<tr><th scope="row">${h(entry.option)}</th><td class="number">${per100}</td><td>${h(describeFigure(entry, outcome.results, per100))}</td></tr>`;
    })
    .join('');
  const effects = outcome.effects
    .map((effect) => `<tr><th scope="row">${h(effectText(effect))}</th><td lang="en">${h(effect.comparison.en)}</td><td lang="es">${h(effect.comparison.es)}</td></tr>`)
    .join('');
  return `<section class="outcome">
<h3>${h(outcome.label.en)} <span class="id">(${h(outcome.id)}, ${outcome.kind ?? 'benefit'})</span></h3>
<table class="figures"><caption>Out of 100 people: how each number was made</caption>
<thead><tr><th scope="col">Option</th><th scope="col">Out of 100</th><th scope="col">Inputs and derivation</th></tr></thead><tbody>${figures}</tbody></table>
<p><strong>Certainty:</strong> ${h(outcome.certainty)}. <strong>Sources:</strong> ${outcome.sourceIds.map(h).join(', ')}. <strong>Higher is better:</strong> ${outcome.higherIsBetter ? 'yes' : 'no'}.</p>
${textTable([
  textRow('Label', outcome.label),
  textRow('Definition', outcome.definition),
  textRow('Population', outcome.population),
  textRow('Time frame', outcome.timeFrame),
  textRow('Certainty reason', outcome.certaintyReason),
  textRow('Derivation (shown to patients)', outcome.derivation),
])}
<table class="texts"><caption>Published effects shown on screen</caption><thead><tr><th scope="col">Effect</th><th scope="col">English</th><th scope="col">Español</th></tr></thead><tbody>${effects}</tbody></table>
</section>`;
}

function readingSection(condition: Condition): string {
  const rows = screenReadings(condition);
  const gradeMedian = Math.round(median(rows.map((row) => row.gradeEn)) * 10) / 10;
  const body = rows
    .map((row) => {
      const enOk = row.gradeEn <= MAX_SCREEN_GRADE;
      const esOk = row.perspicuityEs >= MIN_SPANISH_PERSPICUITY;
      return `<tr><th scope="row">${h(row.screen)}</th><td class="number">${row.gradeEn.toFixed(1)}${enOk ? '' : ' (above target)'}</td><td class="number">${row.perspicuityEs.toFixed(1)} ${h(inflesz(row.perspicuityEs))}${esOk ? '' : ' (below target)'}</td></tr>`;
    })
    .join('');
  return `<section><h2>Reading level</h2>
<p>Targets: English Flesch–Kincaid grade at most ${MAX_SCREEN_GRADE} on every screen and a median of at most ${MAX_MEDIAN_GRADE}; Spanish Szigriszt-Pazos perspicuity (INFLESZ scale) at least ${MIN_SPANISH_PERSPICUITY} on every screen. Median English grade here: ${gradeMedian.toFixed(1)}${gradeMedian > MAX_MEDIAN_GRADE ? ' (above target)' : ''}.</p>
<table class="reading"><thead><tr><th scope="col">Screen</th><th scope="col">English grade</th><th scope="col">Spanish perspicuity</th></tr></thead><tbody>${body}</tbody></table></section>`;
}

function sourceLine(source: Source): string {
  return `<li id="source-${h(source.id)}"><strong>${h(source.id)}</strong>: ${h(source.authors)} (${source.year}). ${h(source.title)}. ${h(source.publication)}.${source.identifier ? ` ${h(source.identifier)}.` : ''} Kind: ${h(source.kind)}. Checked on ${h(source.checkedOn)}.</li>`;
}

function signoffSection(signoffs: readonly Signoff[], contentVersion: string): string {
  const filled = signoffs.map(
    (signoff) =>
      `<tr><td>${h(signoff.name)}</td><td>${h(signoff.role)}</td><td>${h(signoff.date)}</td><td>${h(signoff.contentVersion)}</td><td>${h(signoff.decision)}</td><td>${h(signoff.comments ?? '')}</td></tr>`,
  );
  const blank = Array.from({ length: BLANK_SIGNOFF_ROWS }, () => `<tr class="blank"><td></td><td></td><td></td><td>${h(contentVersion)}</td><td></td><td></td></tr>`);
  return `<section class="signoff"><h2>Sign-off</h2>
<p>Decision: approved, approved with changes, or not approved. A sign-off counts only for the content version printed on it. The Duet team enters it in <code>src/shared/content/data/signoffs.yaml</code> exactly as given here.</p>
<table class="signoffs"><thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Date</th><th scope="col">Content version</th><th scope="col">Decision</th><th scope="col">Comments</th></tr></thead>
<tbody>${[...filled, ...blank].join('')}</tbody></table></section>`;
}

const STYLE = `
@page { size: A4; margin: 14mm 12mm; }
body { font-family: sans-serif; font-size: 9.5pt; line-height: 1.35; color: #000; }
h1 { font-size: 16pt; margin: 0 0 4pt; } h2 { font-size: 13pt; margin: 14pt 0 4pt; break-after: avoid; } h3 { font-size: 11pt; margin: 10pt 0 4pt; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; }
th, td { border: 0.5pt solid #555; padding: 2pt 4pt; text-align: left; vertical-align: top; }
tr { break-inside: avoid; }
table.texts th[scope=row] { width: 18%; font-weight: 600; } table.texts td { width: 41%; }
td.number { text-align: right; white-space: nowrap; }
caption { text-align: left; font-weight: 600; padding-bottom: 2pt; }
.id { font-weight: normal; color: #333; font-size: 9pt; }
table.signoffs td { height: 22pt; }
`;

/** The whole packet for one condition. */
export function reviewPacketHtml(built: BuiltContent, conditionId: string): string {
  const data: ConditionData | undefined = built.conditionData.find((candidate) => candidate.id === conditionId);
  const condition = built.library.conditions.find((candidate) => candidate.id === conditionId);
  if (!data || !condition) throw new Error(`No condition ${conditionId}`);
  const { about } = built.library;
  const modalities = new Map(data.modalities.map((modality) => [modality.id, modality]));
  const options = data.options
    .map((option) => {
      const rows = [
        textRow('Summary', option.summary),
        ...option.modalities.flatMap((id) => {
          const modality = modalities.get(id);
          return modality
            ? [textRow(`Approach: name (${id})`, modality.name), textRow('Approach: abbreviation', modality.abbreviation), textRow('Approach: description', modality.description)]
            : [];
        }),
        textRow('Time each week', option.involves?.timeEachWeek),
        textRow('How soon it helps', option.involves?.howSoonItHelps),
        textRow('Common burdens', option.involves?.commonBurdens),
        textRow('Costs', option.involves?.costs),
        ...(option.benefits ?? []).map((benefit, index) => textRow(`Benefit ${index + 1}`, benefit)),
        ...(option.harms ?? []).map((harm, index) => textRow(`Harm ${index + 1}`, harm)),
        textRow('Caveat', option.caveat),
      ];
      return `<h3>Option: ${h(option.kind)}</h3>${textTable(rows)}`;
    })
    .join('');
  const myths = textTable(data.myths.flatMap((myth) => [textRow(`Myth (${myth.id})`, myth.myth), textRow(`Fact; sources: ${myth.sourceIds.join(', ') || 'none'}`, myth.fact)]));
  const cautions = textTable(
    data.cautions.map((caution) =>
      textRow(`${caution.kind} (${caution.id})${caution.appliesTo?.length ? `; applies to: ${caution.appliesTo.join(', ')}` : ''}; sources: ${caution.sourceIds.join(', ') || 'none'}`, caution.text),
    ),
  );
  const signoffs = built.signoffs.filter((signoff) => signoff.condition === conditionId);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Duet review packet: ${h(condition.name.en)} (content ${h(about.contentVersion)})</title><style>${STYLE}</style></head>
<body>
<h1>Duet review packet: ${h(condition.name.en)} / ${h(condition.name.es)}</h1>
<p>Content version <strong>${h(about.contentVersion)}</strong>, published ${h(about.publishedOn)}. Source file: <code>src/shared/content/data/${h(conditionId)}.yaml</code>.${data.evidenceTrace ? ` Evidence trace: <code>${h(data.evidenceTrace)}</code>.` : ''} Completeness: ${h(data.completeness)}.</p>
${readingSection(condition)}
<section><h2>The condition</h2>${textTable([
    textRow('Name', data.name),
    textRow('Tagline', data.tagline),
    textRow('What it is', data.whatItIs),
    textRow('Natural course', data.naturalCourse),
    textRow('The decision', data.decision),
  ])}</section>
<section><h2>Options</h2>${options}</section>
<section><h2>Evidence: out of 100 people</h2>${data.outcomes.map(outcomeSection).join('')}</section>
<section><h2>Myths and facts</h2>${myths}</section>
<section><h2>Cautions</h2>${cautions}</section>
<section><h2>Sources cited</h2><ol class="sources">${sourcesCitedBy(built.library, condition).map(sourceLine).join('')}</ol></section>
${signoffSection(signoffs, about.contentVersion)}
</body></html>
`;
}
