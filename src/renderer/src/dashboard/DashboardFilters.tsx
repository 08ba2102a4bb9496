import { useId } from 'react';
import { CONDITION_IDS } from '../../../shared/content/schema';
import { AGREED_OPTION_SEGMENTS, SPLITS, type DashboardFilters as Filters, type Split } from '../../../shared/domain/outcomes';
import type { DashboardLabels } from './labels';

export interface FilterState {
  filters: Filters;
  split: Split;
}

/**
 * The dashboard's filters and split: native controls in fieldsets with legends, each change applied at once (the
 * page announces the new figures in a live region). A date range with "From" after "To" is reported in words and
 * not applied.
 */
export function DashboardFilters({
  value,
  onChange,
  clinicians,
  labels,
  dateProblem,
}: {
  value: FilterState;
  onChange: (next: FilterState) => void;
  clinicians: { key: string; name: string }[];
  labels: DashboardLabels;
  dateProblem: boolean;
}) {
  const { t } = labels;
  const id = useId();
  const { filters, split } = value;
  const setFilters = (patch: Partial<Filters>) => onChange({ filters: { ...filters, ...patch }, split });
  const toggle = <T extends string>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...list.filter((entry) => entry !== item), item] : list.filter((entry) => entry !== item));

  return (
    <form className="dashboard-filters" onSubmit={(event) => event.preventDefault()} aria-label={t('filters.legend')}>
      <fieldset className="dashboard-fieldset">
        <legend>{t('filters.legend')}</legend>
        <p className="field-hint">{t('filters.hint')}</p>
        <fieldset className="dashboard-fieldset dashboard-dates">
          <legend>{t('filters.dates')}</legend>
          <div className="dashboard-date-fields">
            <label className="field" htmlFor={`${id}-from`}>
              <span className="field-label">{t('filters.from')}</span>
              <input
                id={`${id}-from`}
                type="date"
                value={filters.from}
                aria-invalid={dateProblem || undefined}
                aria-describedby={dateProblem ? `${id}-date-problem` : undefined}
                onChange={(event) => setFilters({ from: event.target.value })}
              />
            </label>
            <label className="field" htmlFor={`${id}-to`}>
              <span className="field-label">{t('filters.to')}</span>
              <input
                id={`${id}-to`}
                type="date"
                value={filters.to}
                aria-invalid={dateProblem || undefined}
                aria-describedby={dateProblem ? `${id}-date-problem` : undefined}
                onChange={(event) => setFilters({ to: event.target.value })}
              />
            </label>
          </div>
          {dateProblem && (
            <p id={`${id}-date-problem`} className="field-error" role="alert">
              {t('filters.problem')}
            </p>
          )}
        </fieldset>
        <CheckboxGroup
          legend={t('filters.conditions')}
          items={CONDITION_IDS.map((condition) => ({ value: condition, label: labels.conditionName(condition) }))}
          checked={filters.conditions}
          onToggle={(condition, on) => setFilters({ conditions: toggle(filters.conditions, condition, on) })}
        />
        <CheckboxGroup
          legend={t('filters.clinicians')}
          items={clinicians.map((clinician) => ({ value: clinician.key, label: clinician.name }))}
          checked={filters.clinicians}
          empty={t('filters.noClinicians')}
          onToggle={(clinician, on) => setFilters({ clinicians: toggle(filters.clinicians, clinician, on) })}
        />
        <CheckboxGroup
          legend={t('filters.options')}
          items={AGREED_OPTION_SEGMENTS.map((option) => ({ value: option, label: option === 'none' ? t('segments.none') : labels.optionName(option) }))}
          checked={filters.options}
          onToggle={(option, on) => setFilters({ options: toggle(filters.options, option, on) })}
        />
        <p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => onChange({ filters: { from: '', to: '', conditions: [], clinicians: [], options: [] }, split })}
          >
            {t('filters.reset')}
          </button>
        </p>
      </fieldset>
      <fieldset className="dashboard-fieldset">
        <legend>{t('split.legend')}</legend>
        <div className="choices dashboard-choices">
          {SPLITS.map((choice) => (
            <label className="choice" key={choice}>
              <input type="radio" name={`${id}-split`} value={choice} checked={split === choice} onChange={() => onChange({ filters, split: choice })} />
              <span className="choice-label">{t(`split.${choice}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </form>
  );
}

function CheckboxGroup<T extends string>({
  legend,
  items,
  checked,
  onToggle,
  empty,
}: {
  legend: string;
  items: { value: T; label: string }[];
  checked: readonly T[];
  onToggle: (value: T, on: boolean) => void;
  empty?: string;
}) {
  return (
    <fieldset className="dashboard-fieldset">
      <legend>{legend}</legend>
      {items.length === 0 && empty ? <p>{empty}</p> : null}
      <div className="choices dashboard-choices">
        {items.map((item) => (
          <label className="checkbox-choice" key={item.value}>
            <input type="checkbox" checked={checked.includes(item.value)} onChange={(event) => onToggle(item.value, event.target.checked)} />
            <span>{item.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
