import { render } from 'preact';
import '@/components/styles.css';
import './bundle.css';
import { App } from './App';
import { t, uiLanguage } from '@/utils/i18n';

// Screen readers pick their voice from this: a German interface declared "en" is read with English pronunciation.
document.documentElement.lang = uiLanguage();
document.title = `${t('bundleTitle')} · ${t('extName')}`;
render(<App />, document.getElementById('app')!);
