import { useTranslation } from 'react-i18next';

/**
 * The first thing a keyboard reaches. Routing uses the URL hash, so the link moves focus itself
 * instead of changing the hash (which would change the screen).
 */
export function SkipLink() {
  const { t } = useTranslation('common');
  return (
    <a
      className="skip-link"
      href="#main-content"
      onClick={(event) => {
        event.preventDefault();
        const main = document.querySelector<HTMLElement>('main');
        if (!main) return;
        if (!main.hasAttribute('tabindex')) main.setAttribute('tabindex', '-1');
        main.focus();
      }}
    >
      {t('skipToContent')}
    </a>
  );
}
