import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Logo } from '../../../shared/settings';
import { readLogoFile, type LogoProblem } from './readLogoFile';

interface LogoFieldProps {
  logo: Logo | null;
  onChange: (logo: Logo | null) => void;
}

/** Choose, see and remove the practice logo. A file that cannot be the logo is refused with a plain message. */
export function LogoField({ logo, onChange }: LogoFieldProps) {
  const { t } = useTranslation('settings');
  const id = useId();
  const [problem, setProblem] = useState<LogoProblem | null>(null);
  const [reading, setReading] = useState(false);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setReading(true);
    const result = await readLogoFile(file);
    setReading(false);
    // Clearing lets the person pick the same file again after fixing it.
    input.value = '';
    if (result.ok) {
      setProblem(null);
      onChange(result.logo);
    } else {
      setProblem(result.problem);
    }
  };

  return (
    <fieldset className={problem ? 'field logo-field logo-field--invalid' : 'field logo-field'}>
      <legend className="field-label">{t('logo.legend')}</legend>
      <p className="field-hint" id={hintId}>
        {t('logo.hint')}
      </p>
      {problem && (
        <p className="field-error" id={errorId} role="alert">
          <span aria-hidden="true">⚠ </span>
          {t(`logo.errors.${problem.kind}`, problem)}
        </p>
      )}
      {logo ? (
        <div className="logo-field__current">
          <img src={logo.dataUrl} alt={t('logo.previewAlt')} className="logo-field__image" />
          <p>{t('logo.current', { fileName: logo.fileName })}</p>
          <button type="button" className="button button-secondary" onClick={() => onChange(null)}>
            {t('logo.remove')}
          </button>
        </div>
      ) : (
        <p>{t('logo.none')}</p>
      )}
      <label htmlFor={id} className="logo-field__choose">
        {t('logo.choose')}
      </label>
      <input
        id={id}
        type="file"
        accept="image/png,image/jpeg"
        aria-describedby={[hintId, problem ? errorId : null].filter(Boolean).join(' ')}
        aria-invalid={problem ? true : undefined}
        aria-busy={reading || undefined}
        onChange={(event) => void choose(event)}
      />
    </fieldset>
  );
}
