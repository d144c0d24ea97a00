import { render } from 'preact';
import '@/components/styles.css';
import './welcome.css';
import { uiLanguage, t } from '@/utils/i18n';
import { App } from './App';

document.documentElement.lang = uiLanguage();
document.title = t('welcomeTitle');
render(<App />, document.getElementById('app')!);
