import { describe, expect, it } from 'vitest';
import { CONDITION_IDS } from '../../src/shared/content/schema';
import { bandFor, scoreMeasure } from '../../src/shared/domain/measures';
import {
  CHANGE_RULES,
  hasSpanishVersion,
  INSTRUMENT_IDS,
  INSTRUMENTS,
  measureResponseSchema,
  measuresForVisit,
} from '../../src/shared/measures';
import { allAt, answersTotalling } from './measures-helpers';

const SUM_INSTRUMENTS = ['phq9', 'gad7', 'wsas'] as const;

describe('instrument definitions', () => {
  it('have unique item ids in the <instrument>.<n> form and answer values in steps of one', () => {
    for (const id of INSTRUMENT_IDS) {
      const instrument = INSTRUMENTS[id];
      const itemIds = instrument.items.map((item) => item.id);
      expect(new Set(itemIds).size).toBe(itemIds.length);
      for (const itemId of itemIds) expect(itemId.startsWith(`${id}.`)).toBe(true);
      const values = instrument.options.map((option) => option.value);
      expect(values).toEqual(values.map((_, index) => index));
    }
  });

  it('have bands that cover every possible score exactly once', () => {
    for (const id of INSTRUMENT_IDS) {
      const scoring = INSTRUMENTS[id].scoring;
      const top = Math.max(...INSTRUMENTS[id].options.map((option) => option.value));
      const [min, max] = scoring.kind === 'sum' ? [scoring.range.min, scoring.range.max] : [0, top];
      if (scoring.kind === 'sum') expect(scoring.range.max).toBe(INSTRUMENTS[id].items.length * top);
      expect(scoring.bands[0]?.min).toBe(min);
      expect(scoring.bands.at(-1)?.max).toBe(max);
      scoring.bands.slice(1).forEach((band, index) => expect(band.min).toBe((scoring.bands[index]?.max ?? NaN) + 1));
    }
  });

  it('carry the LOINC codes of the PHQ-9 and GAD-7 panels, totals and items, in the published item order', () => {
    expect(INSTRUMENTS.phq9.loinc).toEqual({ panel: '44249-1', total: '44261-6' });
    expect(INSTRUMENTS.phq9.items.map((item) => item.loinc)).toEqual([
      '44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8',
    ]);
    expect(INSTRUMENTS.gad7.loinc).toEqual({ panel: '69737-5', total: '70274-6' });
    expect(INSTRUMENTS.gad7.items.map((item) => item.loinc)).toEqual([
      '69725-0', '68509-9', '69733-4', '69734-2', '69735-9', '69689-8', '69736-7',
    ]);
    expect(INSTRUMENTS.phq9.options.map((option) => option.loinc)).toEqual(['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9']);
    // No code was invented for the instruments LOINC was not checked for.
    for (const id of ['wsas', 'fibser'] as const) {
      expect(INSTRUMENTS[id].loinc).toBeNull();
      expect(INSTRUMENTS[id].items.every((item) => item.loinc === null)).toBe(true);
    }
  });

  it('offer Spanish only where every text has a Spanish version', () => {
    expect(hasSpanishVersion(INSTRUMENTS.phq9)).toBe(true);
    expect(hasSpanishVersion(INSTRUMENTS.gad7)).toBe(true);
    expect(hasSpanishVersion(INSTRUMENTS.wsas)).toBe(false);
    expect(hasSpanishVersion(INSTRUMENTS.fibser)).toBe(false);
    expect(INSTRUMENTS.phq9.items[8]?.text?.es).toBe('Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera');
  });

  it('leave unverified FIBSER wording empty rather than paraphrased', () => {
    expect(INSTRUMENTS.fibser.items.every((item) => item.text === null)).toBe(true);
    expect(INSTRUMENTS.fibser.options.every((option) => option.label === null)).toBe(true);
  });

  it('record a licence and a source for every instrument, and flag the WSAS licence as not yet found', () => {
    for (const id of INSTRUMENT_IDS) {
      expect(INSTRUMENTS[id].source.length).toBeGreaterThan(20);
      expect(INSTRUMENTS[id].licence.checkedAt.length).toBeGreaterThan(20);
    }
    expect(INSTRUMENTS.wsas.licence.verified).toBe(false);
    expect(CHANGE_RULES.phq9.reliableChangePoints).toBe(6);
    expect(CHANGE_RULES.gad7.reliableChangePoints).toBe(4);
  });
});

describe('measures offered at a visit', () => {
  it('are PHQ-9, GAD-7 and WSAS for every condition, plus FIBSER only when a medicine is in the plan', () => {
    for (const condition of CONDITION_IDS) {
      expect(measuresForVisit(condition, { includesMedicine: false })).toEqual(['phq9', 'gad7', 'wsas']);
      expect(measuresForVisit(condition, { includesMedicine: true })).toEqual(['phq9', 'gad7', 'wsas', 'fibser']);
    }
  });

  it('store answers in a checked shape that older files without the WSAS flag still fit', () => {
    expect(measureResponseSchema.parse({ instrument: 'gad7', answers: { 'gad7.1': 2, 'gad7.2': null } })).toEqual({
      instrument: 'gad7',
      answers: { 'gad7.1': 2, 'gad7.2': null },
      workNotApplicable: false,
    });
    expect(measureResponseSchema.safeParse({ instrument: 'bdi', answers: {} }).success).toBe(false);
    expect(measureResponseSchema.safeParse({ instrument: 'phq9', answers: { 'phq9.1': 'two' } }).success).toBe(false);
  });
});

describe('scoreMeasure: totals and bands', () => {
  it('adds the PHQ-9 items: all "several days" is 9 (mild), all "nearly every day" is 27 (severe)', () => {
    expect(scoreMeasure({ instrument: 'phq9', answers: allAt('phq9', 0) })).toEqual({
      kind: 'total', instrument: 'phq9', total: 0, max: 27, band: 'minimal', safetyPrompt: false,
    });
    expect(scoreMeasure({ instrument: 'phq9', answers: allAt('phq9', 1) })).toMatchObject({ total: 9, band: 'mild', safetyPrompt: true });
    expect(scoreMeasure({ instrument: 'phq9', answers: allAt('phq9', 3) })).toMatchObject({ total: 27, band: 'severe' });
    expect(scoreMeasure({ instrument: 'gad7', answers: allAt('gad7', 3) })).toMatchObject({ total: 21, max: 21, band: 'severe' });
    expect(scoreMeasure({ instrument: 'wsas', answers: allAt('wsas', 8) })).toMatchObject({ total: 40, max: 40 });
  });

  const edges: Record<(typeof SUM_INSTRUMENTS)[number], [number, string][]> = {
    phq9: [[4, 'minimal'], [5, 'mild'], [9, 'mild'], [10, 'moderate'], [14, 'moderate'], [15, 'moderatelySevere'], [19, 'moderatelySevere'], [20, 'severe']],
    gad7: [[4, 'minimal'], [5, 'mild'], [9, 'mild'], [10, 'moderate'], [14, 'moderate'], [15, 'severe']],
    wsas: [[9, 'subclinical'], [10, 'significant'], [20, 'significant'], [21, 'moderatelySevereOrWorse']],
  };
  for (const instrument of SUM_INSTRUMENTS) {
    it(`puts every ${instrument} band edge in the published band`, () => {
      for (const [total, band] of edges[instrument]) {
        expect(scoreMeasure({ instrument, answers: answersTotalling(instrument, total) })).toMatchObject({ kind: 'total', total, band });
      }
    });
  }

  it('reports FIBSER as three separate ratings, interpreting the burden rating only', () => {
    const answers = { 'fibser.frequency': 6, 'fibser.intensity': 5, 'fibser.burden': 2 };
    const result = scoreMeasure({ instrument: 'fibser', answers });
    expect(result).toEqual({ kind: 'ratings', instrument: 'fibser', ratings: answers, band: 'noneToMild', safetyPrompt: false });
    expect(result).not.toHaveProperty('total');
    for (const [burden, band] of [[3, 'moderateToMarked'], [4, 'moderateToMarked'], [5, 'severeOrUnableToFunction'], [6, 'severeOrUnableToFunction']] as const) {
      expect(scoreMeasure({ instrument: 'fibser', answers: { ...answers, 'fibser.burden': burden } })).toMatchObject({ band });
    }
  });

  it('refuses a value no band contains', () => {
    expect(() => bandFor(INSTRUMENTS.phq9.scoring.bands, 28)).toThrow(RangeError);
  });
});

describe('scoreMeasure: PHQ-9 item 9', () => {
  it('asks for a safety check for any answer above 0, whatever the total, and gives no risk score or label', () => {
    for (const value of [1, 2, 3]) {
      const result = scoreMeasure({ instrument: 'phq9', answers: { ...allAt('phq9', 0), 'phq9.9': value } });
      expect(result).toEqual({ kind: 'total', instrument: 'phq9', total: value, max: 27, band: 'minimal', safetyPrompt: true });
      expect(Object.keys(result).some((key) => /risk|suicid|label/i.test(key))).toBe(false);
    }
    expect(scoreMeasure({ instrument: 'phq9', answers: allAt('phq9', 2) })).toMatchObject({ safetyPrompt: true });
    expect(scoreMeasure({ instrument: 'phq9', answers: { ...allAt('phq9', 3), 'phq9.9': 0 } })).toMatchObject({ safetyPrompt: false });
  });

  it('still asks when other items are unanswered, and not when item 9 itself is blank', () => {
    expect(scoreMeasure({ instrument: 'phq9', answers: { 'phq9.9': 1 } })).toMatchObject({ kind: 'incomplete', answered: 1, safetyPrompt: true });
    expect(scoreMeasure({ instrument: 'phq9', answers: { ...allAt('phq9', 3), 'phq9.9': null } })).toMatchObject({
      kind: 'incomplete', missing: ['phq9.9'], safetyPrompt: false,
    });
  });

  it('never sets a safety prompt for the other instruments', () => {
    for (const instrument of ['gad7', 'wsas'] as const) {
      expect(scoreMeasure({ instrument, answers: allAt(instrument, 3) })).toMatchObject({ safetyPrompt: false });
    }
  });
});

describe('scoreMeasure: missing items', () => {
  it('gives no total when any item is blank or absent, and lists the missing items in order', () => {
    const { 'phq9.4': _dropped, ...eightItems } = allAt('phq9', 2);
    const absent = scoreMeasure({ instrument: 'phq9', answers: eightItems });
    expect(absent).toEqual({ kind: 'incomplete', instrument: 'phq9', answered: 8, missing: ['phq9.4'], notApplicable: [], safetyPrompt: true });
    expect(absent).not.toHaveProperty('total');
    expect(scoreMeasure({ instrument: 'gad7', answers: { ...allAt('gad7', 1), 'gad7.7': null, 'gad7.2': null } })).toMatchObject({
      kind: 'incomplete', answered: 5, missing: ['gad7.2', 'gad7.7'],
    });
    expect(scoreMeasure({ instrument: 'fibser', answers: { 'fibser.burden': 3 } })).toMatchObject({
      kind: 'incomplete', missing: ['fibser.frequency', 'fibser.intensity'],
    });
    expect(scoreMeasure({ instrument: 'gad7', answers: {} })).toMatchObject({ kind: 'incomplete', answered: 0 });
  });

  it('gives no WSAS total when work was ticked as not applicable, but keeps the other ratings', () => {
    const { 'wsas.1': _work, ...others } = allAt('wsas', 4);
    expect(scoreMeasure({ instrument: 'wsas', answers: others, workNotApplicable: true })).toEqual({
      kind: 'incomplete', instrument: 'wsas', answered: 4, missing: [], notApplicable: ['wsas.1'], safetyPrompt: false,
    });
    expect(scoreMeasure({ instrument: 'wsas', answers: allAt('wsas', 4), workNotApplicable: true })).toEqual({
      kind: 'invalid', error: { code: 'workRatedAndNotApplicable', itemId: 'wsas.1' },
    });
    expect(scoreMeasure({ instrument: 'phq9', answers: allAt('phq9', 0), workNotApplicable: true })).toMatchObject({
      kind: 'invalid', error: { code: 'workNotApplicableOnlyForWsas' },
    });
  });
});

describe('scoreMeasure: bad input', () => {
  it('returns a typed error, never a number', () => {
    const cases: [Parameters<typeof scoreMeasure>[0], string, string | null][] = [
      [{ instrument: 'bdi', answers: {} }, 'unknownInstrument', null],
      [{ instrument: 'phq9', answers: null as unknown as Record<string, unknown> }, 'answersNotAnObject', null],
      [{ instrument: 'phq9', answers: [0, 1, 2] as unknown as Record<string, unknown> }, 'answersNotAnObject', null],
      [{ instrument: 'phq9', answers: { ...allAt('phq9', 0), 'phq9.10': 1 } }, 'unknownItem', 'phq9.10'],
      [{ instrument: 'phq9', answers: { ...allAt('phq9', 0), 'phq9.3': 1.5 } }, 'notAWholeNumber', 'phq9.3'],
      [{ instrument: 'phq9', answers: { ...allAt('phq9', 0), 'phq9.3': '2' } }, 'notAWholeNumber', 'phq9.3'],
      [{ instrument: 'phq9', answers: { ...allAt('phq9', 0), 'phq9.3': Number.NaN } }, 'notAWholeNumber', 'phq9.3'],
      [{ instrument: 'gad7', answers: { ...allAt('gad7', 0), 'gad7.1': Number.POSITIVE_INFINITY } }, 'notAWholeNumber', 'gad7.1'],
      [{ instrument: 'phq9', answers: { ...allAt('phq9', 0), 'phq9.9': 4 } }, 'offScale', 'phq9.9'],
      [{ instrument: 'wsas', answers: { ...allAt('wsas', 0), 'wsas.5': 9 } }, 'offScale', 'wsas.5'],
      [{ instrument: 'fibser', answers: { 'fibser.burden': -1 } }, 'offScale', 'fibser.burden'],
    ];
    for (const [input, code, itemId] of cases) {
      expect(scoreMeasure(input)).toEqual({ kind: 'invalid', error: { code, itemId } });
    }
  });
});

describe('validated wording is locked', () => {
  // Any edit to a validated item must be deliberate: change the text here, in the data and in docs/measures.md together.
  it('keeps the PHQ-9 items as published in English and in the Spanish-for-the-USA translation', () => {
    expect(INSTRUMENTS.phq9.items.map((item) => item.text)).toEqual([
      { en: 'Little interest or pleasure in doing things', es: 'Poco interés o placer en hacer cosas' },
      { en: 'Feeling down, depressed, or hopeless', es: 'Se ha sentido decaído(a), deprimido(a) o sin esperanzas' },
      {
        en: 'Trouble falling or staying asleep, or sleeping too much',
        es: 'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado',
      },
      { en: 'Feeling tired or having little energy', es: 'Se ha sentido cansado(a) o con poca energía' },
      { en: 'Poor appetite or overeating', es: 'Sin apetito o ha comido en exceso' },
      {
        en: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
        es: 'Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia',
      },
      {
        en: 'Trouble concentrating on things, such as reading the newspaper or watching television',
        es: 'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión',
      },
      {
        en: 'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
        es: '¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal',
      },
      {
        en: 'Thoughts that you would be better off dead or of hurting yourself in some way',
        es: 'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera',
      },
    ]);
  });

  it('keeps the GAD-7 items as published in English and in the Spanish-for-the-USA translation', () => {
    expect(INSTRUMENTS.gad7.items.map((item) => item.text)).toEqual([
      { en: 'Feeling nervous, anxious or on edge', es: 'Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta' },
      { en: 'Not being able to stop or control worrying', es: 'No ha sido capaz de parar o controlar su preocupación' },
      { en: 'Worrying too much about different things', es: 'Se ha preocupado demasiado por motivos diferentes' },
      { en: 'Trouble relaxing', es: 'Ha tenido dificultad para relajarse' },
      { en: 'Being so restless that it is hard to sit still', es: 'Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)' },
      { en: 'Becoming easily annoyed or irritable', es: 'Se ha molestado o irritado fácilmente' },
      { en: 'Feeling afraid as if something awful might happen', es: 'Ha tenido miedo de que algo terrible fuera a pasar' },
    ]);
    expect(INSTRUMENTS.gad7.options.map((option) => option.label)).toEqual([
      { en: 'Not at all', es: 'Ningún día' },
      { en: 'Several days', es: 'Varios días' },
      { en: 'More than half the days', es: 'Más de la mitad de los días' },
      { en: 'Nearly every day', es: 'Casi todos los días' },
    ]);
  });
});
