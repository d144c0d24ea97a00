import { render } from 'preact';
import '@/components/styles.css';
import './appeal.css';
import { App } from './App';
import { uiLanguage } from '@/utils/i18n';

// Screen readers pick their voice from this: a German interface declared "en" is read with English pronunciation.
document.documentElement.lang = uiLanguage();

render(<App />, document.getElementById('app')!);
