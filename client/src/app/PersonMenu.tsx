import type { Language } from '@mentoring/shared/schema/programme';
import { Check, Languages, LogOut } from 'lucide-react';
import {
  Button,
  Header,
  Menu,
  MenuItem,
  MenuSection,
  MenuTrigger,
  Popover,
  Separator,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, useLanguage } from './i18n';

/** Who this device is in a programme, when it is known. */
export interface Person {
  name: string;
  /** The person's colour (their avatar and cursor). */
  color: string;
}

export interface PersonMenuProps {
  person?: Person | null;
  /** Offered as "Leave" when given: forgets this device's session. */
  onLeave?: () => void;
}

/**
 * The person menu at the end of every top bar: who I am (name and colour), the interface language
 * (each named in itself, remembered on this device) and leave. Without a person (the start page) it
 * is the language menu alone. react-aria's menu: arrow keys, typeahead, Escape, focus return.
 */
export function PersonMenu({ person, onLeave }: PersonMenuProps) {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const label = person
    ? t('look.personMenu', { name: person.name, language: t(`languages.${language}`) })
    : t('look.languageMenu', { language: t(`languages.${language}`) });
  return (
    <MenuTrigger>
      {/* Named by its content (no aria-label), so that what is seen is what is heard. */}
      <Button className="person-button" data-testid="person-menu">
        <span className="visually-hidden">
          {person ? t('look.personButton', { name: person.name }) : t('look.languageButton')}
        </span>
        {person ? (
          <span className="avatar" style={{ background: person.color }} aria-hidden="true">
            {initial(person.name)}
          </span>
        ) : (
          <Languages className="icon" aria-hidden="true" />
        )}
        <span className="person-language" lang={language}>
          {t(`languages.${language}`)}
        </span>
      </Button>
      <Popover className="popover" placement="bottom end">
        {person ? (
          <div className="menu-person">
            <span className="avatar" style={{ background: person.color }} aria-hidden="true">
              {initial(person.name)}
            </span>
            <span className="menu-person-text">
              <span className="menu-person-name">{person.name}</span>
              <span className="menu-person-note">{t('look.yourColour')}</span>
            </span>
          </div>
        ) : null}
        <Menu className="menu" aria-label={label}>
          <MenuSection
            className="menu-section"
            selectionMode="single"
            selectedKeys={[language]}
            disallowEmptySelection
            onSelectionChange={(keys) => {
              const next = LANGUAGES.find((lng) => keys !== 'all' && keys.has(lng));
              if (next) setLanguage(next as Language);
            }}
          >
            <Header className="menu-header">{t('app.language')}</Header>
            {LANGUAGES.map((lng) => (
              <MenuItem key={lng} id={lng} className="menu-item" lang={lng} textValue={t(`languages.${lng}`)}>
                {({ isSelected }) => (
                  <>
                    <span className="menu-check" aria-hidden="true">
                      {isSelected ? <Check className="icon" /> : null}
                    </span>
                    {t(`languages.${lng}`)}
                  </>
                )}
              </MenuItem>
            ))}
          </MenuSection>
          {onLeave ? (
            <>
              <Separator className="menu-separator" />
              <MenuItem id="leave" className="menu-item" onAction={onLeave} textValue={t('look.leave')}>
                <span className="menu-check" aria-hidden="true">
                  <LogOut className="icon" />
                </span>
                {t('look.leave')}
              </MenuItem>
            </>
          ) : null}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}

function initial(name: string): string {
  return Array.from(name.trim())[0]?.toUpperCase() ?? '?';
}
